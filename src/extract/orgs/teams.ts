/**
 * Teams named by an everyday word and 队 (火箭队, 太阳队, 猛龙队) have nothing distinctive in their
 * name; the match shows what they are. A side that a match verb joins to another (火箭队主场迎战
 * 太阳队, 输给火箭队) is a team, an organisation as the guidelines have it.
 */
import type { Entity } from '../../record/schema.js';
import { MATCH_VERB_REACH, MATCH_VERBS, OPPONENT_CUES, TEAM_KINDS, TEAM_SORTS } from './data/cues.js';
import type { TokenIndex } from './token-index.js';
import { isAllGeneric } from './generic.js';

const CLAUSE_END = /[，。！？；：,.!?;:\n]/u;

export function playsAMatch(text: string, e: Entity): boolean {
  if (!TEAM_KINDS.some((k) => e.text.endsWith(k))) return false;
  if (OPPONENT_CUES.some((c) => text.endsWith(c, e.start))) return true;
  const after = text.slice(e.end, e.end + MATCH_VERB_REACH);
  const clause = after.split(CLAUSE_END)[0]!;
  return MATCH_VERBS.some((c) => clause.includes(c));
}

/** How long a team's name before 队 may be (勇士, 森林狼): a longer run is a phrase. */
const MAX_TEAM_HEAD_CHARS = 4;
const MIN_TEAM_HEAD_CHARS = 2;
const TEAM_WORD = '队';

const TEAM_HEAD_POS = /^(n|nz|nt|nr|nrt|ns|j|x)$/;
const HAN = /^[\u4e00-\u9fff]+$/u;

/**
 * Teams the model missed that a match names (击败 | 勇士队, 火箭队 | 主场迎战): one word before 队,
 * or one word ending in it, that a match verb joins to another side. Kinds of team (主队, 国家队)
 * stay generic; the final check weighs them.
 */
export function teamCandidates(text: string, index: TokenIndex): Entity[] {
  const out: Entity[] = [];
  index.tokens.forEach((t, k) => {
    if (!t.text.endsWith(TEAM_WORD) || !HAN.test(t.text)) return;
    const head = t.text === TEAM_WORD ? index.tokens[k - 1] : t;
    if (!head || (head !== t && (head.end !== t.start || !TEAM_HEAD_POS.test(head.pos)))) return;
    if (head === t && !TEAM_HEAD_POS.test(t.pos)) return;
    const start = head.start;
    const headChars = t.end - start - TEAM_WORD.length;
    const name = text.slice(start, t.end);
    // 球队, 主队, 客队, 全队 and 甲级队 are kinds of team, not one.
    if (
      headChars < MIN_TEAM_HEAD_CHARS ||
      headChars > MAX_TEAM_HEAD_CHARS ||
      !HAN.test(name) ||
      isAllGeneric(name.slice(0, headChars)) ||
      TEAM_SORTS.some((w) => name.endsWith(w + TEAM_WORD))
    )
      return;
    const e: Entity = { type: 'ORG', text: name, start, end: t.end, score: 0.6, source: 'structure' };
    if (playsAMatch(text, e)) out.push(e);
  });
  return out;
}
