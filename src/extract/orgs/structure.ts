/**
 * Organisation names are built as [place][name][kind]. From a kind word in the text, the
 * name is read leftwards over the words that can be part of one (places, proper nouns,
 * nouns, abbreviations, Latin words), and kept only when something in it is distinctive:
 * a place, a proper noun, a Latin word — not only common nouns (快递公司 names nothing).
 */
import type { Entity, Token } from '../../record/schema.js';
import {
  DEPARTMENT_KINDS,
  DESIGNATION_KINDS,
  JOINED_NAME_KINDS,
  LEVEL_PREFIXES,
  ADMIN_TIERS,
  GOVERNMENT_LEVELS,
  PLACE_NAMED_KINDS,
  POINTING_WORDS,
  SCOPE_PREFIXES,
  WEAK_KINDS,
} from './data/kinds.js';
import { isAllGeneric, isGenericOrgName, kindOf } from './generic.js';
import { tradeIndustryOf } from './industry.js';
import { ambiguousNames, lexiconNames, lexiconPrefixes, lexiconVerbs } from './lexicon.js';
import type { TokenIndex } from './token-index.js';
import { DEPARTMENT_WORD, PLACE_PREPOSITIONS, ROAD_WORDS } from './data/sentence-words.js';
import { APPOSITION_NOUNS, JOINT_ACTION_VERBS, MATCH_WORDS, MEMBERSHIP_VERBS, PARENT_COMPANY } from './data/cues.js';
import { type KindHit, LONG_PHRASE_CHARS, kindAt, kindHits, tokenKind } from './kind-words.js';
import { DIRECTION_REGIONS, HAN_ONLY } from './data/word-classes.js';

/** A verb or a verb used as a noun (合资/vn 建设/vn). */
const VERB_POS = /^(v|vn)$/;

/** POS tags (jieba, ICTCLAS set) of words that can stand inside a name. */
const NAME_PART_POS = /^(ns|nr|nrt|nrfg|nz|nt|n|ng|j|eng|b|vn|an|s|l)$/;
/** Words that make a name distinctive: places, proper nouns, abbreviations, Latin words. */
// Not nr: jieba tags unknown verbs and nouns as person names (荣获/nr), and a person's name
// rarely starts an organisation's.
const DISTINCTIVE_POS = /^(ns|nrt|nz|nt|j|eng)$/;
/** 十大, 一家: a count is not a name, whatever jieba tags it. */
const COUNT = /^[0-9一二三四五六七八九十百千万两几多数]+[大家个项所]?$/;
const HAN = /^[\u4e00-\u9fff]+$/;
const isDistinctive = (t: Token): boolean =>
  (DISTINCTIVE_POS.test(t.pos) || (t.pos === 'x' && HAN.test(t.text))) &&
  !COUNT.test(t.text) &&
  !isGenericOrgName(t.text) &&
  !(t.text.length === 1 && t.pos === 'ns');
/**
 * For a name the model already found, its context has spoken: a person-tagged word (红旗) or
 * a one-character place (北) counts as distinctive too.
 */
const isDistinctiveInFound = (t: Token): boolean => isDistinctive(t) || (/^(nr|nrfg|ns)$/.test(t.pos) && !isGenericOrgName(t.text));
const HAN_OR_LATIN = /^[\u4e00-\u9fffA-Za-z0-9&·]+$/;
const SET_PHRASE_PARTICLE = /[的了着]/u;
const MAX_NAME_CHARS = 16;
/** What a department's name adds to its parent's (公安部 + 经济犯罪侦查 + 局, 国务院 + 发展研究 + 中心). */
const MAX_DEPARTMENT_CHARS = 6;
const MAX_DEPARTMENT_WORDS = 3;
const VERSUS = /^vs\.?$/i;
/** 上半场 | 中国队, 战胜 | 上海申花队: a match's words end a team's name. */
const MATCH_WORD_SET: ReadonlySet<string> = new Set(MATCH_WORDS);
const DATELINE_END = '讯';
const APPOSITION_NOUN_SET: ReadonlySet<string> = new Set(APPOSITION_NOUNS);
/** Verbs of acting together (not 联合, which a name may hold: 中美联合实验室) and of joining a body (加盟). */
const JOINING_VERBS: ReadonlySet<string> = new Set([...JOINT_ACTION_VERBS.filter((v) => v !== '联合'), ...MEMBERSHIP_VERBS]);
/** A level character opens a name only after a word that cannot be part of one (punctuation, a verb). */
const opensName = (prev: Token | undefined): boolean => !prev || !NAME_PART_POS.test(prev.pos) || !HAN_OR_LATIN.test(prev.text);
/** A direction that opens the name it stands in (东方 | 卫视), not one after a noun (城市 | 东方). */
const opensWithDirection = (index: TokenIndex, t: Token): boolean =>
  DIRECTION_REGIONS.has(t.text) && opensName(index.tokens[index.firstFrom(t.start) - 1]);
/** One Han character that jieba could not join to a word (tagged as a morpheme or unknown). */
const isLooseChar = (t: Token | undefined): boolean =>
  !!t && t.text.length === 1 && /^(zg|ng|g|x|tg|vg|ag|dg)$/.test(t.pos) && HAN.test(t.text);
/** A field of work on either side of 和 in a body's name (工业 和 信息化). */
const isField = (t: Token | undefined): boolean => !!t && /^(n|vn|nz|j|l)$/.test(t.pos) && HAN.test(t.text);

/**
 * A department named with its parent as one word (公安部 + 经济犯罪侦查 + 局, one noun to jieba):
 * the parent, a name the lexicon knows, makes the whole distinctive.
 */
const MIN_PARENT_CHARS = 3;
function startsWithParent(head: string): boolean {
  if (head.length <= MIN_PARENT_CHARS) return false;
  return lexiconPrefixes(head).some((m) => m.end >= MIN_PARENT_CHARS && m.end < head.length && !ambiguousNames().has(m.text));
}

/**
 * The word holding the kind is a whole name: an organisation to jieba (nt) with a head of its
 * own that the lexicon knows (渣打银行), or that a national scope opens (中央宣传部, 中央银行);
 * not 建设厅, a field and a kind, which a place or more fields complete (省住房和城乡建设厅).
 */
const isKnownWhole = (t: Token, hit: KindHit): boolean =>
  t.pos === 'nt' && t.start < hit.start && (lexiconNames().has(t.text) || SCOPE_PREFIXES.some((p) => t.text.startsWith(p)));

/** Where the name before a kind word starts, or null when nothing distinctive stands there. */
export function nameStart(text: string, index: TokenIndex, hit: KindHit, entities: Entity[]): number | null {
  const { tokens } = index;
  let i = index.reaching(hit.start);
  // A name jieba knows whole (渣打银行/nt) takes only a place before it (香港 + 渣打银行), not the nouns of the sentence.
  const whole = i >= 0 && isKnownWhole(tokens[i]!, hit);
  let start = hit.start;
  let distinctive = false;
  // The kind may start inside a token (科技局 = 科技 + 局): that token's head is part of the name.
  let joined = false;
  for (; i >= 0; i--) {
    const t = tokens[i]!;
    // 工业和信息化厅, 住房和城乡建设局: a government body's name may join two fields with 和, once; a
    // whole body before 和 is a body of its own (环保局 | 和科技部).
    if (
      !joined &&
      JOINED_NAME_KINDS.has(hit.kind) &&
      /^(和|与)$/.test(t.text) &&
      isField(tokens[i - 1]) &&
      kindOf(tokens[i - 1]!.text) === null &&
      isField(tokens[i + 1])
    ) {
      joined = true;
      start = t.start;
      continue;
    }
    const person = entities.find((e) => e.type === 'PERSON' && e.start <= t.start && t.end <= e.end);
    const place = entities.find((e) => e.type === 'LOC' && e.start <= t.start && t.end <= e.end);
    const ordinal = /^第[一二三四五六七八九十0-9]+$/.test(t.text);
    // jieba splits a name it does not know into single characters (琶 | 洲 | 实验室): two or more in a row are a name of their own.
    const loose = isLooseChar(t) && (isLooseChar(tokens[i - 1]) || isLooseChar(tokens[i + 1]));
    // 布鲁日队 vs 圣埃蒂安队: two names set against each other.
    if (VERSUS.test(t.text) || MATCH_WORD_SET.has(t.text)) break;
    // 会同 | 省住房和城乡建设厅, 加盟 | 凤凰卫视: a verb of acting together or of joining is the sentence's. So is a
    // verb jieba's dictionary calls a noun (中标/n | 西门子集团) before a name's distinctive words; after them it may
    // be the trade (万科 + 置业/n + 有限公司).
    if (JOINING_VERBS.has(t.text) || (distinctive && lexiconVerbs().has(t.text))) break;
    // 本报讯 | 农业银行…支行: a dateline opens the text; the name starts after it.
    if (t.text.endsWith(DATELINE_END) && t.end <= hit.start) break;
    const direction = DIRECTION_REGIONS.has(t.text);
    const opening = opensWithDirection(index, t);
    // 城市 | 东方 | 医院: a locative direction after a noun says where in it.
    if (direction && t.pos === 'f' && !opening) break;
    if (person || !(NAME_PART_POS.test(t.pos) || ordinal || place || loose || direction) || !HAN_OR_LATIN.test(t.text)) break;
    // 值得一提的是/l: a set phrase of the sentence, its particle inside it, opens no name.
    if (t.pos === 'l' && SET_PHRASE_PARTICLE.test(t.text)) break;
    if (hit.end - t.start > MAX_NAME_CHARS) break;
    // A whole organisation before the kind is a parent only when a department's few words follow it
    // (北京大学 + 第一 + 医院); a headline's run of words (东亚银行 | 辟谣财务危机传言 + 港金管局) starts anew.
    if (
      t.end <= hit.start &&
      tokenKind(text, t, tokens[i - 1], tokens[i + 1]) &&
      (hit.start - t.end > MAX_DEPARTMENT_CHARS || hit.start > (tokens[i + MAX_DEPARTMENT_WORDS]?.end ?? Infinity))
    )
      break;
    if (whole && t.end <= hit.start && !(place || /^(ns|nt|j)$/.test(t.pos))) break;
    start = t.start;
    // A name the lexicon knows is distinctive whatever jieba tags it (苹果 | 公司, the head of one token 苹果公司).
    const head = text.slice(t.start, Math.min(t.end, hit.start));
    if (isDistinctive(t) || place || loose || lexiconNames().has(head) || startsWithParent(head)) distinctive = true;
    if (opening) distinctive = true;
  }
  // 历任, 所谓: words before the first distinctive one are the sentence's, not the name's.
  const firstDistinctive = index.within(start, hit.start).find(
    (t) =>
      isDistinctive(t) ||
      (t.start === start && opensWithDirection(index, t)) ||
      SCOPE_PREFIXES.some((p) => t.text.startsWith(p)) ||
      // Only where the name begins: 区 of 南沙区 is the place's, not a level of its own.
      (LEVEL_PREFIXES.includes(t.text) && t.start === start && opensName(tokens[index.firstFrom(t.start) - 1])) ||
      entities.some((e) => e.type === 'LOC' && e.start <= t.start && t.end <= e.end),
  );
  if (firstDistinctive) start = firstDistinctive.start;
  const scoped = [...SCOPE_PREFIXES, ...(LEVEL_PREFIXES.includes(index.startingAt(start)?.text ?? '') ? LEVEL_PREFIXES : [])].find(
    (p) => text.startsWith(p, start) && hit.start - start - p.length >= 2 && !isAllGeneric(text.slice(start + p.length, hit.start)),
  );
  if (scoped) distinctive = true;
  if (start === hit.start || !distinctive) return null;
  // 南京 | 另一家 | 银行, 深市 | 全部 | 上市公司: what points at or counts bodies ends the words before it; so does a
  // noun for what the body is, in apposition before its name (竞争对手 | 宝马汽车公司, 金融机构 | 旅行者集团).
  for (const cut of [
    (t: Token) => POINTING_WORDS.has(t.text) && t.end <= hit.start,
    (t: Token) => APPOSITION_NOUN_SET.has(t.text) && t.end < hit.start,
  ]) {
    const word = index.within(start, hit.start).findLast(cut);
    if (!word) continue;
    // Nothing but generic words after it (上市公司, or nothing at all): no name.
    if (isAllGeneric(text.slice(word.end, hit.start))) return null;
    start = word.end;
  }
  // Leading generic words (该, 一家, 当地) are not part of the name.
  const name = text.slice(start, hit.start);
  let cut = 0;
  // A level character that scopes the name (省 + 住房和城乡建设厅) is part of it.
  const levelScoped = scoped !== undefined && LEVEL_PREFIXES.includes(scoped);
  for (const t of levelScoped ? [] : index.within(start, hit.start)) {
    if (isAllGeneric(text.slice(start, t.end)) && t.end < hit.start) cut = t.end - start;
    else break;
  }
  const s = start + cut;
  if (s >= hit.start || isAllGeneric(name.slice(cut))) return null;
  if (WEAK_KINDS.has(hit.kind) && hit.start - s < 2) return null;
  return s;
}

/** A word that ends with a street's word, the end of an address (林和西 + 路, 南京东路, 中关村 | 大街). */
const ROAD = new RegExp(`(${ROAD_WORDS.join('|')})$`, 'u');
/**
 * A name read back from its kind to the start of an address (广州市林和西路 | 广州体育学院): a body's name
 * holds no street; it begins after the last one (a name with its place keeps the place, 广州体育学院).
 */
function afterAddress(index: TokenIndex, start: number, kindStart: number): number {
  const road = index.within(start, kindStart).findLast((t) => ROAD.test(t.text) && /^(ns|n|nr|nz)$/.test(t.pos) && t.end < kindStart);
  return road && kindStart - road.end >= 2 ? road.end : start;
}

/** Candidate organisations read off the structure of the text. */
export function structuralCandidates(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const hit of kindHits(text, index.tokens)) {
    const found = nameStart(text, index, hit, entities);
    if (found === null) continue;
    const s = afterAddress(index, found, hit.start);
    // Only a department's kind may follow a whole organisation (国务院 + 政府特殊津贴 is no name).
    if (!DEPARTMENT_KINDS.has(hit.kind) && entities.some((e) => e.type === 'ORG' && e.start >= s && e.end === hit.start)) continue;
    const name = text.slice(s, hit.end);
    // Google | 母公司 | Alphabet: the parent of a company named before the word, no name of one.
    if (isGenericOrgName(name) || name.endsWith(PARENT_COMPANY)) continue;
    // 在福建 | 合资建设 | 炼油厂: a place after a preposition, then a verb phrase, says where something is done (建设银行 the lexicon knows).
    if (
      PLACE_PREPOSITIONS.test(text.slice(0, s)) &&
      index
        .within(s, hit.start)
        .slice(1)
        .some((t) => VERB_POS.test(t.pos)) &&
      !lexiconNames().has(name)
    )
      continue;
    out.push({ type: 'ORG', text: name, start: s, end: hit.end, score: 0.6, source: 'structure' });
  }
  return out;
}

/**
 * 部门 is the generic word for a department (监管部门, 有关部门, 税务部门): a name ending with it
 * names one only through what stands before it, a place, a proper noun or a body (广州市物价部门,
 * 美国国防部反导部门); not a field's abbreviation (民航部门, 住保部门).
 */
export function namesADepartment(text: string, e: Entity, index: TokenIndex, entities: Entity[]): boolean {
  const head = e.end - DEPARTMENT_WORD.length;
  return index.within(e.start, head).some(
    (t) =>
      // An abbreviation before 部门 is of a field of work (民航 | 部门, 住保 | 部门), unless the lexicon knows it as a body.
      (isDistinctiveInFound(t) && t.pos !== 'j') ||
      lexiconNames().has(t.text) ||
      entities.some((o) => o !== e && (o.type === 'LOC' || o.type === 'ORG') && o.start <= t.start && t.end <= o.end),
  );
}

/**
 * A government is named by its place (江苏省 + 人民政府); 强势政府 and 片面强调 + 政府 name none. A
 * place jieba does not know comes out as a person's name (施 | 罗普郡), an unknown word
 * (圣埃蒂安/x) or, before a level, as anything at all (戴 | 窑 + 镇政府).
 */
function isNamedByPlace(text: string, inner: Token[], kindStart: number, start: number, entities: Entity[]): boolean {
  // 自治区 + 人民政府 names a tier, not a place: a level word alone is no place's name.
  const head = text.slice(start, kindStart);
  if (GOVERNMENT_LEVELS.includes(text[kindStart - 1] ?? '-') && kindStart - 1 > start && !ADMIN_TIERS.has(head)) return true;
  return inner.some(
    (t) =>
      t.start < kindStart &&
      (/^(ns|nr|nrt|nrfg)$/.test(t.pos) ||
        (t.pos === 'x' && HAN.test(t.text)) ||
        entities.some((o) => o.type === 'LOC' && o.start <= t.start && t.end <= o.end)),
  );
}

/** A body's name in one word: a field and its kind at least (文化部); 西部 and 中队 are a direction and a unit. */
const PARENT_BODY_MIN_CHARS = 3;

/**
 * A name that ends with a kind needs a distinctive part before it: a place, a proper noun,
 * an abbreviation, a Latin word (社区卫生服务中心, 利益集团 name no one organisation). A
 * single word that jieba's dictionary knows as an organisation (nt) is one as it stands.
 */
export function hasDistinctivePart(text: string, e: Entity, index: TokenIndex, entities: Entity[]): boolean {
  const inner = index.within(e.start, e.end);
  const last = inner.at(-1);
  const lastKind = last ? kindAt(text, index.tokens, index.firstFrom(e.start) + inner.length - 1) : null;
  if (!last || last.end !== e.end || !lastKind) return true;
  const kindStart = e.end - lastKind.length;
  // One word jieba's dictionary holds whole: an organisation (nt), or a long set phrase (人事部人事考试中心/l).
  if (inner.length === 1 && (last.pos === 'nt' || (last.pos === 'l' && last.text.length >= LONG_PHRASE_CHARS))) return true;
  if (PLACE_NAMED_KINDS.has(lastKind)) return isNamedByPlace(text, inner, kindStart, e.start, entities);
  const head = e.text.slice(0, e.text.length - lastKind.length);
  if (lexiconNames().has(head)) return true;
  // 现代 | 汽车 | 公司: a trade name the lexicon knows and its industry word before the kind, a registered name's parts.
  const trade = tradeIndustryOf(head);
  if (trade && lexiconNames().has(head.slice(0, head.length - trade.length))) return true;
  // 国家统计局 is a name; 国际科技创新中心 is a designation: the words between scope and kind decide.
  const levelled = LEVEL_PREFIXES.includes(inner[0]?.text ?? '') ? LEVEL_PREFIXES : [];
  const scope = [...SCOPE_PREFIXES, ...levelled].find((p) => e.text.startsWith(p) && e.text.length - p.length - lastKind.length >= 2);
  // A national body named by its field is a name (中国房地产协会, 中国银行业协会); a centre so named
  // is a designation a place builds (国际科技创新中心).
  if (scope) return !isAllGeneric(e.text.slice(scope.length, e.text.length - lastKind.length)) || !DESIGNATION_KINDS.has(lastKind);
  // 工业和信息化部, 住房和城乡建设厅: a body whose name joins two fields with 和 is that one body, not a kind of one.
  if (JOINED_NAME_KINDS.has(lastKind) && inner.some((t, k) => /^(和|与)$/.test(t.text) && isField(inner[k - 1]) && isField(inner[k + 1])))
    return true;
  // jieba glued the word before to the name's start (向国强/x | 公益基金会): the name's part of a word
  // jieba does not know is a word of its own.
  const crossing = index.tokens[index.reaching(e.start + 1)];
  if (
    crossing &&
    crossing.start < e.start &&
    crossing.pos === 'x' &&
    crossing.end - e.start >= 2 &&
    crossing.end <= kindStart &&
    HAN_ONLY.test(text.slice(e.start, crossing.end))
  )
    return true;
  return inner.some(
    (t, k) =>
      isDistinctiveInFound(t) ||
      (k === 0 && t.start === e.start && DIRECTION_REGIONS.has(t.text)) ||
      (t.start < kindStart && startsWithParent(text.slice(t.start, Math.min(t.end, kindStart)))) ||
      // A whole body before the department's kind (文化部 | 网络游戏管理 | 办公室): the department is that body's.
      (t.end <= kindStart && t.text.length >= PARENT_BODY_MIN_CHARS && kindOf(t.text) !== null && !isGenericOrgName(t.text)) ||
      (isLooseChar(t) && (isLooseChar(inner[k - 1]) || isLooseChar(inner[k + 1]))) ||
      entities.some((o) => o.type === 'LOC' && o.start <= t.start && t.end <= o.end),
  );
}

/** How sure the model must be of a name for the structure step to leave what stands before it alone. */
const SURE_STRUCTURE_HEAD = 0.9;

/**
 * A name read back from its kind over more than places before a name the model is sure of, ending
 * where it ends (产品管理人为 | 兴业银行, 毛竹事件 | 建设部, 海南超额完成 | 人民日报): the words before are the
 * sentence's. A place before it (广州 | 南沙区人民政府) is the name's prefix still.
 */
export function extendsSureNameOverWords(cand: Entity, entities: readonly Entity[], index: TokenIndex): boolean {
  const sure = entities.find(
    (e) => e.type === 'ORG' && e.source === 'model' && e.score >= SURE_STRUCTURE_HEAD && e.end === cand.end && e.start > cand.start,
  );
  if (!sure) return false;
  const before = index.within(cand.start, sure.start);
  const placesOnly =
    before.length > 0 && before[0]!.start === cand.start && before.at(-1)!.end === sure.start && before.every((t) => t.pos === 'ns');
  return !placesOnly;
}
