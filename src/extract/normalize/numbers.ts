/**
 * Reading one number at a position: Arabic (ASCII or full-width, grouping commas,
 * decimals, then 百/千/万/亿 multipliers: 1.335亿, 3千万, 2.5万亿) or Chinese
 * (一百二十三, 两千, 廿五, 壹佰贰拾叁, 三点五, 一九九七, 一万五). Values that are not finite
 * or are absurdly large come back as null, never Infinity or NaN.
 */
import {
  BIG_UNITS,
  DECIMAL_POINT,
  DIGITS,
  isChineseNumeralChar,
  isChineseNumeralCode,
  LONE_ONE,
  SMALL_UNITS,
  TENS,
  UNITS,
} from './tables.js';

/** 两 as a digit or as the tael (a weight, and silver money in older texts). */
const TAEL: ReadonlySet<string> = new Set(['两', '兩']);
const MAGNITUDES: ReadonlySet<string> = new Set([...SMALL_UNITS.keys(), ...BIG_UNITS.keys()]);

/** 兆: 10^12 before a currency (2.26兆元), otherwise mega (兆瓦, 100兆宽带) and not part of the number. */
const MEGA = '兆';
function trillion(text: string, j: number): boolean {
  return UNITS.match(text, j + 1)?.value.kind === 'MONEY';
}

/** Larger than any figure in the news; beyond it a value is reported as null. */
export const MAX_VALUE = 1e18;

/** Whether a span holds a number in any script: ASCII or full-width digits, or Chinese numerals (Simplified or Traditional). */
export const HAS_NUMERAL = /[0-9０-９〇零一二三四五六七八九十廿卅百千万两兩]/;
/** A numeral longer than this is garbage: its span is kept, its value is null. */
const MAX_RUN = 40;

export interface NumberToken {
  start: number;
  end: number;
  value: number | null;
  /** The value before trailing 万/亿 multipliers (5亿 -> 5) and the multiplier (1e8). */
  base: number | null;
  mult: number;
  script: 'arabic' | 'chinese';
  /** The single character 一 (so 一个, 一家 are not counted as figures). */
  loneOne: boolean;
  /** Chinese digits only, no 十百千 (一九九七, 三四). */
  digitRun: boolean;
  /** Contains 万 or 亿. */
  hasBigUnit: boolean;
  /** The upper end of 三四个, 六七十, 十七八: two neighbouring digits make an approximate range. */
  hi: number | null;
  /** The Arabic digits as written, without separators (for leading-zero checks). */
  raw: string;
}

export function finiteOrNull(v: number | null): number | null {
  if (v === null || !Number.isFinite(v) || Math.abs(v) > MAX_VALUE) return null;
  if (Number.isSafeInteger(v)) return v + 0;
  // Round away binary noise (1.335 * 1e8 = 133499999.99999999).
  return Number(v.toPrecision(15)) + 0; // no -0
}

export function asciiDigit(c: string | undefined): number {
  if (c === undefined) return -1;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

/** A CJK unified ideograph of the basic block (what the grammar's rules call a Han character). */
export function isHan(c: string | undefined): boolean {
  return c !== undefined && c >= '\u4e00' && c <= '\u9fff';
}

/**
 * 百/千/万/亿 after a number (3千万, 2.5万亿), stopping before a unit that starts with
 * the same character (3千米, 5千瓦, 10百分点).
 */
export function readMultipliers(text: string, i: number): { end: number; mult: number } {
  let j = i;
  let mult = 1;
  while (j < text.length && j - i < 4) {
    const c = text[j]!;
    const m = BIG_UNITS.get(c) ?? (c === '百' || c === '千' ? SMALL_UNITS.get(c) : undefined);
    if (m === undefined) break;
    if (!BIG_UNITS.has(c) && UNITS.match(text, j)) break; // 3千米, 5千瓦, 10百分点
    if (c === MEGA && !trillion(text, j)) break;
    mult *= m;
    j++;
  }
  return { end: j, mult };
}

const ENGLISH_SCALE = /^ ?(trillion|billion|million|thousand|bn)(?![A-Za-z])/i;
const SCALE_WORDS: Readonly<Record<string, number>> = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, thousand: 1e3 };

function readArabic(text: string, i: number): NumberToken | null {
  if (asciiDigit(text[i]) < 0) return null;
  let j = i;
  let s = '';
  while (asciiDigit(text[j]) >= 0) s += asciiDigit(text[j++]);
  // grouping commas: exactly three digits after each comma; ，between full-width digits, or
  // after one to three ASCII digits (25，000年: a full-width comma typed in an ASCII number)
  const wide = text.charCodeAt(i) >= 0xff10 || j - i <= 3;
  while (
    (text[j] === ',' || (wide && text[j] === '，')) &&
    asciiDigit(text[j + 1]) >= 0 &&
    asciiDigit(text[j + 2]) >= 0 &&
    asciiDigit(text[j + 3]) >= 0 &&
    asciiDigit(text[j + 4]) < 0
  ) {
    s += `${asciiDigit(text[j + 1])}${asciiDigit(text[j + 2])}${asciiDigit(text[j + 3])}`;
    j += 4;
  }
  const raw = s;
  if ((text[j] === '.' || text[j] === '．') && asciiDigit(text[j + 1]) >= 0) {
    s += '.';
    j++;
    while (asciiDigit(text[j]) >= 0) s += asciiDigit(text[j++]);
  }
  let base = finiteOrNull(Number(s));
  let { end, mult } = readMultipliers(text, j);
  if (end === j) {
    const en = ENGLISH_SCALE.exec(text.slice(j, j + 10));
    if (en) {
      mult = SCALE_WORDS[en[1]!.toLowerCase()]!;
      end = j + en[0].length;
    }
  }
  let value = base === null ? null : finiteOrNull(base * mult);
  // 1亿2000万, 3万5千: a smaller section after a 万/亿 section
  while (mult >= 1e4 && value !== null && asciiDigit(text[end]) >= 0) {
    let k = end;
    let ds = '';
    while (asciiDigit(text[k]) >= 0) ds += asciiDigit(text[k++]);
    const more = readMultipliers(text, k);
    if (more.mult <= 1 || more.mult >= mult) break;
    value = finiteOrNull(value + Number(ds) * more.mult);
    mult = more.mult;
    base = value === null ? null : finiteOrNull(value / mult);
    end = more.end;
  }
  return {
    start: i,
    end,
    value,
    base,
    mult,
    script: 'arabic',
    loneOne: false,
    digitRun: false,
    hasBigUnit: mult >= 1e4,
    hi: null,
    raw,
  };
}

const isNumeralChar = isChineseNumeralChar;

/** The value of a Chinese numeral string (no validation of the characters). */
export function chineseValue(s: string): { value: number | null; base: number | null; mult: number } {
  let total = 0; // completed sections (…亿, …万)
  let maxBig = 0;
  let sec = 0; // current section below 万
  let num = 0; // pending digit(s)
  let prev: 'digit' | 'small' | 'big' | 'point' | null = null;
  let lastSmall = 0;
  let frac = '';
  let inFrac = false;
  let trailingMult = 1;
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    const d = DIGITS.get(c);
    if (c === DECIMAL_POINT) {
      inFrac = true;
      prev = 'point';
      continue;
    }
    if (d !== undefined) {
      if (inFrac) frac += d;
      else num = prev === 'digit' ? num * 10 + d : d;
      prev = 'digit';
      trailingMult = 1;
      continue;
    }
    if (inFrac) {
      num += Number(`0.${frac || '0'}`);
      inFrac = false;
      frac = '';
    }
    const t = TENS.get(c);
    if (t !== undefined) {
      sec += t;
      num = 0;
      lastSmall = 10;
      prev = 'small';
      trailingMult = 1;
      continue;
    }
    const small = SMALL_UNITS.get(c);
    if (small !== undefined) {
      sec += (prev === 'digit' || num ? num : 1) * small;
      num = 0;
      lastSmall = small;
      prev = 'small';
      trailingMult = 1;
      continue;
    }
    const big = BIG_UNITS.get(c);
    if (big !== undefined) {
      const cur = sec + num;
      if (prev === 'big') {
        total *= big; // 万亿, 亿亿: compound units multiply
        maxBig = Math.max(maxBig, total);
      } else if (big > maxBig) {
        total = (total + (cur || (total ? 0 : 1))) * big;
        maxBig = big;
      } else if (big === maxBig && total < big * big && cur) {
        // 二万八千万 = 28000 万: a second 万 closing a section multiplies everything before it
        total = (total + cur) * big;
        maxBig = big * big;
      } else {
        total += (cur || 1) * big;
      }
      sec = 0;
      num = 0;
      lastSmall = 0;
      trailingMult = prev === 'big' ? trailingMult * big : big;
      prev = 'big';
      continue;
    }
  }
  if (inFrac) num += Number(`0.${frac || '0'}`);
  // 一万五 = 15000, 三千二 = 3200: a last digit right after a unit of 100 or more
  const lastIsDigitAfterUnit =
    s.length >= 2 && DIGITS.has(s[s.length - 1]!) && !DIGITS.has(s[s.length - 2]!) && s[s.length - 2] !== DECIMAL_POINT;
  if (lastIsDigitAfterUnit && num > 0) {
    const prevUnit = s[s.length - 2]!;
    const unitMag = BIG_UNITS.get(prevUnit) ?? (lastSmall >= 100 ? lastSmall : 0);
    if (unitMag >= 100 && (BIG_UNITS.has(prevUnit) || SMALL_UNITS.has(prevUnit))) num *= unitMag / 10;
  }
  const value = finiteOrNull(total + sec + num);
  const base = value === null ? null : finiteOrNull(value / trailingMult);
  return { value, base, mult: trailingMult };
}

/** Two digits side by side after a unit (十一五, 三十二五): a name or a list, not a number. 一百零五 is fine. */
function malformed(s: string): boolean {
  let seenUnit = false;
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    if (!DIGITS.has(c)) {
      if (c !== DECIMAL_POINT) seenUnit = true;
      else return false; // 三点一四: decimals may run on
      continue;
    }
    const p = s[k - 1];
    if (seenUnit && p !== undefined && DIGITS.has(p) && DIGITS.get(p) !== 0) return true;
  }
  return false;
}

/** Index of the first of two neighbouring digits standing alone (三四, 六七十, 十七八), or -1. */
function neighbourPair(s: string): number {
  let found = -1;
  for (let k = 0; k + 1 < s.length; k++) {
    const a = DIGITS.get(s[k]!);
    const b = DIGITS.get(s[k + 1]!);
    if (a === undefined || b === undefined) continue;
    if (b !== a + 1 || a === 0 || DIGITS.has(s[k - 1] ?? '') || DIGITS.has(s[k + 2] ?? '') || found >= 0) return -1;
    found = k;
  }
  return found;
}

function readChinese(text: string, i: number, allowUnitStart: boolean): NumberToken | null {
  const c0 = text[i];
  const startsOk =
    DIGITS.has(c0 ?? '') ||
    c0 === '十' ||
    c0 === '拾' ||
    TENS.has(c0 ?? '') ||
    (allowUnitStart && (SMALL_UNITS.has(c0 ?? '') || BIG_UNITS.has(c0 ?? '')));
  if (!startsOk) return null;
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (isNumeralChar(c)) {
      if (c === MEGA && !trillion(text, j)) break;
      // 三千万两 (of silver): a 两 ending a numeral after a unit is the tael, not a last digit
      if (TAEL.has(c!) && j > i && MAGNITUDES.has(text[j - 1]!) && !isNumeralChar(text[j + 1])) break;
      // stop before a unit that begins with a numeral character (千米, 千瓦, 百分点), but not 万元/亿元
      if ((c === '千' || c === '百' || c === '十') && j > i) {
        const u = UNITS.match(text, j);
        if (u && u.word.length > 1) break;
      }
      j++;
      continue;
    }
    if (c === DECIMAL_POINT && j > i && DIGITS.has(text[j - 1]!) && DIGITS.has(text[j + 1] ?? '')) {
      j++;
      continue;
    }
    break;
  }
  const s = text.slice(i, j);
  const pair = s.length <= MAX_RUN ? neighbourPair(s) : -1;
  const digitRun = pair < 0 && s.length >= 2 && [...s].every((ch) => DIGITS.has(ch));
  if (pair < 0 && !digitRun && malformed(s)) return null;
  let value: number | null;
  let base: number | null;
  let mult = 1;
  let hi: number | null = null;
  if (s.length > MAX_RUN) {
    value = base = null;
  } else if (pair >= 0) {
    ({ value, base, mult } = chineseValue(s.slice(0, pair + 1) + s.slice(pair + 2)));
    hi = chineseValue(s.slice(0, pair) + s.slice(pair + 1)).value;
  } else {
    ({ value, base, mult } = chineseValue(s));
  }
  return {
    start: i,
    end: j,
    value,
    base,
    mult,
    script: 'chinese',
    loneOne: s.length === 1 && LONE_ONE.has(s),
    digitRun,
    hasBigUnit: [...s].some((ch) => BIG_UNITS.has(ch)),
    hi,
    raw: s,
  };
}

/** One number at `i`, or null. `allowUnitStart`: accept 百/千/万 without a digit (近百家, 上千). */
export function readNumber(text: string, i: number, allowUnitStart = false): NumberToken | null {
  const code = text.charCodeAt(i);
  if ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)) return readArabic(text, i);
  if (!isChineseNumeralCode(code)) return null;
  return readChinese(text, i, allowUnitStart);
}
