/**
 * Organisations found the way a reader finds them: the model's names, repaired and completed
 * with what the project knows (the lexicon) and what the article itself says (the
 * [place][name][kind] structure of names, Latin-script names, coordinated lists, short forms
 * of full names). A pure function of the text, its tokens and the model's entities.
 */
import type { Entity, Token } from '../../record/schema.js';
import { isAbbreviation, wordsIn } from './aliases.js';
import { coordinatedCandidates, cuedMembers, lists, membersBeside } from './coordination.js';
import { isGenericOrgName, kindOf } from './generic.js';
import { isEnglishFragment, isUrlPart, isGlossOfNonOrg, isPlaceOrProductWord, latinCandidates, latinCaseVariants } from './latin.js';
import { GROUP_WORDS, lexiconMatches, lexiconNames, lexiconTradeNames } from './lexicon.js';
import { EVENT_ENDINGS, SCOPE_PREFIXES, VENUE_ENDINGS } from './data/kinds.js';
import { EVERYDAY_WORD_POS } from './data/word-classes.js';
import { COUNT_NUMERALS, DEPARTMENT_WORD, MARKET, THING_CLASSIFIERS, WITHHELD } from './data/sentence-words.js';

import { NAME_TYPES, contains, joinPlacePrefixes, overlaps, placeOrg, retypeOrPlace } from './spans.js';
import { hasDistinctivePart, namesADepartment, structuralCandidates } from './structure.js';
import { completeKind, trimRunOn, withBracketedPlace } from './kind-edges.js';
import { TokenIndex } from './token-index.js';
import { titledPersons, withoutRole } from './roles.js';
import { splitAtBrackets, splitAtDash, trimModelRunOn } from './run-ons.js';
import { namedBodyCandidates, periodicalCandidates, quotedNameCandidates, withoutTitleMarks } from './titles.js';
import { endAtWord } from './word-end.js';
import { withoutDepartmentDescription, withoutSentenceEdges } from './sentence-edges.js';
import { bareNameCandidates, latinBareNameCandidates } from './bare-names.js';
import { completeIndustry, placeIndustryCandidates } from './industry.js';
import { UNSURE_MODEL_SCORE, isVouchedFor } from './vouching.js';
import { lexiconStep } from './lexicon-step.js';
import { playsAMatch, teamCandidates } from './teams.js';
import { stockCodeCandidates } from './stock-codes.js';
import { declaredShortFormCandidates } from './declared-short-forms.js';
import { outletCandidates } from './outlets.js';
import { withParallelKinds } from './parallel-kinds.js';
import { companyCueRetypes, placeTradeNameCandidates } from './company-cues.js';
import { HELD_UNDER } from './data/cues.js';

export { collectOrganizations } from './collect.js';

const bySpan = (a: Entity, b: Entity): number => a.start - b.start || a.end - b.end;

/** 广州-深圳-香港: places joined by dashes, not a name. */
const JOINED_PLACES = /^[\u4e00-\u9fff]+([-—–~/][\u4e00-\u9fff]+)+$/;

function cleanModelNames(entities: Entity[]): Entity[] {
  return entities.filter((e) => {
    if (!NAME_TYPES.has(e.type)) return true;
    if (isEnglishFragment(e)) return false;
    if (e.type !== 'ORG') return true;
    if (isGenericOrgName(e.text)) return false;
    return !(JOINED_PLACES.test(e.text) && !kindOf(e.text));
  });
}

function repairBoundaries(text: string, entities: Entity[], index: TokenIndex): Entity[] {
  let out = entities
    .flatMap((whole) => (whole.type === 'ORG' ? splitAtDash(text, whole) : [whole]))
    .flatMap((e) => {
      if (e.type !== 'ORG') return [e];
      const titled = withoutTitleMarks(text, e);
      const edged = titled && withoutSentenceEdges(text, titled, index);
      const named =
        edged && withoutRole(text, endAtWord(text, trimModelRunOn(text, withoutDepartmentDescription(text, edged, index)), index));
      // Completing a kind can reach into a paired body (南京市委市 | 政府), so run-ons are trimmed again after it.
      if (!named) return [];
      const whole = trimModelRunOn(text, completeKind(text, completeIndustry(text, trimRunOn(text, named, index), index), index));
      return splitAtBrackets(text, withBracketedPlace(text, whole, index), index);
    });
  // An extension may now overlap the next name: keep the earlier, longer one. A figure the model
  // read inside a name (第八届 of 第八届全国人民代表大会常务委员会) is part of the name, as placeOrg has it.
  let reach = -1;
  const names = out
    .filter((e) => NAME_TYPES.has(e.type))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((e) => {
      const keep = reach <= e.start;
      reach = Math.max(reach, e.end);
      return keep;
    });
  const orgs = names.filter((e) => e.type === 'ORG');
  const others = out.filter((e) => !NAME_TYPES.has(e.type) && !orgs.some((o) => contains(o, e) && o.end - o.start > e.end - e.start));
  out = [...names, ...others].sort(bySpan);
  return joinPlacePrefixes(text, out);
}

/** Places and persons, and words the model left untyped, that abbreviate an organisation named in full. */
function shortFormCandidates(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  const fulls = [...new Map(entities.filter((e) => e.type === 'ORG' && e.text.length >= 4).map((e) => [e.text, e])).values()];
  if (fulls.length === 0) return [];
  const out: Entity[] = [];
  const consider = (start: number, end: number): void => {
    const s = text.slice(start, end);
    if (fulls.some((f) => isAbbreviation(s, f.text, wordsIn(index, f.start, f.end)))) {
      out.push({ type: 'ORG', text: s, start, end, score: 0.6, source: 'alias' });
    }
  };
  // A two-character place or person is too often a name of its own (法国) to retype.
  for (const e of entities) if ((e.type === 'LOC' || e.type === 'PERSON') && e.end - e.start >= 3) consider(e.start, e.end);
  // Untyped words only when jieba marks them as abbreviations (j): 中文 is no short form of anything.
  for (const t of index.tokens) if (t.pos === 'j' && t.text.length >= 2) consider(t.start, t.end);
  return out;
}

/** The steps in their order; each can be left out (`skip`) to measure what it brings. */
export const ORG_STEPS = [
  'clean',
  'boundaries',
  'lexicon',
  'structure',
  'latin',
  'titles',
  'stock-codes',
  'outlets',
  'company-cues',
  'lists',
  'short-forms',
  'final-check',
] as const;
export type OrgStep = (typeof ORG_STEPS)[number];

export function refineOrganizations(
  text: string,
  tokens: Token[],
  modelEntities: Entity[],
  skip: ReadonlySet<OrgStep> = new Set(),
): Entity[] {
  const on = (step: OrgStep): boolean => !skip.has(step);
  const index = new TokenIndex(tokens);
  let entities = [...modelEntities].sort(bySpan);
  if (on('clean')) entities = cleanModelNames(entities);
  if (on('boundaries')) entities = repairBoundaries(text, entities, index);
  if (on('lexicon')) entities = lexiconStep(text, index, entities);
  if (on('structure')) {
    for (const c of structuralCandidates(text, index, entities)) {
      const cand = trimModelRunOn(text, c);
      // 省应急管理厅 | 会同 | 省气象局 (会同 a noun to jieba, and a county): two of the model's bodies are two names.
      if (entities.filter((e) => e.type === 'ORG' && contains(cand, e)).length >= 2) continue;
      // A place the model read off a name that ends with an organisation's kind (…实验室 as LOC): the kind decides.
      const samePlace = entities.some((e) => e.type === 'LOC' && e.start === cand.start && e.end === cand.end);
      entities = samePlace ? retypeOrPlace(entities, cand) : placeOrg(entities, cand);
    }
    for (const c of placeIndustryCandidates(text, index, entities)) entities = placeOrg(entities, c);
    for (const c of teamCandidates(text, index)) entities = placeOrg(entities, c);
  }
  if (on('latin')) {
    // A cue the model cannot weigh (RockResorts的创始人) outranks its guess of a person or place on the same span; a lexicon name does not (Ford).
    // A name of several Latin words (Harvard University) holds a person the model read in it (Harvard).
    for (const c of latinCandidates(text)) {
      const several = c.text.includes(' ');
      entities = c.source === 'latin' ? retypeOrPlace(entities, c, several) : placeOrg(entities, c, several);
    }
    for (const c of latinCaseVariants(text, entities)) entities = retypeOrPlace(entities, c);
  }
  if (on('titles')) {
    for (const c of periodicalCandidates(text)) entities = placeOrg(entities, c);
    for (const c of quotedNameCandidates(text, index)) entities = placeOrg(entities, c);
    for (const c of namedBodyCandidates(text, index)) entities = retypeOrPlace(entities, c, true);
  }
  if (on('stock-codes')) for (const c of stockCodeCandidates(text, index, entities)) entities = retypeOrPlace(entities, c, true);
  if (on('outlets')) for (const c of outletCandidates(text, index)) entities = retypeOrPlace(entities, c);
  if (on('company-cues')) {
    entities = companyCueRetypes(text, index, entities);
    for (const c of placeTradeNameCandidates(text, index, entities)) entities = placeOrg(entities, c);
  }
  if (on('lists')) {
    for (const c of coordinatedCandidates(text, tokens, entities)) entities = retypeOrPlace(entities, c.entity, c.overPersons);
    entities = withParallelKinds(text, index, entities);
  }
  if (on('short-forms')) {
    for (const c of shortFormCandidates(text, index, entities)) entities = retypeOrPlace(entities, c);
    for (const c of bareNameCandidates(text, index, entities)) entities = retypeOrPlace(entities, c);
    for (const c of latinBareNameCandidates(entities)) entities = retypeOrPlace(entities, c, true);
    for (const c of declaredShortFormCandidates(text, index, entities)) entities = retypeOrPlace(entities, c, true);
  }
  return on('final-check') ? finalCheck(text, index, titledPersons(text, index, entities)) : entities;
}

/**
 * A count before 大 and a noun (三大运营商, 四大银行, 三大法宝) names a set of things, not an
 * organisation. A numbered 大 alone (十五大, 二十大) is a party congress, which MSRA tags as an
 * organisation, and a place may start so (五大连池, a word of its own to jieba): both stay.
 */
const COUNTED = new RegExp(`^[${COUNT_NUMERALS}]+大(?=.)`, 'u');
function isCounted(e: Entity, index: TokenIndex): boolean {
  return COUNTED.test(e.text) && index.startingAt(e.start)?.pos !== 'ns';
}

/**
 * A name of common words before its kind (南方 + 科技 + 大学, 平安 + 银行) that the model is all but
 * certain of is one: it has read the name in its context, and only generic modifiers (checked
 * apart) make such a name generic. Not one opened by a scope (国际科技创新中心 is a designation:
 * hasDistinctivePart weighs the words between scope and kind).
 */
const SURE_MODEL_SCORE = 0.98;
const isSureModelName = (e: Entity): boolean =>
  e.source === 'model' && e.score >= SURE_MODEL_SCORE && !SCOPE_PREFIXES.some((p) => e.text.startsWith(p));

/**
 * A measure word for things right before a name (几副 | 春联, 这些 | 春联) makes it a thing: a
 * body is counted with 家, 所 or 个, never with 副 or 张.
 */
function afterThingClassifier(text: string, e: Entity, index: TokenIndex): boolean {
  const before = index.tokens[index.endingAt(e.start)];
  // The name must end its noun phrase: 一张 | 联合国 | 公文纸, 一架 | 俄罗斯空军 | a-50 and 300艘 |
  // 革命卫队海军 | 的舰艇 count what the name qualifies. 第五条 numbers an article, not things.
  const next = index.startingAt(e.end);
  const heads = !next || /^[\p{P}\s]/u.test(next.text) || /^(d|v|p|c|y)$/.test(next.pos);
  return !!before && heads && !before.text.startsWith('第') && THING_CLASSIFIERS.has(before.text.at(-1)!) && /^(q|m|r)$/.test(before.pos);
}

/** A place's market (美国市场, 中国市场) is where things sell, no body; an exchange (…交易市场) or a bloc (南方共同市场) is named otherwise. */
const PLACE_LIKE = /^[\u4e00-\u9fff]{1,4}[国省市县州洲]$/u;
function isAPlacesMarket(e: Entity, index: TokenIndex): boolean {
  if (!e.text.endsWith(MARKET)) return false;
  // jieba may hold the whole as one word (美国市场/nt): then the head's own ending says it is a place.
  if (PLACE_LIKE.test(e.text.slice(0, -MARKET.length))) return true;
  const head = index.within(e.start, e.end - MARKET.length);
  return head.length === 1 && head[0]!.pos === 'ns' && head[0]!.end === e.end - MARKET.length;
}

/**
 * Steps whose names the text itself vouches for, so they need no distinctive word: a list's members,
 * quoted full names, an outlet before a source cue, a name owning what only a company has.
 */
const SPEAKING_SOURCES: ReadonlySet<string> = new Set(['list', 'quoted', 'outlet', 'company-cue']);

/** A body another holds (旗下的 | 蚂蚁集团) is named, when its own kind says it is a body. */
const heldByAnother = (text: string, e: Entity): boolean => kindOf(e.text) !== null && HELD_UNDER.some((c) => text.endsWith(c, e.start));

/** A company the lexicon knows, named by its trade name and another group word (联想 of 联想集团, + 控股). */
const namedByTradeName = (e: Entity): boolean => {
  const group = GROUP_WORDS.exec(e.text);
  return !!group && lexiconTradeNames().has(e.text.slice(0, e.text.length - group[1]!.length));
};

/** One everyday word (技术, 工会, 芝麻) is no name unless the lexicon knows it as one (小米). */
const EVERYDAY_WORD_MIN_SCORE = 0.9;
/** jieba's dictionary also holds whole names as plain nouns (公安部经济犯罪侦查局/n): a word that long is no everyday word. */
const EVERYDAY_WORD_MAX_CHARS = 5;

/** Whatever step an organisation came from, a generic one, or one with nothing distinctive, goes. */
function finalCheck(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  const lexicon = new Set(
    lexiconMatches(
      entities
        .filter((e) => e.type === 'ORG')
        .map((e) => e.text)
        .join('\n'),
    ).map((m) => m.text),
  );
  const isEverydayWord = (m: { start: number; end: number }): boolean => {
    const w = index.startingAt(m.start);
    return !!w && w.end === m.end && w.text.length <= EVERYDAY_WORD_MAX_CHARS && EVERYDAY_WORD_POS.test(w.pos);
  };
  const found = lists(text, index.tokens);
  // A word for organisations after a list speaks for an everyday word among its members (网易、搜狐和新浪三大门户网站).
  const cued = cuedMembers(text, index.tokens, found);
  // A member beside two organisations needs no distinctive word of its own.
  const orgMemberOf =
    (among: readonly Entity[]) =>
    (m: { start: number; end: number }): boolean =>
      among.some((e) => e.type === 'ORG' && e.start === m.start && e.end === m.end);
  const listed = membersBeside(found, orgMemberOf(entities));
  // The list step's own guesses do not count here: they followed the very members judged.
  const judged = entities.filter((e) => e.source !== 'list');
  const amongThings = membersBeside(found, (m) => isEverydayWord(m) && !judged.some((e) => NAME_TYPES.has(e.type) && overlaps(e, m)));
  // 民政局、工商行政管理系统、电信局、卫生局: beside two bodies named by their kind alone, a member names a kind of body
  // too (what a list joins is of one kind); one beside a single such body may be a place's (布拖县委、县政府).
  const amongKinds = membersBeside(found, (m) => isGenericOrgName(text.slice(m.start, m.end)));
  const kept = entities.filter((e) => {
    if (e.type !== 'ORG' || lexicon.has(e.text)) return true;
    // After the boundaries are repaired (AoA角 -> AoA): a model's Latin name inside a URL, or glossing a term that is no organisation.
    // (A Han name after a list number, 7.维拉, is no URL part.)
    if (e.source === 'model' && (isUrlPart(text, e) || isGlossOfNonOrg(text, e, entities))) return false;
    if (isPlaceOrProductWord(text, e) || isAPlacesMarket(e, index)) return false;
    // 某 marks a name withheld (四川某研究所, 某 + 中医专科医院): no organisation is named.
    if (e.text.includes(WITHHELD) || text[e.start - 1] === WITHHELD) return false;
    if (VENUE_ENDINGS.some((v) => e.text.endsWith(v)) || EVENT_ENDINGS.some((v) => e.text.endsWith(v))) return false;
    if (isCounted(e, index)) return false;
    // 监管部门, 住房保障部门: a generic department, however sure the model is; 广州市物价部门 names the city's.
    if (e.text.endsWith(DEPARTMENT_WORD) && !namesADepartment(text, e, index, entities)) return false;
    // A model name that ends with a kind is a body whatever is counted: 一条 | 建设银行扣除年费的 | 短信.
    if (afterThingClassifier(text, e, index) && (e.source !== 'model' || kindOf(e.text) === null)) return false;
    // Unless the model is sure of it (首钢), an everyday word alone is no name; 苹果公司 is one noun
    // to jieba, but its head is a name the lexicon knows. Listed among everyday words (马铃薯、
    // 蚕豆、橘子) it is one of them, however sure the model is.
    const kind = kindOf(e.text);
    const knownHead = kind !== null && lexiconNames().has(e.text.slice(0, e.text.length - kind.length));
    if (amongKinds.has(`${e.start}:${e.end}`) && e.score < SURE_MODEL_SCORE && !knownHead) return false;
    // A source cue vouches for an outlet's name however everyday its words (人民网 | 记者), a match for a team's (勇士队),
    // the text's own naming for a body's (名为“天一”的公司).
    if (
      e.source !== 'outlet' &&
      e.source !== 'quoted' &&
      !playsAMatch(text, e) &&
      isEverydayWord(e) &&
      ((e.score < EVERYDAY_WORD_MIN_SCORE && !knownHead && !cued.has(`${e.start}:${e.end}`)) || amongThings.has(`${e.start}:${e.end}`))
    )
      return false;
    return (
      !isGenericOrgName(e.text) &&
      (SPEAKING_SOURCES.has(e.source) ||
        listed.has(`${e.start}:${e.end}`) ||
        isSureModelName(e) ||
        playsAMatch(text, e) ||
        heldByAnother(text, e) ||
        namedByTradeName(e) ||
        hasDistinctivePart(text, e, index, entities))
    );
  });
  // Only names that stand vouch for an unsure one (a generic 星河研究院 dropped above vouches for no conjunct).
  const vouchers = { listedBesideOrg: membersBeside(found, orgMemberOf(kept), 1), entities: kept };
  return kept.filter(
    (e) =>
      e.type !== 'ORG' ||
      lexicon.has(e.text) ||
      e.source !== 'model' ||
      e.score >= UNSURE_MODEL_SCORE ||
      isVouchedFor(text, e, index, vouchers),
  );
}
