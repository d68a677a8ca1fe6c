/**
 * One name, one type in an article. The NER stage settles a name's type by the model's summed
 * confidence (ner/consistency.ts); the organisation steps then find evidence the model cannot
 * weigh on one mention (戴尔 listed before 等整机厂商, a lexicon company with a cue). The same
 * name's other mentions that the model read as a person are that organisation too (戴尔和方正分列二、三位).
 * Only Han names: a Latin one is as often a player's handle (BBC, a caster's) as the broadcaster.
 */
import type { Entity } from '../../record/schema.js';

/** Steps whose organisations rest on what the text or the lexicon says, not on the model's guess. */
const EVIDENCE_SOURCES: ReadonlySet<string> = new Set(['list', 'lexicon', 'company-cue', 'stock-code', 'outlet']);
const HAN_NAME = /^[\u4e00-\u9fff]{2,}$/u;

export function withNamedMentions(entities: Entity[]): Entity[] {
  const named = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'ORG' && EVIDENCE_SOURCES.has(e.source) && HAN_NAME.test(e.text)) named.set(e.text, e);
  if (named.size === 0) return entities;
  return entities.map((e) => {
    const org = e.type === 'PERSON' ? named.get(e.text) : undefined;
    return org ? { ...e, type: 'ORG' as const, source: org.source } : e;
  });
}
