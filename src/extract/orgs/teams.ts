/**
 * Teams named by an everyday word and 队 (火箭队, 太阳队, 猛龙队) have nothing distinctive in their
 * name; the match shows what they are. A side that a match verb joins to another (火箭队主场迎战
 * 太阳队, 输给火箭队) is a team, an organisation as the guidelines have it; so is a club named by its
 * place and sponsor after a match verb in a match report (战胜 | 广东宏远).
 */
import type { Entity } from '../../record/schema.js';
import { MATCH_VERB_REACH, MATCH_VERBS, MATCH_WORDS, OPPONENT_CUES, TEAM_KINDS, TEAM_SORTS, TEAM_STAFF_CUES } from './data/cues.js';
import type { TokenIndex } from './token-index.js';
import { isAllGeneric } from './generic.js';
import { isPlaceWord, wordTags } from './place-words.js';
import { UNSURE_MODEL_SCORE } from './vouching.js';

const MATCH_WORDS_SET: ReadonlySet<string> = new Set(MATCH_WORDS);

const CLAUSE_END = /[，。！？；：,.!?;:\n]/u;
const ASPECT = '了';

export function playsAMatch(text: string, e: Entity): boolean {
  if (!TEAM_KINDS.some((k) => e.text.endsWith(k))) return false;
  // 输给 | 活塞队, 输给了 | 活塞队: the verb and its aspect particle.
  const verbEnd = text[e.start - 1] === ASPECT ? e.start - 1 : e.start;
  if (OPPONENT_CUES.some((c) => text.endsWith(c, verbEnd))) return true;
  // 火箭队 | 主教练: a team's kind and its coach right after it.
  if (TEAM_STAFF_CUES.some((c) => text.startsWith(c, e.end))) return true;
  const after = text.slice(e.end, e.end + MATCH_VERB_REACH);
  const clause = after.split(CLAUSE_END)[0]!;
  return MATCH_VERBS.some((c) => clause.includes(c));
}

/** How long a team's name before 队 may be (勇士, 森林狼): a longer run is a phrase. */
const MAX_TEAM_HEAD_CHARS = 4;
const MIN_TEAM_HEAD_CHARS = 2;
export const TEAM_WORD = '队';

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

/** What may follow a team's name after a match verb: the clause goes on, another side is added, or 后 (击败江苏舜天 | 后). */
const AFTER_SIDE = /^($|[\p{P}\s]|[和与及、的后队])/u;
/** What a sponsor's name is made of to jieba (宏远/a, 首钢/n, 大/a + 鲨鱼/n, 泰达/nz): nouns, names, adjectives. */
const SPONSOR_POS = /^(n|nz|nr|nrt|nrfg|ns|nt|j|x|a|ng|eng)$/;
/** What shows a sentence reports a match: a score, home or away, a league, a round. */
const MATCH_REPORT = /\d+\s*[比:：]\s*\d+|主场|客场|联赛|赛季|决赛|比赛|第[一二三四五六七八九十\d]+轮/u;
const SENTENCE_END = /[。！？!?\n]/u;
const MAX_SIDE_CHARS = 8;
const MIN_SPONSOR_CHARS = 2;
const MAX_SPONSOR_CHARS = 5;

function sentenceAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return text.slice(from, to);
}

/**
 * Clubs named by their place and sponsor, right after a match verb (战胜 | 广东宏远, 不敌 | 上海东方大鲨鱼,
 * 击败 | 北京首钢): the model reads the place and leaves the sponsor, which is what makes the side a club.
 * A place alone after the verb (战胜 | 美国) is a country standing for its team, still a place. Only in a
 * sentence that reports a match (a score, 主场, 联赛): 完胜 | 台湾同行 is no match.
 */
export function sponsorTeamCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const verb of MATCH_VERBS) {
    for (let i = text.indexOf(verb); i >= 0; i = text.indexOf(verb, i + verb.length)) {
      const start = i + verb.length;
      if (!MATCH_REPORT.test(sentenceAround(text, i))) continue;
      // The model's place there, or jieba's where the model read nothing (上海东方/ns | 大鲨鱼).
      const word = index.startingAt(start);
      const place =
        entities.find((e) => e.type === 'LOC' && e.start === start) ??
        (word?.pos === 'ns' && !entities.some((e) => e.start < word.end && e.end > start) ? word : undefined);
      if (!place) continue;
      let end = place.end;
      for (let k = index.reaching(end); k < index.tokens.length; k++) {
        const t = index.tokens[k]!;
        if (t.start < end) continue;
        if (
          t.start !== end ||
          !HAN.test(t.text) ||
          !SPONSOR_POS.test(t.pos) ||
          t.text === TEAM_WORD ||
          MATCH_WORDS_SET.has(t.text) ||
          t.end - start > MAX_SIDE_CHARS
        )
          break;
        end = t.end;
      }
      const sponsor = text.slice(place.end, end);
      if (sponsor.length < MIN_SPONSOR_CHARS || sponsor.length > MAX_SPONSOR_CHARS || !AFTER_SIDE.test(text.slice(end, end + 1))) continue;
      if (isAllGeneric(sponsor) || isPlaceWord(sponsor) || entities.some((e) => e.start < end && e.end > place.end && e.type !== 'LOC'))
        continue;
      out.push({ type: 'ORG', text: text.slice(start, end), start, end, score: 0.6, source: 'structure' });
    }
  }
  return out;
}

/** What jieba tags a verb, or a verb used as a noun (施工/vn). */
const TASK_POS = /^(v|vn)$/;

/**
 * 施工队, 救援队, 巡逻队, 宣传队: a team named by what it does (a verb to jieba) is a kind of team, not one,
 * unless the model is sure of it; a team that plays a match keeps its name whatever its word.
 */
export function isTaskTeam(e: Entity): boolean {
  if (!e.text.endsWith(TEAM_WORD) || (e.source === 'model' && e.score >= UNSURE_MODEL_SCORE)) return false;
  const words = wordTags(e.text.slice(0, -TEAM_WORD.length));
  return words.length === 1 && TASK_POS.test(words[0]!.tag);
}

/**
 * 火箭队 after 休斯敦火箭队: a team the article named with its place, short of the place, is that team's
 * short form however everyday its word (火箭, a rocket). Only a team: a bureau short of its place
 * (皖北矿务局, then 矿务局) is the bureau's kind, how the text points back at it.
 */
export function endsAPlacedName(e: Entity, entities: readonly Entity[], index: TokenIndex): boolean {
  if (!TEAM_KINDS.some((k) => e.text.endsWith(k))) return false;
  return entities.some((o) => {
    if (o.type !== 'ORG' || o === e || o.end - o.start <= e.text.length || !o.text.endsWith(e.text)) return false;
    const place = index.startingAt(o.start);
    return !!place && place.end === o.end - e.text.length && (place.pos === 'ns' || isPlaceWord(place.text));
  });
}
