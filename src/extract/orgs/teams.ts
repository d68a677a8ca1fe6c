/**
 * Teams named by an everyday word and 队 (火箭队, 太阳队, 猛龙队) have nothing distinctive in their
 * name; the match shows what they are. A side that a match verb joins to another (火箭队主场迎战
 * 太阳队, 输给火箭队) is a team, an organisation as the guidelines have it.
 */
import type { Entity } from '../../record/schema.js';
import { MATCH_VERB_REACH, MATCH_VERBS, OPPONENT_CUES, TEAM_KINDS } from './data/cues.js';

const CLAUSE_END = /[，。！？；：,.!?;:\n]/u;

export function playsAMatch(text: string, e: Entity): boolean {
  if (!TEAM_KINDS.some((k) => e.text.endsWith(k))) return false;
  if (OPPONENT_CUES.some((c) => text.endsWith(c, e.start))) return true;
  const after = text.slice(e.end, e.end + MATCH_VERB_REACH);
  const clause = after.split(CLAUSE_END)[0]!;
  return MATCH_VERBS.some((c) => clause.includes(c));
}
