/**
 * A company named in full and then by its trade name: 宁德时代新能源科技股份有限公司 … 宁德时代,
 * 安徽海螺水泥股份有限公司 … 海螺水泥, 科大讯飞股份有限公司 … 科大讯飞. A registered name is
 * [place][trade name][industry][legal form], and news drops what follows the trade name, and often
 * the place. jieba reads most trade names as several words (宁德/nr 时代/n) and the model as a
 * person or a place, so the full name the article writes is what says they are one company.
 */
import type { Entity, Token } from '../../record/schema.js';
import { isAllGeneric, isGenericOrgName } from './generic.js';
import { lexiconNames } from './lexicon.js';
import { isPlaceWord, wordTags } from './place-words.js';
import { COMPANY_NAME_SUFFIXES, INDUSTRY_WORDS } from './data/industries.js';
import type { TokenIndex } from './token-index.js';

/**
 * A registered form (有限公司, 集团): a name with 公司 alone may be named after its project (英法海底隧道 of
 * 英法海底隧道公司), and one jieba holds whole is taken by the bare-name step (苹果 of 苹果公司).
 */
const LEGAL_FORM = /(有限公司|有限责任公司|股份公司|集团公司|集团)$/;
/** Trades a registered name ends with besides the industry words (中国平安 + 保险, 中信 + 证券), which alone name no company. */
const FINANCIAL_TRADES = ['保险', '证券'];
const SUFFIXES = [...new Set([...COMPANY_NAME_SUFFIXES, ...INDUSTRY_WORDS, ...FINANCIAL_TRADES])].sort((a, b) => b.length - a.length);
const BRACKETED = /[（(][^）)]*[）)]/u;
/** A trade name jieba holds as one word must be a name to it; common words, places and persons' names are too often the sentence's own. */
const PROPER_POS = /^(nz|nt|nrt|j|eng|x)$/;
const COMMON_NOUN = /^(n|vn)$/;
const PLACE_END = /[省市县区州国镇乡村]$/;

/**
 * The names a company named in full goes by: the full name with its legal form, group and industry
 * words taken off its end one at a time, each with and without its leading place. A suffix that ends
 * a common word of the name one character longer takes that word with it (宁德时代 + 新能源, not 宁德时代新
 * + 能源; 中国平安 + 保险 of 平安保险/n stays).
 */
export function tradeNameForms(full: string, fullTokens: readonly Token[], base = fullTokens[0]?.start ?? 0): string[] {
  if (!LEGAL_FORM.test(full)) return [];
  // 中国平安保险（集团）股份有限公司: a bracketed group word is no part of the trade name; the words before it keep their places.
  const bracket = full.search(BRACKETED);
  const bare = bracket >= 0 ? full.replace(new RegExp(BRACKETED.source, 'gu'), '') : full;
  const tokens = bracket >= 0 ? fullTokens.filter((t) => t.end - base <= bracket) : fullTokens;
  const stages: string[] = [];
  let rest = bare;
  for (;;) {
    const suffix = SUFFIXES.find((x) => rest.endsWith(x) && rest.length - x.length >= 2);
    if (!suffix) break;
    let cut = rest.length - suffix.length;
    const straddling = tokens.find((t) => t.start - base < cut && t.end - base > cut);
    if (straddling && COMMON_NOUN.test(straddling.pos) && straddling.end - base === rest.length && cut - (straddling.start - base) === 1)
      cut = straddling.start - base;
    if (cut < 2) break;
    rest = rest.slice(0, cut);
    stages.push(rest);
  }
  const first = fullTokens[0];
  const place = first && first.start === base && (first.pos === 'ns' || isPlaceWord(first.text)) ? first.text : '';
  const forms = stages.flatMap((s) => (place && s.startsWith(place) && s.length - place.length >= 2 ? [s, s.slice(place.length)] : [s]));
  return [...new Set(forms)];
}

/** A name and its words, for reading a short form off it (中移动 of the trade name 中国移动). */
export interface NameWords {
  text: string;
  words: string[];
}

/** The forms of three characters or more, with their words: a short form of a two-character trade name would be one character. */
export function tradeNameWords(forms: readonly string[]): NameWords[] {
  return forms.filter((f) => f.length >= 3).map((text) => ({ text, words: wordTags(text).map((w) => w.word) }));
}

/** A form that names the company wherever the article writes it: no place, no generic words, no everyday word. */
function isDistinctive(form: string): boolean {
  if (PLACE_END.test(form) || isAllGeneric(form) || isGenericOrgName(form)) return false;
  const words = wordTags(form);
  // One place to jieba read alone (isPlaceWord's test, on the words already read).
  if (words.length === 1 && words[0]!.tag === 'ns') return false;
  if (lexiconNames().has(form)) return true;
  if (words.length === 1) return PROPER_POS.test(words[0]!.tag);
  return form.length >= 3 && !words.every((w) => w.tag === 'ns');
}

/**
 * A trade name and its industry with no legal form (江淮汽车, 奇瑞汽车): the trade name, when it is one word
 * of the name's own (江淮/j), names the company elsewhere in the article too (江淮 | 将与…).
 */
function industryTrade(e: Entity, words: readonly Token[]): string[] {
  if (LEGAL_FORM.test(e.text)) return [];
  const industry = INDUSTRY_WORDS.find((w) => e.text.endsWith(w) && e.text.length - w.length >= 2);
  if (!industry) return [];
  const head = words[0];
  return head && head.start === e.start && head.end === e.end - industry.length ? [head.text] : [];
}

export function tradeNameCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const forms = new Map<string, Entity>();
  const fulls = new Set<string>();
  for (const e of entities) {
    // A name's forms are read once, off its first mention.
    if (e.type !== 'ORG' || fulls.has(e.text)) continue;
    fulls.add(e.text);
    const words = index.within(e.start, e.end);
    for (const f of [...tradeNameForms(e.text, words, e.start), ...industryTrade(e, words)])
      if (!forms.has(f) && isDistinctive(f)) forms.set(f, e);
  }
  const out: Entity[] = [];
  for (const [form, full] of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (!index.startsAt(at) || !index.endsAt(end)) continue;
      out.push({ type: 'ORG', text: form, start: at, end, score: Math.min(full.score, 0.6), source: 'alias' });
    }
  }
  return out;
}
