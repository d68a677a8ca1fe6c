/**
 * Members of a coordinated list (A、B、C和D) are names of one type. A list that ends in a
 * word for organisations (A、B、C等企业, 等高校; A和B等品牌 too) makes every member one; otherwise, where the
 * model is sure of at least two members as organisations and of more members as organisations
 * than as anything else, the other members follow them (a company the model took for a place
 * included). Persons are retyped only when the list owns what only companies have (…的股价).
 * Members that end with one industry word (英国泰晤士水务、法国苏伊士昂帝欧水务) are companies
 * of that trade, whatever the model read. The lists themselves are found in lists.ts.
 */
import type { Entity, Token } from '../../record/schema.js';
import { LIST_COMPANY_CUES, LIST_MANY, LIST_MODIFIERS, LIST_ORG_NOUNS, PERIODICAL_KINDS, PERSON_NOUNS, ROLE_WORDS } from './data/kinds.js';
import { isAllGeneric, isGenericOrgName, kindOf } from './generic.js';
import { tradeIndustryOf } from './industry.js';
import { firstTokenFrom } from './token-index.js';
import { NAME_TYPES, overlaps } from './spans.js';
import { EVERYDAY_WORD_POS, HAN_ONLY } from './data/word-classes.js';
import { COIN_FLIP_SCORE } from './vouching.js';
import { wordTags } from './place-words.js';
import { lexiconNames } from './lexicon.js';
import { LIST_CLOSERS, PUNCT, lists, memberBefore, type FoundList, type Member } from './lists.js';
import { EACH_OF_A_KIND } from './data/sentence-words.js';

/** Places to jieba, word by word (日本, 美国加州): a brand the model took for a place is not (路易威登: 路/n 易威登/nr). */
const isPlaceName = (name: string): boolean => wordTags(name).every((w) => w.tag === 'ns');
/** What a member may be: two to twelve characters of a name, Han or Latin. */
const MEMBER_TEXT = /^[\u4e00-\u9fffA-Za-z0-9&·．.\- ]{2,12}$/;

/** 等企业, 等创新型企业, 等知名高校: the words after a list say what its members are. */
const LIST_LEAD = new RegExp(`^(等等|等)(${LIST_MODIFIERS.join('|')})?`);
function endsInOrgNoun(text: string, after: number): boolean {
  const tail = text.slice(after, after + 14);
  const lead = LIST_LEAD.exec(tail);
  if (!lead) return false;
  const rest = tail.slice(lead[0].length);
  return LIST_ORG_NOUNS.some((noun) => rest.startsWith(noun));
}

/** 等 and a word for organisations that ends the noun phrase, describing words or a count (等16支球队) between allowed. */
export function closedByOrgNoun(text: string, after: number, tokens: readonly Token[]): boolean {
  const lead = /^(等等|等)/.exec(text.slice(after, after + 2));
  if (!lead) return false;
  const from = after + lead[0].length;
  return describedAsOrgs(text, from, tokens) || countedAsOrgs(text, from, tokens);
}

/** Words that describe a kind of organisation before its noun (外资零售 | 巨头, 老字号餐饮 | 企业, 快时尚 | 品牌). */
const DESCRIBING_POS = /^(n|vn|v|b|a|an|nz|j|l|x)$/;
const MANY: ReadonlySet<string> = new Set(LIST_MANY);
/** 等国家的企业, 等地区企业: a place's kind between 等 and the noun makes the members places. */
const PLACE_KINDS = /^(国家|地区|城市|省份|省|市|县|国|地)$/;
const MAX_DESCRIBING_CHARS = 6;

/**
 * A few describing words, then a word for organisations that ends the noun phrase (…等外资零售巨头,
 * …等老字号餐饮企业): not a noun that goes on (等企业 | 负责人), nor a place's kind (等国家 | 的企业).
 */
function describedAsOrgs(text: string, from: number, tokens: readonly Token[]): boolean {
  let k = firstTokenFrom(tokens, from);
  if (tokens[k]?.start !== from) return false;
  for (; k < tokens.length && tokens[k]!.end - from <= MAX_DESCRIBING_CHARS + 3; k++) {
    const t = tokens[k]!;
    const noun = LIST_ORG_NOUNS.find((n) => t.text === n || (t.text.endsWith(n) && t.text.length > n.length && DESCRIBING_POS.test(t.pos)));
    if (noun) {
      const next = tokens[k + 1];
      if (!next || next.start !== t.end || !/^(n|vn|nr|ng|nz)$/.test(next.pos)) return true;
      // A noun that goes on describes a later one (等老字号 | 餐饮企业) or names no class at all (等企业 | 负责人).
      continue;
    }
    // A place describes too (…等中国企业, …等美国公司); a place's kind does not (等国家的企业).
    if (
      !(DESCRIBING_POS.test(t.pos) || t.pos === 'ns' || MANY.has(t.text)) ||
      PUNCT.test(t.text) ||
      PLACE_KINDS.test(t.text) ||
      t.end - from > MAX_DESCRIBING_CHARS
    )
      return false;
  }
  return false;
}

/**
 * 蔚来、小鹏、理想三家新势力车企, A和B两家银行, 网易、搜狐和新浪三大门户网站, 国安、泰山两支球队: a
 * count of 家 (the measure word for establishments), of 支 (for teams) or of 大, then a word for
 * organisations (a few words may stand between) says what every member is.
 */
const COUNTED_ESTABLISHMENTS = /^[两三四五六七八九十几数0-9]+[家所大支]/;
const MAX_BETWEEN_COUNT_AND_NOUN = 6;
export function countedAsOrgs(text: string, after: number, tokens: readonly Token[]): boolean {
  const lead = COUNTED_ESTABLISHMENTS.exec(text.slice(after, after + 4));
  if (!lead) return false;
  const from = after + lead[0].length;
  // Rare enough (a list, then a count of 家) to look the word ends up only here.
  const ends = new Set(tokens.filter((t) => t.end > from && t.end <= from + MAX_BETWEEN_COUNT_AND_NOUN + 4).map((t) => t.end));
  const tail = text.slice(from, from + MAX_BETWEEN_COUNT_AND_NOUN + 4);
  for (let i = 0; i <= MAX_BETWEEN_COUNT_AND_NOUN && i < tail.length; i++) {
    if (/[\p{P}\s]/u.test(tail[i]!)) return false;
    // The word must end there: 企业 in 三家企业, not in 三家企业家.
    if (LIST_ORG_NOUNS.some((noun) => tail.startsWith(noun, i) && ends.has(from + i + noun.length))) return true;
  }
  return false;
}

/** 宁德时代、蔚来和小鹏的股价: what the list's members own says they are companies. */
function ownsCompanyCue(text: string, after: number): boolean {
  const at = text.startsWith('的', after) ? after + 1 : after;
  return LIST_COMPANY_CUES.some((c) => text.startsWith(c, at));
}

/**
 * What the words after a list say of its members (等企业, 三大门户网站, …的股价): `owned` when they
 * say so strongly enough to outweigh the model's persons, `cued` whenever they say so at all.
 */
function listCue(text: string, list: FoundList, tokens: readonly Token[]): { owned: boolean; cued: boolean } {
  const { after } = list;
  const owned = ownsCompanyCue(text, after) || countedAsOrgs(text, after, tokens) || closedByOrgNoun(text, after, tokens);
  // A lead-in speaks for bare names (天语、金立); members with a kind of their own (棉纺厂、羽绒厂) are weighed as kinds.
  const bare = list.members.every((m) => kindOf(text.slice(m.start, m.end)) === null);
  return { owned, cued: owned || endsInOrgNoun(text, after) || (bare && ledByOrgNoun(text, list.members[0]!.start, tokens)) };
}
const isCued = (text: string, list: FoundList, tokens: readonly Token[]): boolean => listCue(text, list, tokens).cued;

/** How a class of organisations leads into its members: 国产品牌中， | 天语、金立和联想, 车企包括 | …. */
const LEAD_IN = new RegExp(`(${LIST_ORG_NOUNS.join('|')})(?:(?:中|当中|之中|里)[，,：:]|(?:包括|如|比如|例如)[：:]?|[：:])$`, 'u');
/** 国产品牌中，天语、金立和联想: a word for organisations, a word's end, leading into the list as its class. */
function ledByOrgNoun(text: string, first: number, tokens: readonly Token[]): boolean {
  const m = LEAD_IN.exec(text.slice(Math.max(0, first - 8), first));
  if (!m) return false;
  const nounEnd = first - m[0].length + m[1]!.length;
  return tokens.some((t) => t.end === nounEnd);
}

/** Spans ("start:end") of the members of lists whose following words say they are organisations. */
export function cuedMembers(text: string, tokens: readonly Token[], found: readonly FoundList[]): Set<string> {
  const out = new Set<string>();
  for (const list of found) if (isCued(text, list, tokens)) for (const m of list.members) out.add(`${m.start}:${m.end}`);
  return out;
}

/** The one jieba word a member is, if it is one. */
function soleWord(byStart: ReadonlyMap<number, Token>, m: Member): Token | undefined {
  const t = byStart.get(m.start);
  return t?.end === m.end ? t : undefined;
}

/** One jieba word, an everyday one. */
const isEverydayWord = (byStart: ReadonlyMap<number, Token>, m: Member): boolean => EVERYDAY_WORD_POS.test(soleWord(byStart, m)?.pos ?? '');

/**
 * Members that end with the same industry word as another member, each after a head of its own
 * that is more than generic words (上海 + 汽车 and 广州 + 汽车, not 大型 + 汽车), the word a whole
 * jieba word there.
 */
function sharedTrade(text: string, members: Member[], byStart: ReadonlyMap<number, Token>): Set<Member> {
  const byWord = new Map<string, Member[]>();
  for (const m of members) {
    const name = text.slice(m.start, m.end);
    const word = tradeIndustryOf(name);
    if (!word || !byStart.has(m.end - word.length) || isAllGeneric(name.slice(0, name.length - word.length))) continue;
    byWord.set(word, [...(byWord.get(word) ?? []), m]);
  }
  return new Set([...byWord.values()].filter((ms) => ms.length >= 2).flat());
}

export interface ListCandidate {
  entity: Entity;
  /** The list says so strongly enough to take a span the model read as a person. */
  overPersons: boolean;
}

const CUED_LIST_SCORE = 0.9;
/** Below this the model's person on an unknown word among companies of one trade gives way to them. */
const UNKNOWN_PERSON_SCORE = 0.9;

/** What a person is or holds, ending a list member (博士生导师, 名誉理事, 有关负责同志). */
const PERSON_ENDINGS = [...ROLE_WORDS, ...PERSON_NOUNS];

/** How sure the model must be of a pair's other member (伟德 of 伟德、bet365) for it to speak for the pair. */
const PAIR_SURE_SCORE = 0.9;
const isSureOrg = (e: Entity | undefined): boolean => e?.type === 'ORG' && e.score >= PAIR_SURE_SCORE;

/** Every other member of the list is a name the model is sure is an organisation, and there are two or more. */
const amongSureOrgs = (typed: readonly (Entity | undefined)[], k: number): boolean =>
  typed.length >= 3 && typed.every((o, j) => j === k || isSureOrg(o));

/** One word jieba could not read, of Han characters (蔚来/x): no everyday word, so a name of some sort. */
function isUnknownWord(byStart: ReadonlyMap<number, Token>, m: Member): boolean {
  const t = soleWord(byStart, m);
  return t?.pos === 'x' && HAN_ONLY.test(t.text) && t.text.length >= 2;
}

/** One jieba word that is no place and not generic (bet365, 万事达): a member that may be a name. */
function isOneNameWord(text: string, byStart: ReadonlyMap<number, Token>, m: Member): boolean {
  const t = soleWord(byStart, m);
  return !!t && t.pos !== 'ns' && !isAllGeneric(t.text);
}

/** A one-character person inside a longer member (蔚 of 蔚来): a piece of the name the model read, no name that types it. */
const isOneCharPiece = (e: Entity, m: Member): boolean => e.type === 'PERSON' && e.end - e.start === 1 && m.end - m.start > 1;

export function coordinatedCandidates(
  text: string,
  tokens: Token[],
  entities: Entity[],
  found: readonly FoundList[] = lists(text, tokens),
): ListCandidate[] {
  const out: ListCandidate[] = [];
  const byStart = new Map(tokens.map((t) => [t.start, t]));
  for (const list of found) {
    const { members, after, pair: joined } = list;
    if (!members.every((m) => MEMBER_TEXT.test(text.slice(m.start, m.end)))) continue;
    const overlapping = members.map((m) => entities.filter((e) => overlaps(e, m)));
    const pieces = overlapping.map((es, k) => es.some((e) => isOneCharPiece(e, members[k]!)));
    const typed = overlapping.map((es, k) => es.find((e) => NAME_TYPES.has(e.type) && !isOneCharPiece(e, members[k]!)));
    // A member the model left untyped that is a name the lexicon knows, one word to jieba, counts as an
    // organisation (百度、阿里或者腾讯), an everyday word among names or not: its neighbours decide.
    const known = (m: Member, k: number): boolean =>
      !typed[k] && byStart.get(m.start)?.end === m.end && lexiconNames().has(text.slice(m.start, m.end));
    const orgs = typed.filter((e) => e?.type === 'ORG' && e.score >= 0.5).length + members.filter(known).length;
    const others = typed.filter((e) => e && e.type !== 'ORG').length;
    // What only companies own, said of a list, outweighs the model's persons.
    // A count of establishments before a word for organisations says as much as a company's share price.
    // So does a word for organisations that ends its noun phrase (…等老字号餐饮企业 | 加快, not …等企业 | 负责人).
    const { owned, cued } = listCue(text, list, tokens);
    const trades = sharedTrade(text, members, byStart);
    // Untyped members that are one everyday word each (土豆、黄瓜) speak against a list of names.
    const plain = members.filter((m, k) => !typed[k] && isEverydayWord(byStart, m)).length;
    // Two members, one a name the model is sure of, the other one word it left untyped (伟德、bet365): the pair is of one kind.
    const pair = members.length === 2 && typed.some(isSureOrg) && members.some((m, k) => !typed[k] && isOneNameWord(text, byStart, m));
    if (!pair && !cued && trades.size === 0 && (members.length < 3 || orgs < 2 || orgs <= others || orgs <= plain)) continue;
    // 日本、韩国、英国、德国等国际大公司: places the model is sure of, listed before a word for companies, are where they
    // are from; a place the model read inside a member (恒瑞 of 恒瑞医药) is no member.
    if (
      trades.size === 0 &&
      typed.every((t, k) => t?.type === 'LOC' && t.start === members[k]!.start && t.end === members[k]!.end && isPlaceName(t.text)) &&
      !ownsCompanyCue(text, after)
    )
      continue;
    const all = pair || cued || (members.length >= 3 && orgs >= 2 && orgs > others && orgs > plain);
    // 理想汽车、蔚来和小鹏汽车: with two members companies of one trade and every other member a word jieba cannot
    // read (蔚来/x, a person to the model at 0.73), those follow them; an everyday word would not (土豆).
    const unknownFollows = members.length >= 3 && trades.size >= 2 && members.every((m) => trades.has(m) || isUnknownWord(byStart, m));
    members.forEach((m, k) => {
      if (!all && !trades.has(m) && !(unknownFollows && isUnknownWord(byStart, m))) return;
      const t = typed[k];
      // A person read inside a member a word for organisations speaks for (泡泡 + 玛特, 等品牌) is a piece of its name;
      // so is one before the industry word the members share (小鹏 + 汽车 beside 理想汽车).
      const pieceOfMember = (cued && t?.type === 'PERSON' && t.start > m.start) || (trades.has(m) && t?.type === 'PERSON' && t.end < m.end);
      // A person the model read stays one, unless the list owns what only companies have (小鹏 … 的股价), or the model
      // flipped a coin over the member itself among names it is sure are organisations (IBM、惠普和戴尔, 戴尔 a person at 0.59).
      const coinFlip = !!t && t.start === m.start && t.end === m.end && t.score < COIN_FLIP_SCORE && amongSureOrgs(typed, k);
      const unknownAmongTrade = unknownFollows && !trades.has(m) && !!t && t.score < UNKNOWN_PERSON_SCORE;
      if (t && (t.type === 'ORG' || (t.type === 'PERSON' && !owned && !pieceOfMember && !coinFlip && !unknownAmongTrade))) return;
      // A place the model read whole stays one in a pair (美国通用无线电公司和杭州等通信企业): 和 says less than 、.
      if (joined && t?.type === 'LOC' && t.start === m.start && t.end === m.end && isPlaceName(t.text)) return;
      const name = text.slice(m.start, m.end).trim();
      // 博士生导师, 名誉理事, 有关负责同志: a member ending with what a person is or holds is a person, not a body.
      if (PERSON_ENDINGS.some((r) => name.endsWith(r))) return;
      // 地方各级党委: every body of a kind, no one body (as the final check has it before a name).
      if (EACH_OF_A_KIND.some((w) => name.includes(w))) return;
      // 《老干部之友》 | 杂志: the kind of a periodical named before it, no name of its own.
      if (isGenericOrgName(name) || PERIODICAL_KINDS.includes(name)) return;
      const span = t && t.start === m.start && t.end === m.end ? t : m;
      const entity: Entity = {
        type: 'ORG',
        text: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        // A word for organisations after the list speaks for an everyday word among its members (五粮液, 茅台).
        score: cued ? CUED_LIST_SCORE : 0.5,
        source: 'list',
      };
      out.push({ entity, overPersons: owned || pieceOfMember || pieces[k]! });
    });
  }
  return out;
}

/** The words jieba gives a name of some sort: a member of one with none of them is an everyday phrase (中小企业等企业). */
const NAME_WORD_POS = /^(nr|nrt|nrfg|ns|nt|nz|x|eng|j)$/;

/**
 * A list of one (阿里巴巴 | 等企业, 宁德时代 | 等企业): a name before 等 and a word for organisations
 * that ends the noun phrase is one of them, as every member of a longer list is. The member must hold
 * a word jieba gives names, and not be a place the model read whole (北京 | 等企业 names where).
 */
export function classedSingleCandidates(
  text: string,
  tokens: Token[],
  entities: Entity[],
  found: readonly FoundList[] = lists(text, tokens),
): Entity[] {
  const closers = tokens.flatMap((t, k) => (LIST_CLOSERS.test(t.text) && closedByOrgNoun(text, t.start, tokens) ? [k] : []));
  if (closers.length === 0) return [];
  const listed = found.flatMap((l) => l.members);
  const out: Entity[] = [];
  for (const k of closers) {
    const m = memberBefore(tokens, k);
    if (!m || listed.some((l) => overlaps(l, m))) continue;
    const name = text.slice(m.start, m.end);
    if (!MEMBER_TEXT.test(name) || isGenericOrgName(name) || PERSON_ENDINGS.some((r) => name.endsWith(r))) continue;
    const words = tokens.filter((w) => w.start >= m.start && w.end <= m.end);
    if (!words.some((w) => NAME_WORD_POS.test(w.pos))) continue;
    const typed = entities.find((e) => NAME_TYPES.has(e.type) && e.start === m.start && e.end === m.end);
    if (
      typed?.type === 'ORG' ||
      (typed?.type === 'LOC' && isPlaceName(name)) ||
      (typed?.type === 'PERSON' && typed.score >= COIN_FLIP_SCORE)
    )
      continue;
    if (!typed && isPlaceName(name)) continue;
    out.push({ type: 'ORG', text: name, start: m.start, end: m.end, score: CUED_LIST_SCORE, source: 'list' });
  }
  return out;
}
