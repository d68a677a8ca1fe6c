/**
 * Model names that run past the organisation into the words around it, in ways that show in
 * the span itself: a Latin name with one Han character of the sentence after it (IBM外), two
 * bodies named as a pair (南京市委市政府), and a name joined by a conjunction to a generic noun
 * phrase (香港政府与下列公司).
 */
import type { Entity } from '../../record/schema.js';
import type { TokenIndex } from './token-index.js';
import { countedAsOrgs } from './coordination.js';
import { isShortFormOf } from './declared-short-forms.js';
import { withEnd } from './spans.js';
import {
  CLASS_MODIFIERS,
  DEPARTMENT_KINDS,
  GENERIC_ORG_NOUNS,
  KIND_WORDS,
  LATIN_NOT_NAME_SET,
  PAIRED_BODIES,
  TASK_GROUPS,
} from './data/kinds.js';
import { isGenericOrgName, kindOf } from './generic.js';
import { lexiconNames } from './lexicon.js';
import { INDUSTRY_WORDS } from './data/industries.js';
import { isCountryOrProvince } from './industry.js';
import { HAN_ONLY, PROPER_NOUN_POS } from './data/word-classes.js';
import { DATELINE_SOURCES, PREDICATE_OPENERS } from './data/sentence-words.js';
import { BODY_DESCRIPTORS, HELD_UNDER, JOINT_ACTION_VERBS, LED_LIKE_COMPANIES, MADE_PRODUCTS } from './data/cues.js';
import { isPlaceWord } from './place-words.js';
/** Titles of a company's head (CEO, 董事长, 创始人): inside a span, where the company's name ends. */
const MID_TITLES = [...LED_LIKE_COMPANIES, 'CFO', 'CTO', 'COO'];

const TEAM_THEN_ONE_HAN = /.{2,}队[^报\p{P}\s]$/u;
const LATIN_THEN_ONE_HAN = /^([A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9])[\u4e00-\u9fff]$/;
const CONJUNCTIONS = ['与', '和', '及', '同', '以及'];
/** What a generic phrase after a conjunction opens with (下列公司, 有关部门), or a name's start cut off (和原 | 国家教委). */
const GENERIC_OPENERS = ['下列', '下述', '上述', '有关', '相关', '其他', '其它', '各', '多家', '一些', '部分', '原'];

/** 新华社讯, 本报讯, 新浪科技讯: 讯 after a news outlet or a portal's channel opens a dateline. */
const DATELINE = new RegExp(`(${DATELINE_SOURCES.join('|')})讯$`);
const BRACKETS: Record<string, string> = { '（': '）', '(': ')' };
const COPULA = '为';
const TRAILING_CONJUNCTION = /[与和及或]$/u;
/** Words that end with a body's kind or a hospital's department (…医院心内科): a group named otherwise (游戏港口团队) is one. */
const endsWithABody = (words: string): boolean =>
  !!kindOf(words) || /[^科]科$/u.test(words) || [...DEPARTMENT_KINDS].some((k) => words.endsWith(k));

/** A bracket the span opens and does not close: closed right after it (渣打银行（中国 | ）), or the span ends before it. */
function balanceBrackets(text: string, e: Entity): Entity {
  for (const [open, close] of Object.entries(BRACKETS)) {
    const at = e.text.lastIndexOf(open);
    if (at < 0 || e.text.indexOf(close, at) >= 0) continue;
    if (text[e.end] === close) return withEnd(text, e, e.end + 1);
    return at >= 2 ? withEnd(text, e, e.start + at) : e;
  }
  return e;
}

/** How many characters of 旗下 the span ends with, the rest of the word right after it (腾讯旗 | 下的). */
function heldWordBegun(text: string, e: Entity): number {
  for (const w of HELD_UNDER)
    for (let n = 1; n < w.length; n++)
      if (e.text.length >= n + 2 && e.text.endsWith(w.slice(0, n)) && text.startsWith(w.slice(n), e.end)) return n;
  return 0;
}

export function trimModelRunOn(text: string, whole: Entity, index?: TokenIndex): Entity {
  let e = balanceBrackets(text, whole);
  if (DATELINE.test(e.text)) e = withEnd(text, e, e.end - 1);
  if (e.text.length >= 3 && PREDICATE_OPENERS.has(e.text.at(-1)!) && !kindOf(e.text)) e = withEnd(text, e, e.end - 1);
  // 交行 | 为70元 (jieba's 行为): the copula, unless it ends a name the lexicon knows (华为, 中国华为).
  else if (e.text.length >= 3 && e.text.endsWith(COPULA) && !lexiconNames().has(e.text.slice(-2))) e = withEnd(text, e, e.end - 1);
  // 人保财险与 | 业主: a name never ends with the conjunction that joins it to the next word (one the lexicon knows whole stays).
  if (e.text.length >= 3 && TRAILING_CONJUNCTION.test(e.text) && !lexiconNames().has(e.text)) e = withEnd(text, e, e.end - 1);
  // 健力宝队 | 同, 丹麦女队 | 列第二: a team's name ends with 队; the character after it is the sentence's (队报, a paper, is a name).
  if (TEAM_THEN_ONE_HAN.test(e.text)) e = withEnd(text, e, e.end - 1);
  // 微软旗下 | 的MSN: what a body holds follows its name; 旗下 is no part of it.
  const held = HELD_UNDER.find((w) => e.text.endsWith(w) && e.text.length >= w.length + 2);
  if (held) e = withEnd(text, e, e.end - held.length);
  // 腾讯旗 | 下的微信支付: a span that stops inside 旗下 ends before it too.
  const cut = heldWordBegun(text, e);
  if (cut) e = withEnd(text, e, e.end - cut);
  // …医院心内科团队: the group of people the department gathers is not part of its name.
  const group = TASK_GROUPS.find((g) => e.text.endsWith(g));
  if (group && endsWithABody(e.text.slice(0, -group.length))) e = withEnd(text, e, e.end - group.length);
  // 特斯拉CEO马斯克: a head's title inside a span ends the company's name; the person after it is no part of it.
  const titled = MID_TITLES.map((r) => e.text.indexOf(r, 2)).filter((i) => i >= 2);
  if (titled.length > 0) e = withEnd(text, e, e.start + Math.min(...titled));
  // IBM个人电脑 | 业务, 三星手机: a maker's name and what it makes; the maker is the organisation (耐克 of 耐克气垫鞋).
  const made = MADE_PRODUCTS.filter((p) => e.text.endsWith(p)).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (made && standsAloneAsMaker(e.text.slice(0, -made.length))) e = withEnd(text, e, e.end - made.length);
  const latin = LATIN_THEN_ONE_HAN.exec(e.text);
  // The character may open a word that runs on past the span (SK海 | 力士): the name goes on, not the sentence.
  const opensWord = !!index && (index.startingAt(e.end - 1)?.end ?? e.end) > e.end;
  if (latin && !KIND_WORDS.includes(e.text.slice(-1)) && !opensWord) return withEnd(text, e, e.start + latin[1]!.length);
  const pair = PAIRED_BODIES.find((p) => e.text.endsWith(p));
  if (pair) {
    // The first body keeps the place (南京 + 市委), whether the model included it or a place entity precedes.
    return withEnd(text, e, e.end - pair.length + 2);
  }
  for (const c of CONJUNCTIONS) {
    const at = e.text.indexOf(c, 2);
    if (at < 0) continue;
    const left = e.text.slice(0, at);
    const right = e.text.slice(at + c.length);
    if (kindOf(left) && (isGenericOrgName(right) || GENERIC_OPENERS.some((g) => right.startsWith(g))))
      return withEnd(text, e, e.start + at);
  }
  return e;
}

// vs glued to a lower-case club name after a Han one (雷吉纳vsac米兰) has no word boundary to find.
const DASHES = /[—―─－-]{2,}|——|\s*\b(?:vs|VS|Vs)\b\.?\s*|(?<![A-Za-z])vs(?=[a-z]+[\u4e00-\u9fff])/;

/**
 * Two names in one model span, set side by side with a dash (鹏城实验室广州基地——琶洲实验室:
 * the second names the first) or against each other (布鲁日队vs圣埃蒂安队): each side that reads
 * as a name of its own is one; either side of "vs" is, whatever its ending.
 */
export function splitAtDash(text: string, e: Entity): Entity[] {
  const m = DASHES.exec(e.text);
  if (!m) return [e];
  const versus = /vs/i.test(m[0]);
  const sides = [
    { start: e.start, end: e.start + m.index },
    { start: e.start + m.index + m[0].length, end: e.end },
  ];
  const named = sides.filter((s) => s.end - s.start >= 2 && (versus || kindOf(text.slice(s.start, s.end)) !== null));
  return named.map((s) => ({ ...e, start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}

/** A name in Latin letters: no figures (a stock code, 601398.SH), no URL. */
const LATIN_NAME = /^[A-Za-z][A-Za-z&.'\- ]*$/;
const HAN_NAME = /^[A-Za-z]*[\u4e00-\u9fff]+$/u;

/**
 * What in brackets after a name is another name of it: a Latin spelling (环球影业(UniversalPictures)),
 * a Han name glossing a Latin one (UTStarcom（UT斯达康）, FlyingFishWorks（飞鱼工作室）), or a short
 * form made of the name's characters in order (中国国际金融有限公司（中金公司）). Not a figure, a note
 * (港译：…), a place, or a department (…工厂（研究室）).
 */
function namesIt(outer: string, bracketed: string): boolean {
  if (LATIN_NAME.test(bracketed)) return true;
  if (!HAN_NAME.test(bracketed)) return false;
  return /^[A-Za-z]/.test(outer) || isShortFormOf(bracketed, outer);
}

/** A span that ends with a bracketed part after a name: X（Y）. */
const BRACKETED_END = /^(.{2,}?)[（(]([^（）()]{2,})[）)]$/u;

/**
 * A name with another name of it in brackets, read by the model as one span (UTStarcom（UT斯达康）,
 * 中国国际金融有限公司（中金公司）): two names, the second a short form or another spelling of the
 * first, as the guidelines count them. Not a place in brackets (a campus, a seat: 渣打银行（中国）) nor
 * a kind word (…（集团）), which belong to the name.
 */
export function splitAtBrackets(text: string, e: Entity, index: TokenIndex): Entity[] {
  const m = BRACKETED_END.exec(e.text);
  if (!m) return [e];
  const innerStart = e.start + m[1]!.length + 1;
  const innerEnd = e.end - 1;
  const inner = index.within(innerStart, innerEnd);
  const placeOnly = inner.length > 0 && inner.every((t) => t.pos === 'ns') && inner.at(-1)!.end === innerEnd;
  const bracketed = m[2]!;
  if (placeOnly || isGenericOrgName(bracketed) || KIND_WORDS.includes(bracketed) || !namesIt(m[1]!, bracketed)) return [e];
  return [withEnd(text, e, e.start + m[1]!.length), { ...e, start: innerStart, end: innerEnd, text: bracketed }];
}

const JOINING = /[和与及]/u;
const TWO = '两';
/** As sure as a list that a count of establishments closes (CUED_LIST_SCORE). */
const COUNTED_PAIR_SCORE = 0.9;

/**
 * Two names the model read as one across a conjunction (中国东方航空与空客公司): split when the
 * left side is a whole name by itself (one word jieba files as an organisation, or a name the
 * lexicon knows) and the right side ends with a kind of its own (空客 + 公司), or when the left is a
 * proper noun and its industry word and a proper noun or a kind of its own makes the right a name
 * (京东物流与顺丰控股, 京东物流和顺丰控股). A body
 * whose name joins two fields (工业和信息化部, 信托与理财研究所) has no whole name on its left.
 */
export function splitAtConjunction(text: string, e: Entity, index: TokenIndex): Entity[] {
  const at = e.text.search(JOINING);
  if (at < 2) return [e];
  const left = e.text.slice(0, at);
  const right = e.text.slice(at + 1);
  const word = index.startingAt(e.start);
  const split = [withEnd(text, e, e.start + at), { ...e, start: e.start + at + 1, text: right }];
  // 中石化和中石油 | 两大集团: a count of two establishments after the span says it holds two.
  if (left.length >= 2 && right.length >= 2 && text.startsWith(TWO, e.end) && countedAsOrgs(text, e.end, index.tokens))
    return split.map((x) => ({ ...x, score: Math.max(x.score, COUNTED_PAIR_SCORE) }));
  // 汇丰控股和友邦保险, OPPO和vivo: each side a name of its own, by its kind, the lexicon or its Latin letters.
  if (standsAlone(left) && standsAlone(right)) return split;
  const whole = (word?.end === e.start + at && word.pos === 'nt') || lexiconNames().has(left);
  if (whole) return hasOwnKind(right) ? split : [e];
  if (!tradeAndIndustry(left, index, e.start)) return [e];
  // jieba may glue the conjunction to the next name (和顺/nz 丰 控股): then the right's own kind shows it,
  // the kind right after the span counted where the model stopped short of it (京东物流和顺丰 | 控股).
  const kindAfter = KIND_WORDS.filter((k) => text.startsWith(k, e.end)).reduce((a, b) => (b.length > a.length ? b : a), '');
  return namedRight(index, e.start + at + 1) || hasOwnKind(right + kindAfter) ? split : [e];
}

/**
 * A parent and the body it holds, read as one span (蚂蚁集团旗下网商银行): two names, when each side
 * stands alone by its kind, the lexicon or its Latin letters.
 */
export function splitAtHolding(text: string, e: Entity): Entity[] {
  for (const w of HELD_UNDER) {
    const at = e.text.indexOf(w);
    if (at < 2) continue;
    const left = e.text.slice(0, at);
    const right = e.text.slice(at + w.length);
    if (!standsAlone(left) || !standsAlone(right)) return [e];
    return [withEnd(text, e, e.start + at), { ...e, start: e.start + at + w.length, text: right }];
  }
  return [e];
}

/** The most a class's kind may hold after its modifier: a kind or a word for bodies, a field's character before it at most. */
const MAX_CLASS_REST = 3;
const GENERIC_ORG_NOUN_SET: ReadonlySet<string> = new Set(GENERIC_ORG_NOUNS);

/**
 * A body's name, then a class of its members (江苏电网主力电厂, 某集团骨干企业): what the span names is
 * the class, no one body. The body before it stays where it stands alone by its kind, the lexicon or
 * its Latin letters; otherwise nothing does.
 */
export function withoutClassTail(text: string, e: Entity): Entity[] {
  for (const m of CLASS_MODIFIERS) {
    const at = e.text.indexOf(m, 2);
    if (at < 0) continue;
    // 电厂, 企业, 公司.
    const rest = e.text.slice(at + m.length);
    if (rest.length > MAX_CLASS_REST || !(kindOf(rest) !== null || GENERIC_ORG_NOUN_SET.has(rest) || isGenericOrgName(rest))) continue;
    const left = e.text.slice(0, at);
    return standsAlone(left) ? [withEnd(text, e, e.start + at)] : [];
  }
  return [e];
}

/** Words of the sentence that no name opens: a verb, a preposition, a conjunction, an adverb, a pronoun, a particle (来自 | Sequoia). */
const SENTENCE_WORD_POS = /^(v|vd|p|c|d|r|u[a-z]*|y|e)$/;

/** A Latin name the model read with a sentence's words before it (来自Sequoia): the name alone. */
export function withoutSentenceWordsBeforeLatin(text: string, e: Entity, index: TokenIndex): Entity {
  const latin = /[A-Za-z][A-Za-z0-9&.' -]*$/.exec(e.text);
  if (!latin || latin.index === 0 || !HAN_ONLY.test(e.text.slice(0, latin.index))) return e;
  const start = e.start + latin.index;
  const before = index.within(e.start, start);
  if (
    before.length === 0 ||
    before[0]!.start !== e.start ||
    before.at(-1)!.end !== start ||
    !before.every((t) => SENTENCE_WORD_POS.test(t.pos))
  )
    return e;
  return { ...e, start, text: text.slice(start, e.end) };
}

/** A noun for a body and a Latin name the model read as one span, a place before them or not (英国乐队 | Travis). */
const DESCRIBED_LATIN = new RegExp(`^([\\u4e00-\\u9fff]*?)(${BODY_DESCRIPTORS.join('|')})([A-Za-z][A-Za-z0-9&.' -]*)$`, 'u');

/** The Latin name alone, where what stands before its descriptor is nothing or a place: the rest describes it. */
export function withoutLatinDescriptor(text: string, e: Entity): Entity {
  const m = DESCRIBED_LATIN.exec(e.text);
  if (!m || (m[1] && !isPlaceWord(m[1]))) return e;
  const start = e.start + m[1]!.length + m[2]!.length;
  return { ...e, start, text: text.slice(start, e.end) };
}

const JOINT_ACTION_VERB_SET: ReadonlySet<string> = new Set(JOINT_ACTION_VERBS);

/**
 * Two bodies the model read as one across the verb by which one acts with the other: split when each
 * side ends with a kind of its own (not 北京大学 | 联合 | 实验室, a joint laboratory's name); the verb
 * alone at a name's end is cut off.
 */
export function splitAtJointAction(text: string, e: Entity, index: TokenIndex): Entity[] {
  // The verb read onto the end of the name that acts (新浪网 | 联合 | 主办, 团省委 | 联合 | 省农业大学): the name before it.
  const last = index.within(e.start, e.end).at(-1);
  if (last && last.end === e.end && last.start - e.start >= 2 && last.pos === 'v' && JOINT_ACTION_VERB_SET.has(last.text))
    return [withEnd(text, e, last.start)];
  const verb = index.within(e.start, e.end).find((t) => JOINT_ACTION_VERB_SET.has(t.text) && t.start > e.start && t.end < e.end);
  if (!verb) return [e];
  const left = text.slice(e.start, verb.start);
  const right = text.slice(verb.end, e.end);
  if (!kindOf(left) || left.length < 3 || !(hasOwnKind(right) || isCommission(right))) return [e];
  return [withEnd(text, e, verb.start), { ...e, start: verb.end, text: right }];
}

/** A commission written short (自治区发展改革委, 市卫健委, 发改委), not a member's title (常委, 评委, 编委, 政委, 主委). */
const isCommission = (name: string): boolean => name.length >= 3 && name.endsWith('委') && !/[常评编政主]委$/u.test(name);

/** A name that ends with a kind after two or more characters of its own (空客 + 公司, 顺丰 + 控股). */
const LATIN_WORD_NAME = /^[A-Za-z][A-Za-z0-9&.-]+$/;
/**
 * A maker named before its product: a word of Latin letters or a name the lexicon knows (华东 | 电脑 is a
 * company's own name; SU7 | 电动车, with digits, a make's model code, the product itself).
 */
const LATIN_LETTERS_NAME = /^[A-Za-z][A-Za-z&.-]+$/;
const standsAloneAsMaker = (head: string): boolean =>
  (LATIN_LETTERS_NAME.test(head) && !LATIN_NOT_NAME_SET.has(head)) || lexiconNames().has(head);

/** A side of a conjunction that names a body by itself: a kind of its own, a name the lexicon knows, a Latin name. */
const standsAlone = (side: string): boolean =>
  hasOwnKind(side) || lexiconNames().has(side) || (LATIN_WORD_NAME.test(side) && !LATIN_NOT_NAME_SET.has(side));

function hasOwnKind(name: string): boolean {
  const kind = kindOf(name);
  return !!kind && name.length - kind.length >= 2 && !isGenericOrgName(name);
}

/**
 * Whether `left`, starting at `start`, is two words: a proper noun and an industry word (京东 + 物流);
 * not a country's or province's sector (美国食品 | 与药物管理局).
 */
function tradeAndIndustry(left: string, index: TokenIndex, start: number): boolean {
  const industry = INDUSTRY_WORDS.find((w) => left.endsWith(w) && left.length - w.length >= 2);
  const words = index.within(start, start + left.length);
  return (
    !!industry &&
    words.length === 2 &&
    words[0]!.end === start + left.length - industry.length &&
    PROPER_NOUN_POS.test(words[0]!.pos) &&
    !isCountryOrProvince(words[0]!.text)
  );
}

/** Whether a proper noun of two or more characters opens the words at `start` (顺丰 of 顺丰控股). */
function namedRight(index: TokenIndex, start: number): boolean {
  const w = index.startingAt(start);
  return !!w && PROPER_NOUN_POS.test(w.pos) && w.end - w.start >= 2;
}
