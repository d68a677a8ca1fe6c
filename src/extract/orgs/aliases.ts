/**
 * Short forms of organisation names within one article: 中科院 for 中国科学院, 北大医院 for
 * 北京大学第一医院, 南科大 for 南方科技大学. A short form is read off the full name's words
 * (its tokens, with kind words split off: 师范大学 = 师范 + 大学) in order: the start of
 * each word it keeps, the last from the last word (its start, or its end: 科学院 → 院). It may
 * skip at most one word, never a place (江西工商局 is the 工商局 of 江西, not a short form of
 * 江西省南昌市工商局公平交易局). It is no short form when it is a substring (北京大学 is the
 * parent of 北京大学第一医院) or made of whole words (中国银行 is another bank than 中国人民银行).
 */
import type { Token } from '../../record/schema.js';
import type { TokenIndex } from './token-index.js';
import { tradeNameForms } from './trade-names.js';
import { wordsInside } from './place-words.js';
import { KINDS } from './kind-words.js';
import { COMPANY_NAME_SUFFIXES, INDUSTRY_WORDS } from './data/industries.js';

const PLACE_WORD = /[省市县区州国]$/;

/** Words with their kind split off (师范大学 → 师范, 大学), so that a kind's start can be kept. */
export function splitKinds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const k = KINDS.find((kk) => w.endsWith(kk) && w.length > kk.length);
    if (k) out.push(w.slice(0, w.length - k.length), k);
    else out.push(w);
  }
  return out;
}

/** Can `short[from..]` be read off words[i..] (the last piece from the last word)? */
function readOff(short: string, from: number, words: readonly string[], i: number, skipped: number, pieces: number): boolean {
  if (from === short.length) return i === words.length && pieces >= 2;
  if (i >= words.length) return false;
  const w = words[i]!;
  const last = i === words.length - 1;
  // Skip this word (at most one, never a place).
  if (!last && skipped === 0 && !PLACE_WORD.test(w) && readOff(short, from, words, i + 1, 1, pieces)) return true;
  for (let n = Math.min(w.length, short.length - from); n >= 1; n--) {
    const piece = short.slice(from, from + n);
    if (w.startsWith(piece)) {
      if (readOff(short, from + n, words, i + 1, skipped, pieces + 1)) return true;
      // The last word may give its start and its end (科学院 → 科 … 院).
      if (last && n < w.length) {
        const rest = short.slice(from + n);
        if (rest && w.endsWith(rest) && rest.length + n <= w.length) return pieces + 2 >= 2;
      }
    }
    if (last && w.endsWith(piece) && from + n === short.length && n < w.length) return pieces + 1 >= 2;
  }
  return false;
}

/** `fullWords`: the full name's words (jieba tokens), to read the short form off. */
export function isAbbreviation(short: string, full: string, fullWords: readonly string[]): boolean {
  return abbreviationTest(full, fullWords)(short);
}

/** isAbbreviation for one full name, its words split once, for asking about many short forms. */
export function abbreviationTest(full: string, fullWords: readonly string[]): (short: string) => boolean {
  // A name jieba holds whole (国家开发银行/nt) is read off the words inside it (国开行).
  const whole = fullWords.length === 1 && full.length >= 4;
  const words = splitKinds(whole ? wordsInside(full) : fullWords.length ? fullWords : [...full]);
  if (words.join('') !== full) return () => false;
  // A national body's short form drops the country (社科院 of 中国社会科学院, 证监会 of 中国证券监督管理委员会).
  const national = words[0] === COUNTRY && words.length > 2 ? words.slice(1) : null;
  // Two characters read off the words inside a whole word are too often a word of their own (常委 of 常州市委).
  const minChars = whole ? 3 : 2;
  return (short) =>
    short.length >= minChars &&
    short.length < full.length &&
    !full.includes(short) &&
    // Made of whole words of the full name: a different, shorter name.
    !readWhole(short, words) &&
    (readOff(short, 0, words, 0, 0, 0) || (national !== null && short.length >= 3 && readOff(short, 0, national, 0, 0, 0)));
}

const COUNTRY = '中国';

function readWhole(short: string, words: readonly string[]): boolean {
  let rest = short;
  for (const w of words) if (rest.startsWith(w)) rest = rest.slice(w.length);
  return rest.length === 0;
}

/** The words of the text span [start, end), from the article's tokens. */
export function wordsIn(index: TokenIndex, start: number, end: number): string[] {
  return index.within(start, end).map((t) => t.text);
}

const COMPANY_SUFFIXES = [...new Set([...COMPANY_NAME_SUFFIXES, ...INDUSTRY_WORDS])].sort((a, b) => b.length - a.length);
const LEGAL_FORM = /(公司|集团)$/;
/** The longest legal form, group or industry word ending `name` that leaves two characters or more. */
const suffixOf = (name: string): string | undefined => COMPANY_SUFFIXES.find((x) => name.endsWith(x) && name.length - x.length >= 2);

/**
 * The trade name of a company named in full (腾讯 of 腾讯控股有限公司, 华为 of 华为技术有限公司,
 * 通用 of 上海通用汽车有限公司 with its place): the full name with its legal form, group and
 * industry words taken off its end, and its leading place (the first word, when jieba reads it
 * as one) taken off or kept. Only for a name that ends with a legal form: 北京大学 is the parent
 * of 北京大学第一医院, not its short form.
 */
export function isTradeName(
  short: string,
  full: string,
  fullWords: readonly Token[],
  registeredForms: readonly string[] = tradeNameForms(full, fullWords),
): boolean {
  if (short.length < 2 || short.length >= full.length || !LEGAL_FORM.test(full)) return false;
  // A registered name's forms, read off its words (宁德时代 + 新能源, 中国平安 of …保险（集团）股份有限公司).
  if (registeredForms.includes(short)) return true;
  let rest = full;
  for (let s = suffixOf(rest); s; s = suffixOf(rest)) {
    rest = rest.slice(0, rest.length - s.length);
    if (rest === short) return true;
  }
  const first = fullWords[0];
  return !!first && first.pos === 'ns' && rest.startsWith(first.text) && rest.slice(first.text.length) === short;
}
