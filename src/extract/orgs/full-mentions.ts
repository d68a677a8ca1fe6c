/**
 * A mention the model began late or ended early (谏壁发电厂 in 国电谏壁发电厂的人士) where the
 * article names the same body in full elsewhere, and the characters beside the mention complete
 * that full name: the mention is the full name, as written. One body, one name per article.
 */
import type { Entity } from '../../record/schema.js';

export function withFullMentions(text: string, entities: Entity[]): Entity[] {
  const fulls = [...new Set(entities.filter((e) => e.type === 'ORG').map((e) => e.text))].sort((a, b) => b.length - a.length);
  return entities.map((e) => {
    if (e.type !== 'ORG') return e;
    for (const f of fulls) {
      if (f.length <= e.text.length) break;
      // Where the full name would start: the mention's place in it, its end first, then its start.
      const starts = [e.start - (f.length - e.text.length), e.start];
      for (const start of starts) {
        const end = start + f.length;
        if (start < 0 || !text.startsWith(f, start) || (start !== e.start && end !== e.end)) continue;
        // Not over another name the model read there (a person, a place, another body).
        if (entities.some((o) => o !== e && o.start < end && o.end > start)) continue;
        return { ...e, start, end, text: f };
      }
    }
    return e;
  });
}
