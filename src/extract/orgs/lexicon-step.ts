/**
 * The lexicon step: names the lexicon knows, placed among the model's. A name that is also an
 * everyday word (现代, 大众) needs a cue after it or a conjunction joining it to a sure
 * organisation; once it has one, its other mentions in the article count too. A cue after a name
 * outweighs the model's person or place on it (百度 | 副总裁), a trade name goes on over its
 * industry word (国美 + 电器), and a place right before a name is its prefix (广州 + 现代).
 */
import { startsWithSurname } from '../../lexicon/surnames.js';
import { HAN_ONLY } from './data/word-classes.js';
import type { Entity } from '../../record/schema.js';
import { BODY_ACTS, LATIN_COMPANY_CUES, MADE_PRODUCTS, ORG_CUES, REGION_DIVISIONS } from './data/cues.js';
import { closedByOrgNoun } from './coordination.js';
import { afterPossessive, cueAfterModifier, cueAt } from './cue-after.js';
import { LOCATIVES, OUTPUT_RATE_WORDS } from './data/sentence-words.js';
import { ambiguousNames, latinLexicon, lexiconMatches, lexiconNames, lexiconTradeNames } from './lexicon.js';
import { joinPlacePrefixes, placeOrg, retypeOrPlace, withoutWordTimes } from './spans.js';
import type { TokenIndex } from './token-index.js';
import { COIN_FLIP_SCORE, isSure, joinedTo, joinedToSureOrg } from './vouching.js';
import { lists, membersBeside } from './lists.js';
import { completeIndustry } from './industry.js';
import { describedAsCompany, goesPublic } from './company-cues.js';
import { saysIsOneBody } from './named-bodies.js';
import { isPlaceWord } from './place-words.js';
import { INDUSTRY_WORDS, SITE_WORD as SITE } from './data/industries.js';
import { PROPER_NOUN_POS } from './data/word-classes.js';

/** What follows a short name that is one (中共中央, 中共的): a name goes on, or a particle ties it. */
const NAME_GOES_ON = /^[中的和与、，。]$/;
/** What a cue after a lexicon name outweighs on its span: the model's person or place (an organisation stays as it is). */
const PERSON_OR_PLACE: ReadonlySet<string> = new Set(['PERSON', 'LOC']);
const PERFECTIVE = '了';
const OUTPUT_RATES: ReadonlySet<string> = new Set(OUTPUT_RATE_WORDS);
const FIGURE_START = /^[0-9０-９一二三四五六七八九十百千万两几]/u;
/** 日产达165万吨, 日产量: what an output takes before its figure. */
const OUTPUT_VERBS = /^[达约为近超量]/u;
/** 日产牛奶125升, 日产粗钢量: an output of a commodity, measured by weight or volume (日产天籁2000辆 counts cars Nissan makes). */
const COMMODITY_OUTPUT =
  /^[\u4e00-\u9fff]{1,3}(量|[0-9０-９.．一二三四五六七八九十百千万两几]+[万亿]?(吨|升|公升|公斤|千克|立方米|立方|桶|斤))/u;
const NOUN_POS = /^(n|nz|nt|nr|nrt|ns|j|x|t|eng|ng)$/;
const LEXICON_COMPANY_CUES = [...LATIN_COMPANY_CUES, ...REGION_DIVISIONS];
const WORD_CUES = ORG_CUES.filter((c) => !/^(与|和|、)$/.test(c));
/** What makes a product phrase a fair, a mall or a market (电脑节, 手机城, 汽车市场) rather than a maker's goods. */
const PRODUCT_PLACES = /^(节|展|城|街|会|市场|卖场)/u;

interface LexiconCandidates {
  names: Entity[];
  /** Spans ("start:end") of names a cue follows (百度 | 副总裁): the cue outweighs the model's person or place. */
  cued: Set<string>;
  /**
   * Spans of names with the place jieba read into their word (韩国现代), or after a noun for a kind of
   * company (投资银行 | 雷曼兄弟): they go over the model's person there.
   */
  placed: Set<string>;
}

function lexiconCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): LexiconCandidates {
  const out: Entity[] = [];
  const cuedSpans = new Set<string>();
  const placedSpans = new Set<string>();
  // Brands that are everyday words too (现代, 大众), once a cue or a conjunction shows one acting as an
  // organisation in this article: its other mentions as a word of their own are that organisation.
  const confirmed = new Set<string>();
  const waiting: { name: string; cand: Entity }[] = [];
  // The place jieba read into one word with the name is its prefix (韩国现代), as a place entity before one would be.
  const withPlace = (c: Entity, start: number): Entity => {
    placedSpans.add(`${start}:${c.end}`);
    return { ...c, start, text: text.slice(start, c.end) };
  };
  for (const m of lexiconMatches(text)) {
    // A maker's name before what it makes (海尔 | 冰箱, 耐克 | 气垫鞋) is the company, one word with it to jieba or not (格力空调/n).
    // The product noun ends its phrase: 中关村 | 电脑节 is a fair, …电脑城 a mall.
    const product = MADE_PRODUCTS.find(
      (p) => text.startsWith(p, m.end) && index.endsAt(m.end + p.length) && !PRODUCT_PLACES.test(text.slice(m.end + p.length)),
    );
    const madeBy =
      !!product && index.startsAt(m.start) && (index.endsAt(m.end) || index.startingAt(m.start)?.end === m.end + product.length);
    // 格力 | 电器, one word 格力电器 to jieba: the trade name the lexicon knows and its industry word (or a site's 网: 当当网/v).
    const word = index.startingAt(m.start);
    const withIndustry =
      !!word &&
      word.end > m.end &&
      ((/^(nt|nz|j|nr|nrt|x)$/.test(word.pos) && INDUSTRY_WORDS.some((w) => word.end - m.end === w.length && text.startsWith(w, m.end))) ||
        (word.end - m.end === SITE.length && text.startsWith(SITE, m.end)));
    // 韩国 | 现代, one word 韩国现代/nr to jieba: a place, by itself a word jieba files as one, and a name the lexicon knows.
    const placeWord = index.tokens[index.reaching(m.start + 1)];
    const afterPlace =
      !!placeWord && placeWord.start < m.start && placeWord.end === m.end && isPlaceWord(text.slice(placeWord.start, m.start));
    if (!madeBy && !withIndustry && !afterPlace && (!index.startsAt(m.start) || !index.endsAt(m.end))) continue;
    // 联通了 | 国际互联网, 国保了: a two-character name before the aspect particle 了 (a word of its own, not 了解) is the verb.
    if (m.text.length === 2 && index.startingAt(m.end)?.text === PERFECTIVE) continue;
    // 日产三吨, 日产达165万吨: an output per day before its figure, not Nissan.
    if (
      OUTPUT_RATES.has(m.text) &&
      (FIGURE_START.test(text[m.end] ?? '') ||
        OUTPUT_VERBS.test(text.slice(m.end, m.end + 1)) ||
        COMMODITY_OUTPUT.test(text.slice(m.end, m.end + 16)))
    )
      continue;
    const t = afterPlace ? { ...placeWord, start: m.start, text: m.text } : index.startingAt(m.start);
    // 当当 | 网: a site's name is the name and 网 (an industry word is added after, by completeIndustry).
    const end = withIndustry && text.startsWith(SITE, m.end) ? m.end + SITE.length : m.end;
    const cand: Entity = { type: 'ORG', text: text.slice(m.start, end), start: m.start, end, score: 0.7, source: 'lexicon' };
    // What a conjunction joins is of one kind: 广汽和现代, 小米与华为 (a brand that is an everyday word too).
    const joined = t?.end === m.end && joinedToSureOrg(text, cand, entities);
    // A two-character name must be a proper-noun word of its own: not inside 小米粥, and not
    // an everyday word that is also a brand (老板, 大众).
    // With its industry word or 网 in one word (当当网), an everyday word is the company's name.
    const ambiguous = ambiguousNames().has(m.text) && !withIndustry;
    const proper = m.text.length >= 3 || withIndustry || (t?.end === m.end && PROPER_NOUN_POS.test(t.pos));
    // What only a company has (百度 | 副总裁, 小米的股价) makes even an everyday word of jieba's the brand.
    const owned = afterPossessive(text, m.end);
    // Past a time or an adverb too (比亚迪 | 当天 | 股价上涨).
    const companyCue =
      t?.end === m.end &&
      (cueAt(text, owned, LEXICON_COMPANY_CUES) ||
        cueAfterModifier(text, index, m.end, LEXICON_COMPANY_CUES) ||
        goesPublic(text, m.end) ||
        saysIsOneBody(text, index, m.end));
    // 阿里巴巴 | 等企业: a noun for organisations after 等 says what the name before it is, a list of one.
    const classed = t?.end === m.end && closedByOrgNoun(text, m.end, index.tokens);
    // 苹果 | 昨日 | 宣布: what only a body does, right after an everyday noun that is a brand too, or past a time word
    // (not a verb's: 统一/vn | 发布制度).
    const acts =
      ambiguous &&
      t?.end === m.end &&
      NOUN_POS.test(t.pos) &&
      (cueAt(text, m.end, BODY_ACTS) || cueAfterModifier(text, index, m.end, BODY_ACTS));
    // 科技巨头 | 苹果, 投资银行 | 雷曼兄弟: a noun for a kind of company right before the name says what it is, over the model's person.
    const described = t?.end === m.end && describedAsCompany(text, index, m.start);
    if (described) placedSpans.add(`${m.start}:${m.end}`);
    const cue = companyCue || madeBy || described || classed || acts || (proper && cueAt(text, m.end, WORD_CUES));
    if (cue) cuedSpans.add(`${m.start}:${m.end}`);
    const cued = joined || (ambiguous && cue);
    if (cued) confirmed.add(m.text);
    if (!cued && ((!proper && !companyCue && !madeBy) || ambiguous)) {
      // Its other mentions count where jieba reads a noun there (现代/t, 大众/n), not a verb (统一/vn 思想).
      if (t?.end === m.end && NOUN_POS.test(t.pos))
        waiting.push({ name: m.text, cand: afterPlace ? withPlace(cand, placeWord.start) : cand });
      continue;
    }
    // 赛季中 | 共交战, 系统中 | 共有: a locative closing the noun before it (赛季 a time word to jieba), read by jieba into a short name.
    const before = index.tokens[index.endingAt(m.start)];
    if (
      m.text.length < 3 &&
      LOCATIVES.has(m.text[0]!) &&
      before &&
      /^(n|vn|nz|ns|t)$/.test(before.pos) &&
      !NAME_GOES_ON.test(text[m.end] ?? '')
    )
      continue;
    out.push(afterPlace ? withPlace(cand, placeWord.start) : cand);
  }
  out.push(...waiting.filter((w) => confirmed.has(w.name)).map((w) => w.cand));
  // A cue on one mention (沃尔玛 | 中国区总裁) speaks for the name's other mentions, over the model's person there too.
  const cuedNames = new Set(out.filter((c) => cuedSpans.has(`${c.start}:${c.end}`)).map((c) => c.text));
  for (const c of out) if (cuedNames.has(c.text)) cuedSpans.add(`${c.start}:${c.end}`);
  // Longest first, so that a full name wins over a name inside it.
  return { names: out.sort((a, b) => b.end - b.start - (a.end - a.start)), cued: cuedSpans, placed: placedSpans };
}

/** Below this the model's person on a lexicon body's name that opens with no surname gives way to the lexicon. */
const UNSURE_PERSON_SCORE = 0.9;

/**
 * A person or place the model read on a name the lexicon knows, Latin names included, joined to a sure
 * organisation by a conjunction (丰田与比亚迪, Anthropic和Google) or listed with one (麦当劳、肯德基和瑞幸咖啡),
 * is one; so is a person the model read on a coin flip (诺基亚 at 0.51), or unsure of where the name opens
 * with no Chinese surname (比亚迪 at 0.76). Alone, a lexicon name the model
 * reads as a person with more than a coin flip stays one (Ford).
 */
function lexiconNamesJoinedToOrgs(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  const names = lexiconNames();
  const sureSpans = (m: { start: number; end: number }): boolean =>
    entities.some((o) => o.start === m.start && o.end === m.end && isSure(o));
  const listed = membersBeside(lists(text, index.tokens), sureSpans, 1);
  return entities.map((e) =>
    (e.type === 'PERSON' || e.type === 'LOC') &&
    (names.has(e.text) || latinLexicon().has(e.text)) &&
    !ambiguousNames().has(e.text) &&
    index.startsAt(e.start) &&
    index.endsAt(e.end) &&
    (joinedToSureOrg(text, e, entities) ||
      listed.has(`${e.start}:${e.end}`) ||
      // The model's coin flip over a name the lexicon knows as a body and as nothing else (诺基亚 a person at 0.51).
      (e.type === 'PERSON' && e.score < COIN_FLIP_SCORE) ||
      // A person with no surname the model is unsure of (比亚迪 at 0.76): Chinese names open with one, companies need not.
      (e.type === 'PERSON' && e.score < UNSURE_PERSON_SCORE && HAN_ONLY.test(e.text) && !startsWithSurname(e.text)) ||
      // Two Latin names the lexicon holds, joined (Nokia和Ericsson): each vouches for the other, as a sure one would.
      (latinLexicon().has(e.text) && joinedTo(text, e, entities, (o) => latinLexicon().has(o.text))))
      ? { ...e, type: 'ORG' as const, source: 'lexicon' }
      : e,
  );
}

/**
 * A lexicon company's trade name alone (高盛 of 高盛集团), one word to jieba and no place, joined
 * by a conjunction to a sure organisation (摩根士丹利和高盛): the company, as its full name would be.
 */
function tradeNamesJoinedToOrgs(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  let out = entities;
  for (const t of index.tokens) {
    if (t.pos === 'ns' || !lexiconTradeNames().has(t.text) || lexiconNames().has(t.text)) continue;
    const cand: Entity = { type: 'ORG', text: t.text, start: t.start, end: t.end, score: 0.7, source: 'lexicon' };
    if (joinedToSureOrg(text, cand, out)) out = retypeOrPlace(out, cand, false, PERSON_OR_PLACE);
  }
  return out;
}

export function lexiconStep(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  let out = entities;
  const { names, cued, placed } = lexiconCandidates(text, index, out);
  for (const found of names) {
    const c = completeIndustry(text, found, index);
    const rest = withoutWordTimes(out, c);
    const span = `${c.start}:${c.end}`;
    out = cued.has(span) ? retypeOrPlace(rest, c, placed.has(span), PERSON_OR_PLACE) : placeOrg(rest, c, placed.has(span));
  }
  return joinPlacePrefixes(text, tradeNamesJoinedToOrgs(text, index, lexiconNamesJoinedToOrgs(text, index, out)));
}
