/**
 * A mention the model began late (谏壁发电厂 in 国电谏壁发电厂的人士) where the article names the
 * same body in full elsewhere, and the characters before the mention complete that full name: the
 * mention is the full name, as written. One body, one name per article.
 */
import type { Entity } from '../../record/schema.js';

export function withFullMentions(text: string, entities: Entity[]): Entity[] {
  const fulls = [...new Set(entities.filter((e) => e.type === 'ORG').map((e) => e.text))];
  return entities.map((e) => {
    if (e.type !== 'ORG') return e;
    const full = fulls
      .filter((f) => f.length > e.text.length && f.endsWith(e.text))
      .sort((a, b) => b.length - a.length)
      .find((f) => text.startsWith(f, e.start - (f.length - e.text.length)));
    if (!full) return e;
    const start = e.start - (full.length - e.text.length);
    // Not over another name the model read there (a person, a place, another body).
    if (entities.some((o) => o !== e && o.start < e.start && o.end > start && o.type !== 'ORG')) return e;
    return { ...e, start, text: full };
  });
}
