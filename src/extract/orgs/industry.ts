/**
 * A company's short name ends with its industry word (上海通用汽车, 华泰汽车): a model name
 * without a kind that stops right before one (上海通用 | 汽车) is extended over it, when the
 * industry word is a whole jieba word there (not the start of 汽车站 or 电子邮件).
 */
import type { Entity } from '../../record/schema.js';
import { GROUP_ENDINGS, INDUSTRY_WORDS, NOT_AFTER_PLACES } from './data/industries.js';
import { ORG_CUES } from './data/cues.js';
import { kindOf } from './generic.js';
import { SCOPE_PREFIXES } from './data/kinds.js';
import type { TokenIndex } from './token-index.js';

/** 中国, 广东省, 亚洲: before an industry word a country, province or continent names the sector (中国汽车). */
export const isCountryOrProvince = (place: string): boolean => /[国省洲]$/.test(place);

/** Whether a name ends with an industry word (K2地产, 华泰汽车): a trade name and its industry. */
export const endsWithIndustry = (name: string): boolean => INDUSTRY_WORDS.some((w) => name.endsWith(w));

/** The industry word that is a whole jieba word starting at `pos` (not the start of 汽车站), if one is. */
function industryWordAt(text: string, index: TokenIndex, pos: number): string | undefined {
  return INDUSTRY_WORDS.find((w) => text.startsWith(w, pos) && index.startsAt(pos) && index.endsAt(pos + w.length));
}

/**
 * The industry word that ends one word jieba reads as an organisation's (长城汽车/nt) over a place the
 * model read (长城 | 汽车): jieba's dictionary knows the company whole.
 */
function organisationWordTail(text: string, index: TokenIndex, e: Entity): string | undefined {
  const t = index.startingAt(e.start);
  return t?.pos === 'nt' && t.end > e.end ? industryTailAt(text, index, e) : undefined;
}

/**
 * The industry word that ends the jieba word a span stops inside, when that word starts within the
 * span (格力 | 电器, one word 格力电器 to jieba): the model knew the trade name, jieba the company.
 */
function industryTailAt(text: string, index: TokenIndex, e: Entity): string | undefined {
  const t = index.tokens[index.reaching(e.end)];
  if (!t || t.start < e.start || t.end <= e.end) return undefined;
  return INDUSTRY_WORDS.find((w) => t.end - e.end === w.length && text.startsWith(w, e.end));
}

/** What may follow such a word for it to end the name: a verb, a preposition, an adverb, 的, punctuation or an organisation's cue (华能国际 | 发布公告). */
const AFTER_NAME_POS = /^(v|vn|p|d|uj|c)$/;

/** The group word that is a whole jieba word at `pos` and ends the noun phrase there (华能 | 国际 | 发布公告). */
function groupWordAt(text: string, index: TokenIndex, pos: number): string | undefined {
  const word = GROUP_ENDINGS.find((w) => text.startsWith(w, pos) && index.startsAt(pos) && index.endsAt(pos + w.length));
  if (!word) return undefined;
  const next = index.startingAt(pos + word.length);
  return !next || AFTER_NAME_POS.test(next.pos) || /^[\p{P}\s]/u.test(next.text) || ORG_CUES.some((c) => next.text.startsWith(c))
    ? word
    : undefined;
}

export function completeIndustry(text: string, e: Entity, index: TokenIndex): Entity {
  if (e.type !== 'ORG' || e.end - e.start < 2 || kindOf(e.text) !== null || endsWithIndustry(e.text)) return e;
  const word = industryWordAt(text, index, e.end) ?? industryTailAt(text, index, e) ?? groupWordAt(text, index, e.end);
  if (!word) return e;
  const end = e.end + word.length;
  return { ...e, end, text: text.slice(e.start, end) };
}

/**
 * The industry word a list member ends with, after a head of its own (泰晤士 + 水务), when the
 * head is no country or province (中国汽车 is the industry) and the word no field (科技).
 */
export function tradeIndustryOf(name: string): string | undefined {
  const word = INDUSTRY_WORDS.find((w) => name.endsWith(w) && name.length - w.length >= 2);
  if (!word || word === FIELD_MORE_THAN_TRADE) return undefined;
  return isCountryOrProvince(name.slice(0, name.length - word.length)) ? undefined : word;
}

/** Words after which a place and an industry word are the sector, not a company (上海汽车 | 市场). */
const SECTOR_NEXT = /^(n|vn|nz|ng|an|j|l)$/;
const FIELD_MORE_THAN_TRADE = '科技';

/**
 * A place the model read, with an industry word right after it that ends the noun phrase
 * (国美 | 电器 | 展开, 广州 | 汽车 | 重组): a company named [place or trade name][industry]
 * (国美电器, 广州汽车, 上海电气). Not a country or a region (中国汽车, 华东电力), and not a sector
 * a noun goes on to qualify (上海汽车 | 市场).
 */
export function placeIndustryCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    if (e.type !== 'LOC' || e.end - e.start < 2 || isCountryOrProvince(e.text) || SCOPE_PREFIXES.includes(e.text)) continue;
    const word = industryWordAt(text, index, e.end) ?? organisationWordTail(text, index, e);
    // 科技 after a place is far more often the field (深港科技创新合作区) than a company.
    if (!word || word === FIELD_MORE_THAN_TRADE || NOT_AFTER_PLACES.has(word)) continue;
    const end = e.end + word.length;
    const next = index.startingAt(end);
    if (next && SECTOR_NEXT.test(next.pos)) continue;
    out.push({ type: 'ORG', text: text.slice(e.start, end), start: e.start, end, score: 0.55, source: 'structure' });
  }
  return out;
}
