/**
 * A name the model is unsure of needs something besides the model to stand on. Left to itself,
 * an unsure name is as often a run-on, a place or a word (新几内亚塞北克河流域发现, 庚子, 亚原子) as an
 * organisation; with a kind word, a lexicon name, title marks, an organisation beside it in a
 * list or joined to it by a conjunction, a surer mention of it, a cue that only organisations take
 * after them or a match verb before it, or a sure full name with its place (上海申花 of 申花) or a sure
 * bare name without it (国安 of 北京国安), it is read as one (小马智行 beside 云从科技, 鹏城实验室 + 广州基地). Latin letters alone vouch for nothing:
 * games, tournaments and terms come out in them as readily (CEPL, G联赛, WCG2011).
 */
import type { Entity } from '../../record/schema.js';
import {
  BODY_STAFF_CUES,
  DEAL_VERBS,
  FINDINGS_CUES,
  LATIN_COMPANY_CUES,
  OPPONENT_CUES,
  ORG_CUES,
  SITE_CUES,
  TEAM_STAFF_CUES,
} from './data/cues.js';
import { afterPossessive, cueAt, cueNear } from './cue-after.js';
import { SITE_WORD } from './data/industries.js';
import { HAN_ONLY } from './data/word-classes.js';
import { kindOf } from './generic.js';
import { endsWithIndustry } from './industry.js';
import { KINDS } from './kind-words.js';
import { lexiconMatches } from './lexicon.js';
import { DEPARTMENT_WORD, QUOTE_CLOSERS, QUOTE_OPENERS, TITLE_CLOSERS, TITLE_OPENERS } from './data/sentence-words.js';
import type { TokenIndex } from './token-index.js';
import { isPlaceWord, isPlacesAlone, wordTags, wordsInside } from './place-words.js';

/** Below this the model's organisation is unsure; measured on the tuning pages and MSRA/PFR dev (README). */
export const UNSURE_MODEL_SCORE = 0.8;
/** Below this the model's type for a name is a coin flip (戴尔 a person at 0.59, 长春亚泰 at 0.50): a list or a conjunction outweighs it. */
export const COIN_FLIP_SCORE = 0.6;
/** A surer mention of the same name elsewhere in the article vouches for it. */
const SURE_ELSEWHERE = 0.8;

const OPENING_MARKS = new Set([...QUOTE_OPENERS, ...TITLE_OPENERS]);
const CLOSING_MARKS = new Set([...QUOTE_CLOSERS, ...TITLE_CLOSERS]);
/** Cues after a name that only an organisation takes (…的创始人, …旗下, …宣布, …数据显示); not 与, 和, 、 or words a person takes too (研究, 主席, 称, 表示). */
const CUES = [
  ...new Set([
    ...FINDINGS_CUES,
    ...LATIN_COMPANY_CUES,
    ...BODY_STAFF_CUES,
    ...ORG_CUES.filter((c) => !/^(与|和|、|研究|成员|会员|主席|称|表示)$/.test(c)),
  ]),
];

/** The name holds a kind word after a head of its own: 鹏城实验室 + 广州基地 is a branch of one. */
const holdsKind = (name: string): boolean => {
  if (kindOf(name) !== null) return true;
  // 部门 is the generic word for a department (税务部门, 房管部门): its 部 is no kind.
  const inner = name.replaceAll(DEPARTMENT_WORD, '＿＿');
  return KINDS.some((k) => inner.indexOf(k) >= 2);
};

/** A name without the place that opens it (申花 of 上海申花, 鲁能 of 山东鲁能), or null when no place does. */
function withoutPlace(name: string): string | null {
  const words = wordTags(name);
  // jieba may hold a club whole (上海申花/nz): its first word is read off the words inside it.
  const first = words.length === 1 ? wordsInside(name)[0] : words[0]?.word;
  return first && first.length < name.length - 1 && isPlaceWord(first) ? name.slice(first.length) : null;
}

const CONJUNCTIONS = new Set(['和', '与', '及', '以及', '、', '同', '或', '或者']);
const MAX_CONJUNCTION_CHARS = Math.max(...[...CONJUNCTIONS].map((c) => c.length));
export const isSure = (o: Entity): boolean => o.type === 'ORG' && (o.score >= SURE_ELSEWHERE || o.source !== 'model');

/** A和B with the other side one that `like` holds of: what a conjunction joins is of one kind. */
export function joinedTo(text: string, e: Entity, entities: readonly Entity[], like: (o: Entity) => boolean): boolean {
  // Only names a conjunction's length away are read: the text between farther ones is never one.
  return entities.some(
    (o) =>
      o !== e &&
      ((o.start > e.end && o.start - e.end <= MAX_CONJUNCTION_CHARS && CONJUNCTIONS.has(text.slice(e.end, o.start))) ||
        (o.end < e.start && e.start - o.end <= MAX_CONJUNCTION_CHARS && CONJUNCTIONS.has(text.slice(o.end, e.start)))) &&
      like(o),
  );
}

/** A和B with either side a sure organisation (智联招聘和恒大研究院). */
export const joinedToSureOrg = (text: string, e: Entity, entities: readonly Entity[]): boolean => joinedTo(text, e, entities, isSure);

export interface Vouchers {
  /** Spans (`start:end`) of list members with an organisation beside them. */
  listedBesideOrg: ReadonlySet<string>;
  entities: readonly Entity[];
}

/** A word of two Han characters or more and 网 (优酷网): a site's name. */
const isSiteName = (name: string): boolean => name.length > SITE_WORD.length + 1 && name.endsWith(SITE_WORD) && HAN_ONLY.test(name);

export function isVouchedFor(text: string, e: Entity, index: TokenIndex, v: Vouchers): boolean {
  if (holdsKind(e.text) || endsWithIndustry(e.text)) return true;
  if (lexiconMatches(e.text).length > 0) return true;
  if (OPENING_MARKS.has(text[e.start - 1] ?? '') && CLOSING_MARKS.has(text[e.end] ?? '')) return true;
  if (v.listedBesideOrg.has(`${e.start}:${e.end}`) || joinedToSureOrg(text, e, v.entities)) return true;
  if (v.entities.some((o) => o !== e && o.text === e.text && isSure(o))) return true;
  // The club or company named in full with its place (上海申花 … 申花的外援): the name without it is that body.
  if (v.entities.some((o) => o !== e && o.text.endsWith(e.text) && isSure(o) && withoutPlace(o.text) === e.text)) return true;
  // …and the reverse: a sure mention of the name alone (国安) vouches for it with its place (北京国安).
  const bare = e.text.length > 2 ? withoutPlace(e.text) : null;
  if (bare && v.entities.some((o) => o !== e && o.text === bare && isSure(o))) return true;
  const after = afterPossessive(text, e.end);
  if (cueAt(text, after, CUES)) return true;
  // 优酷网 | 则表示: a site's name says what no person's does, so a speaking verb after it is the site's company.
  if (isSiteName(e.text) && cueNear(text, index, e.end, SITE_CUES)) return true;
  // 收购 | IBM, 吉利 | 收购: the other side of a deal between companies.
  if (DEAL_VERBS.some((v) => text.endsWith(v, e.start)) || cueAt(text, e.end, DEAL_VERBS)) return true;
  const word = index.startingAt(e.start);
  const isPlace = word?.end === e.end && word.pos === 'ns' && isPlacesAlone(word.text);
  // A place is left to the model there: after a match verb it is a country as often as a club, and before a
  // coach a country's side (中国 | 主帅).
  return !isPlace && (OPPONENT_CUES.some((c) => text.endsWith(c, e.start)) || cueAt(text, after, TEAM_STAFF_CUES));
}
