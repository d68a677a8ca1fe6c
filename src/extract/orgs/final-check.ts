/**
 * The last look at every organisation, whatever step it came from: a generic one, one with
 * nothing distinctive, one that is a place's market, a thing counted or an event goes; an unsure
 * model name stays only when something in the text vouches for it.
 */
import type { Entity, Token } from '../../record/schema.js';
import { cuedMembers } from './coordination.js';
import { lists, membersBeside } from './lists.js';
import { isAllGeneric, isGenericOrgName, isNationalCompany, kindOf } from './generic.js';
import { INDUSTRY_WORDS } from './data/industries.js';
import { isGlossOfNonOrg, isMannerName, isPlaceOrProductWord, isUrlPart, mannerAcronyms } from './latin.js';
import { GROUP_WORDS, lexiconMatches, lexiconNames, lexiconTradeNames, lexiconWorks } from './lexicon.js';
import {
  ADMIN_FIELDS,
  COMPANY_CLASS_HEADS,
  COMPANY_KINDS,
  COUPLET_WORDS,
  EVENT_ENDINGS,
  EXPEDITION_ENDINGS,
  FUND_PRODUCT_ENDINGS,
  MACHINE_ENDINGS,
  COMPANY_REGIONS,
  TROUPES_TOGETHER,
  SCOPE_PREFIXES,
  VENUE_ENDINGS,
} from './data/kinds.js';
import { EVERYDAY_WORD_POS } from './data/word-classes.js';
import { LEGAL_FORMS, SITE_WORD as SITE } from './data/industries.js';
import {
  ALLY_OPENERS,
  ALLY_VERB,
  ATTEND_VERBS,
  COUNT_NUMERALS,
  DEPARTMENT_WORD,
  DOCTRINE_SUFFIX,
  EACH_OF_A_KIND,
  MARKET,
  PROGRAMME_WORDS,
  ROAD_WORDS,
  BROADCASTER_END,
  SCHOOL_LEVELS,
  SECTOR_WORDS,
  SEXAGENARY_YEAR,
  THING_CLASSIFIERS,
  WITHHELD,
  PLACEHOLDER_NAME,
} from './data/sentence-words.js';
import { HELD_UNDER, LED_LIKE_COMPANIES, PARENT_COMPANY } from './data/cues.js';
import { isMakeAndCode, isMakersDescription, isMakersLetteredModel } from './makes.js';
import { cueAt } from './cue-after.js';
import { namesAThing } from './named-bodies.js';
import { countedClasses, isNoBodyByItsSurroundings } from './surroundings.js';
import { NAME_TYPES, overlaps } from './spans.js';
import { hasDistinctivePart, namesADepartment } from './structure.js';
import type { TokenIndex } from './token-index.js';
import { UNSURE_MODEL_SCORE, isSure, isVouchedFor } from './vouching.js';
import { endsAPlacedName, isTaskTeam, playsAMatch } from './teams.js';
import { plantFacilities } from './facilities.js';
import { PLACE_COMPANY_ENDINGS, isPlaceWord, isPlacesCompany, wordTags } from './place-words.js';

/**
 * A count before 大 and a noun (三大运营商, 四大银行, 三大法宝) names a set of things, not an
 * organisation. A numbered 大 alone (十五大, 二十大) is a party congress, which MSRA tags as an
 * organisation, and a place may start so (五大连池, a word of its own to jieba): both stay.
 */
const COUNTED = new RegExp(`^[${COUNT_NUMERALS}]+大(?=.)`, 'u');
/** A count of countries (八国, 四国) opening a name with no kind: the countries' joint something (八国 | 联兵), no body (八国集团 is one). */
const COUNTED_COUNTRIES = new RegExp(`^[${COUNT_NUMERALS}0-9０-９]+国`, 'u');
function isCounted(e: Entity, index: TokenIndex): boolean {
  if (COUNTED.test(e.text) && index.startingAt(e.start)?.pos !== 'ns') return true;
  if (COUNTED_COUNTRIES.test(e.text) && kindOf(e.text) === null) return true;
  // 北京 | 四大商业中心, 中国 | 四大银行: a place's set.
  const first = index.startingAt(e.start);
  return !!first && first.pos === 'ns' && first.end < e.end && COUNTED.test(e.text.slice(first.end - e.start)) && index.startsAt(first.end);
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

/** The jieba words that make up a name's text before its ending, exactly (none cut at either edge), or null. */
function wordsBefore(e: Entity, index: TokenIndex, ending: string): Token[] | null {
  const head = index.within(e.start, e.end - ending.length);
  return head.length > 0 && head[0]!.start === e.start && head.at(-1)!.end === e.end - ending.length ? head : null;
}

/**
 * 一家法国石油公司, 一间印度工程公司, 一家外贸公司: a body the text only describes, by a place and its
 * trade or by its trade alone, after a count of one; 一家名为X的公司 and 一家美国公司Y name theirs elsewhere.
 */
const ONE_OF_A_KIND = /一[家间所个]$/u;
/** Words that describe a trade, not name a body (石油, 工程, 外贸). */
const COMMON_WORD = /^(n|vn|b)$/;
function isIndefiniteClass(text: string, e: Entity, index: TokenIndex): boolean {
  if (!ONE_OF_A_KIND.test(text.slice(Math.max(0, e.start - 2), e.start))) return false;
  const kind = kindOf(e.text);
  if (!kind) return false;
  const head = index.within(e.start, e.end - kind.length);
  // jieba may hold trade and kind as one word (外贸公司/nt): read alone, common words are a trade, no name.
  if (head.length === 0) {
    const whole = index.within(e.start, e.end);
    if (whole.length === 1 && whole[0]!.start === e.start && whole[0]!.end === e.end && e.text.length > kind.length) {
      return wordTags(e.text.slice(0, -kind.length)).every((t) => COMMON_WORD.test(t.tag));
    }
  }
  if (head.length === 0 || head[0]!.start !== e.start) return false;
  // jieba may tag a country by its context: read alone, its dictionary decides (it holds 乌克兰 as a
  // person's name, so 一家乌克兰公司 is left as the model reads it; the project has no gazetteer).
  return (head[0]!.pos === 'ns' || isPlaceWord(head[0]!.text)) && head.slice(1).every((t) => COMMON_WORD.test(t.pos));
}

/** 与德皇联盟，, 也和俄国联盟，: allying with one country or person, the clause's verb; a bloc is named otherwise (欧洲联盟 the lexicon knows). */
function isAllying(text: string, e: Entity, index: TokenIndex): boolean {
  if (!e.text.endsWith(ALLY_VERB) || !ALLY_OPENERS.test(text.slice(0, e.start)) || !/^[，。；！？]/u.test(text[e.end] ?? '')) return false;
  const head = wordsBefore(e, index, ALLY_VERB);
  return head?.length === 1 && /^(ns|nr|nrt|x)$/.test(head[0]!.pos);
}

/**
 * A place and 中心 alone (广州市中心, 奥斯陆市 | 中心): the middle of the town, no body; a field or a
 * kind between names one (上海市中心医院). A place and 厅 alone (辽宁 | 厅) is a hall named for it, as
 * in a congress hall; a department names its field (辽宁省教育厅). A place and 组织 is the place
 * organising something (北京市 | 组织/v 实施, 加拿大 | 组织 | 保皇会), and a place and 工厂 a plant there
 * (美国肯塔基州 | 工厂): a body is named by more than where it is (世界卫生组织, 伊孜玛什兵工厂). A place and
 * 公司, 企业, 乐队 or 球队 alone is a company, a band or a team from there (一家美国公司, 日本乐队), none named.
 */
const PLACE_ONLY_ENDINGS = ['中心', '厅', '组织', '工厂', ...PLACE_COMPANY_ENDINGS];
function isAPlaceAndEnding(e: Entity, index: TokenIndex): boolean {
  const ending = PLACE_ONLY_ENDINGS.find((w) => e.text.endsWith(w) && e.text.length > w.length);
  if (!ending) return false;
  const head = wordsBefore(e, index, ending);
  if (head && !head.every((t) => t.pos === 'ns')) return false;
  if (PLACE_COMPANY_ENDINGS.includes(ending)) return isPlacesCompany(e.text);
  return !!head;
}

/**
 * 山海关, one place to jieba, holds a kind (海关) only by its letters: before the kind stands one
 * character, no place of its own (沈阳军区, one place-word too, is 沈阳's command).
 */
function isOnePlaceWord(e: Entity, index: TokenIndex): boolean {
  const w = index.startingAt(e.start);
  const kind = kindOf(e.text);
  return e.source === 'structure' && !!w && w.end === e.end && w.pos === 'ns' && !!kind && e.text.length - kind.length === 1;
}

/**
 * Steps whose names the text itself vouches for, so they need no distinctive word: a list's members,
 * quoted full names, an outlet before a source cue, a name owning what only a company has, a unit's number (731部队).
 */
const SPEAKING_SOURCES: ReadonlySet<string> = new Set(['list', 'quoted', 'outlet', 'company-cue', 'numbered-unit']);

/** Steps whose names the text itself gives, however everyday their words: an outlet before a source cue, a quoted or so-named body. */
const TEXT_NAMED_SOURCES: ReadonlySet<string> = new Set(['outlet', 'quoted']);

/** A body another holds (旗下的 | 蚂蚁集团) is named, when its own kind says it is a body. */
const heldByAnother = (text: string, e: Entity): boolean => kindOf(e.text) !== null && HELD_UNDER.some((c) => text.endsWith(c, e.start));

/** A body that holds another (蚂蚁集团 | 旗下的), when its own kind says it is a body. */
const holdsAnother = (text: string, e: Entity): boolean => kindOf(e.text) !== null && HELD_UNDER.some((c) => text.startsWith(c, e.end));

/** A company the lexicon knows, named by its trade name and another group word (联想 of 联想集团, + 控股). */
const namedByTradeName = (e: Entity): boolean => {
  const group = GROUP_WORDS.exec(e.text);
  return !!group && lexiconTradeNames().has(e.text.slice(0, e.text.length - group[1]!.length));
};

/**
 * A company whose trade name the article names on its own, as a name it is sure of (春秋航空公司
 * beside 春秋航空 | 董事长): the words before its legal form are distinctive there, whatever jieba
 * reads them as (春秋, a time word).
 */
function namedByArticleTradeName(e: Entity, entities: readonly Entity[]): boolean {
  const form = LEGAL_FORMS.find((f) => e.text.endsWith(f) && e.text.length > f.length + 1);
  if (!form) return false;
  const trade = e.text.slice(0, e.text.length - form.length);
  return entities.some((o) => o.text === trade && isSure(o));
}

/** How sure a list neighbour must be to speak for an everyday word beside it, and how long that word must be (必胜客, not 芝麻). */
const SURE_NEIGHBOUR_SCORE = 0.9;
const MIN_LISTED_WORD_CHARS = 3;
/** How many organisations beside it in its list make an everyday word one of them, the model silent or not. */
const MANY_LISTED_ORGS = 3;

/** Words for a street standing alone after a name (中关村 | 大街). */
const ROAD_WORD_SET: ReadonlySet<string> = new Set(ROAD_WORDS);

/** One everyday word (技术, 工会, 芝麻) is no name unless the lexicon knows it as one (小米). */
const EVERYDAY_WORD_MIN_SCORE = 0.9;
/** jieba's dictionary also holds whole names as plain nouns (公安部经济犯罪侦查局/n): a word that long is no everyday word. */
const EVERYDAY_WORD_MAX_CHARS = 5;

/** Venues, events, expeditions, funds sold as products and couplets: what a name ending so names is no standing body. */
const NOT_BODY_ENDINGS = [
  ...VENUE_ENDINGS,
  ...EVENT_ENDINGS,
  ...EXPEDITION_ENDINGS,
  ...FUND_PRODUCT_ENDINGS,
  ...COUPLET_WORDS,
  ...MACHINE_ENDINGS,
  TROUPES_TOGETHER,
];
/** A place, a verb of attending and a school's level (北京 | 上 | 大学): where someone studies, no school named. */
function isAttendingSchool(e: Entity, index: TokenIndex): boolean {
  const words = index.within(e.start, e.end);
  if (words.length !== 3 || words[0]!.start !== e.start || words[2]!.end !== e.end) return false;
  const [place, verb, level] = words as [Token, Token, Token];
  return place.pos === 'ns' && ATTEND_VERBS.includes(verb.text) && SCHOOL_LEVELS.includes(level.text);
}

const WHOLE_WORD_MIN_SCORE = 0.9;
const COMPANY_CLASSES: ReadonlySet<string> = new Set(COMPANY_CLASS_HEADS);
/**
 * A company jieba's dictionary holds whole as a noun (网易公司/n, 网景公司/n) that the model is sure
 * of: not a class of company, whose head is a field or an industry (保险公司/n, 航空公司/n). Only
 * companies: jieba holds a field's bureau or team whole too (稽查局/n, 志愿队/n), generic ones.
 */
function isWholeWordName(e: Entity, index: TokenIndex): boolean {
  if (e.source !== 'model' || e.score < WHOLE_WORD_MIN_SCORE) return false;
  const w = index.startingAt(e.start);
  const kind = kindOf(e.text);
  if (!w || w.end !== e.end || !/^(n|nz)$/.test(w.pos) || !kind || !COMPANY_KINDS.includes(kind)) return false;
  const head = e.text.slice(0, e.text.length - kind.length);
  return (
    head.length >= 2 && !isAllGeneric(head) && !INDUSTRY_WORDS.includes(head) && !ADMIN_FIELDS.includes(head) && !COMPANY_CLASSES.has(head)
  );
}

/** Whatever step an organisation came from, a generic one, or one with nothing distinctive, goes. */
export function finalCheck(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
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
  const manners = mannerAcronyms(text, found);
  // A plant built or run as a project is a facility (建造的广东沙角B电厂), one whose people speak a business.
  const facilities = plantFacilities(text, entities, found);
  // A word for organisations after a list speaks for an everyday word among its members (网易、搜狐和新浪三大门户网站).
  const cued = cuedMembers(text, index.tokens, found);
  // A member beside two organisations needs no distinctive word of its own.
  const orgMemberOf =
    (among: readonly Entity[]) =>
    (m: { start: number; end: number }): boolean =>
      among.some((e) => e.type === 'ORG' && e.start === m.start && e.end === m.end);
  const listed = membersBeside(found, orgMemberOf(entities));
  // 肯德基、必胜客: a word of three characters or more listed beside a name the model is sure of is a name too, however jieba files it;
  // so is one of two characters that the model itself reads as an organisation, not unsure of it (戴尔、联想/v 和惠普).
  const besideSure = membersBeside(found, orgMemberOf(entities.filter((e) => e.score >= SURE_NEIGHBOUR_SCORE)), 1);
  // 新浪、搜狐、网易/n、优酷网和土豆网: an everyday word with three organisations or more beside it in its list is one too.
  const besideMany = membersBeside(found, orgMemberOf(entities), MANY_LISTED_ORGS);
  // The list step's own guesses do not count here: they followed the very members judged.
  const judged = entities.filter((e) => e.source !== 'list');
  const amongThings = membersBeside(found, (m) => isEverydayWord(m) && !judged.some((e) => NAME_TYPES.has(e.type) && overlaps(e, m)));
  // 民政局、工商行政管理系统、电信局、卫生局: beside two bodies named by their kind alone, a member names a kind of body
  // too (what a list joins is of one kind); one beside a single such body may be a place's (布拖县委、县政府).
  const amongKinds = membersBeside(found, (m) => isGenericOrgName(text.slice(m.start, m.end)));
  const classes = countedClasses(text, entities);
  const kept = entities.filter((e) => {
    if (e.type !== 'ORG') return true;
    if (classes.has(e.text) || isNoBodyByItsSurroundings(text, e)) return false;
    // 《快乐大本营》节目组, 中央电视台《新闻联播》: a programme's title, whatever the model reads in it.
    if (
      text[e.start - 1] === '《' &&
      text[e.end] === '》' &&
      (PROGRAMME_WORDS.some((w) => text.startsWith(w, e.end + 1)) ||
        BROADCASTER_END.test(text.slice(Math.max(0, e.start - 5), e.start - 1)))
    )
      return false;
    // 英伟达H100, 奇瑞QQ: a make and model is a product.
    if (isMakeAndCode(e.text) || isMakersLetteredModel(e, entities)) return false;
    // 中国石化 | 行业: a sector, even where the lexicon knows the words as a company.
    if (SECTOR_WORDS.some((w) => text.startsWith(w, e.end))) return false;
    // 中关村 | 大街: a name without a kind, one the lexicon knows too, before a street's word is the street's, an address.
    if (kindOf(e.text) === null && ROAD_WORD_SET.has(index.startingAt(e.end)?.text ?? '')) return false;
    if (lexicon.has(e.text)) return true;
    // 天龙八部 (a novel), 英雄联盟 (a video game): a name CC-CEDICT knows only as a work or an event names no body.
    if (lexiconWorks().has(e.text)) return false;
    // After the boundaries are repaired (AoA角 -> AoA): a model's Latin name inside a URL, or glossing a term that is no organisation.
    // (A Han name after a list number, 7.维拉, is no URL part.)
    if (e.source === 'model' && (isUrlPart(text, e) || isGlossOfNonOrg(text, e, entities))) return false;
    if (isPlaceOrProductWord(text, e) || isAPlacesMarket(e, index) || isAPlaceAndEnding(e, index) || isOnePlaceWord(e, index)) return false;
    if (isMannerName(e, manners) || facilities.has(e.text)) return false;
    // 某 marks a name withheld (四川某研究所, 某 + 中医专科医院), and so do letters standing for one (xx办公室): no organisation is named.
    if (e.text.includes(WITHHELD) || text[e.start - 1] === WITHHELD || PLACEHOLDER_NAME.test(e.text)) return false;
    // 各级 | 人民法院, 各地 | 武术协会, 各 | 区县宣传部: every body of a kind, no one body (留各庄 is a town).
    if (EACH_OF_A_KIND.some((w) => text.endsWith(w, e.start) || index.startingAt(e.start)?.text === w)) return false;
    if (NOT_BODY_ENDINGS.some((v) => e.text.endsWith(v)) || isAttendingSchool(e, index)) return false;
    // X母公司 | Alphabet: the parent of the company named before it, which the sentence names after.
    if (e.text.endsWith(PARENT_COMPANY)) return false;
    if (isIndefiniteClass(text, e, index)) return false;
    if (SEXAGENARY_YEAR.test(e.text) || isAllying(text, e, index)) return false;
    if (text.startsWith(DOCTRINE_SUFFIX, e.end)) return false;
    if (isCounted(e, index)) return false;
    if (isMakersDescription(text, e, index)) return false;
    if (namesAThing(text, e)) return false;
    // Google | 中国区: the company's region, right after the company.
    if (COMPANY_REGIONS.includes(e.text) && entities.some((o) => o.type === 'ORG' && o.end === e.start)) return false;
    if (isTaskTeam(e) && !playsAMatch(text, e)) return false;
    // 监管部门, 住房保障部门: a generic department, however sure the model is; 广州市物价部门 names the city's.
    if (e.text.endsWith(DEPARTMENT_WORD) && !namesADepartment(text, e, index, entities)) return false;
    // A model name that ends with a kind is a body whatever is counted: 一条 | 建设银行扣除年费的 | 短信.
    if (afterThingClassifier(text, e, index) && (e.source !== 'model' || kindOf(e.text) === null)) return false;
    // Unless the model is sure of it (首钢), an everyday word alone is no name; 苹果公司 is one noun
    // to jieba, but its head is a name the lexicon knows. Listed among everyday words (马铃薯、
    // 蚕豆、橘子) it is one of them, however sure the model is.
    const kind = kindOf(e.text);
    // A site named by a lexicon brand and 网 (当当网) has one too.
    const knownHead =
      (kind !== null && lexiconNames().has(e.text.slice(0, e.text.length - kind.length))) ||
      (e.text.endsWith(SITE) && lexiconNames().has(e.text.slice(0, -SITE.length)));
    if (amongKinds.has(`${e.start}:${e.end}`) && e.score < SURE_MODEL_SCORE && !knownHead) return false;
    // A source cue vouches for an outlet's name however everyday its words (人民网 | 记者), a match for a team's (勇士队),
    // the text's own naming for a body's (名为“天一”的公司).
    if (
      !TEXT_NAMED_SOURCES.has(e.source) &&
      !playsAMatch(text, e) &&
      isEverydayWord(e) &&
      ((e.score < EVERYDAY_WORD_MIN_SCORE &&
        !knownHead &&
        !cued.has(`${e.start}:${e.end}`) &&
        // 盛大网络 | CEO: who heads only a company, right after the word, says it is one.
        !cueAt(text, e.end, LED_LIKE_COMPANIES) &&
        !endsAPlacedName(e, entities, index) &&
        !(besideSure.has(`${e.start}:${e.end}`) && (e.text.length >= MIN_LISTED_WORD_CHARS || e.score >= UNSURE_MODEL_SCORE)) &&
        !besideMany.has(`${e.start}:${e.end}`)) ||
        amongThings.has(`${e.start}:${e.end}`))
    )
      return false;
    return (
      !isGenericOrgName(e.text) &&
      (SPEAKING_SOURCES.has(e.source) ||
        listed.has(`${e.start}:${e.end}`) ||
        isSureModelName(e) ||
        playsAMatch(text, e) ||
        heldByAnother(text, e) ||
        endsAPlacedName(e, entities, index) ||
        isNationalCompany(e.text) ||
        holdsAnother(text, e) ||
        namedByTradeName(e) ||
        namedByArticleTradeName(e, entities) ||
        isWholeWordName(e, index) ||
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
      endsAPlacedName(e, kept, index) ||
      isVouchedFor(text, e, index, vouchers),
  );
}
