import type { Entity, EntityType } from '../../record/schema.js';
import { NAME_TYPES } from './labels.js';

/** The types that one name keeps through an article; figures and dates are read from their own text. */
const NAMES: ReadonlySet<EntityType> = new Set(NAME_TYPES);

/** One-character names ("金", "京") are too often parts of other words to vote on. */
const MIN_NAME_LENGTH = 2;

/**
 * A type wins a name when it holds this share of the name's summed confidence, and the name has
 * at least this much in all (about three mentions). Chosen on the 35 real pages of
 * ../shared/data/html, where a bare majority also retyped names the model was split on half and
 * half, about as often wrongly as rightly.
 */
const WINNING_SHARE = 2 / 3;
const MIN_EVIDENCE = 2.5;

/**
 * One type per name within a document: where the model gave the same name two name types in one
 * article ("广汽" as an organisation 40 times and a place 5), the minority mentions take the type
 * with the most summed confidence, when that type holds two thirds of it. News articles keep a
 * name's referent throughout (one sense per discourse), while a window-by-window model sees only
 * one sentence's context. Mentions are retyped, never added or removed, so offsets are unchanged.
 */
export function oneTypePerName(entities: readonly Entity[]): Entity[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const e of entities) {
    if (!NAMES.has(e.type) || e.text.length < MIN_NAME_LENGTH) continue;
    const v = votes.get(e.text) ?? new Map<EntityType, number>();
    v.set(e.type, (v.get(e.type) ?? 0) + e.score);
    votes.set(e.text, v);
  }
  const winner = new Map<string, EntityType>();
  for (const [name, v] of votes) {
    if (v.size < 2) continue;
    let total = 0;
    let best: [EntityType, number] | null = null;
    for (const [t, s] of v) {
      total += s;
      if (!best || s > best[1]) best = [t, s];
    }
    if (best && best[1] >= WINNING_SHARE * total && total >= MIN_EVIDENCE) winner.set(name, best[0]);
  }
  if (winner.size === 0) return [...entities];
  return entities.map((e) => {
    const t = NAMES.has(e.type) ? winner.get(e.text) : undefined;
    return t && t !== e.type ? { ...e, type: t } : e;
  });
}
