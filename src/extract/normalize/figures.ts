/**
 * The figure grammar: at a position, read
 *   [第|首] [prefix modifier] [currency prefix] [sign] [百分之] number [多/余/几] [万/亿]
 *   [unit] [range separator + the same again] [suffix modifier]
 * and give its kind, value (in plain units), unit, currency, approximate and bound.
 */
import type { FigureKind, FigureSpan, ScanContext } from './types.js';
import { asciiDigit, finiteOrNull, isAsciiLetter, isHan, readNumber } from './numbers.js';
import {
  BEFORE,
  BIG_UNITS,
  COUNTRY_YUAN,
  DURATION_UNIT_CODES,
  CURRENCY_PREFIX,
  DIGITS,
  LONE_ZERO,
  NOUN_BEFORE_APPROX,
  STOP_TAILS,
  LONE_ONE_DETERMINERS,
  ORDINAL_HEADS,
  ORDINAL_RANK_WORDS,
  PREFIX_MODS,
  RANGE_SEPARATORS,
  RATE_STEP_VERBS,
  TEMPERATURE_PREFIX,
  SMALL_UNITS,
  SUFFIX_MODS,
  UNITS,
  VERSION_AFTER,
  codeTable,
  firstFarYear,
  isChineseNumeralChar,
  type Mod,
  type UnitInfo,
} from './tables.js';
import { SEVERAL_MAX, SEVERAL_MIN, mergeMod, readAmount, sameUnit } from './amounts.js';
import { afterCodeWord, designation } from './code-words.js';
import { isSign, neg } from './signs.js';
import { parseRateStep, parseTemperature } from './special-figures.js';

/** A figure directly followed by these is (part of) a date: 10月, 22日, 1-2月. */
const DATE_AFTER = new Set([...'年月日号时']);
/** Ratio and score colons: 3:2, 3∶1. */
const RATIO = new Set([...':：∶']);
/** 年 followed by these is not a number of years: 90年代 (a decade), 三年级 (a school grade). */
const NOT_YEARS_AFTER = new Set([...'代级龄']);
// Code tables, not sets of strings: parseFigureAt runs at every trigger character, and these
// two tests on each call cost 9 % of the stage as string-keyed Set lookups.
const RATE_VERB_LAST = codeTable(RATE_STEP_VERBS.map((w) => w.at(-1)!));
const TEMPERATURE_START = codeTable(TEMPERATURE_PREFIX.firstChars());
const TWO: ReadonlySet<string> = new Set(['两', '兩']);
const DAYS: UnitInfo = UNITS.match('天', 0)!.value;
const OFFSET_UNITS = DURATION_UNIT_CODES;

/** The figure starting exactly at `i`, or null. */
export function parseFigureAt(text: string, i: number, ctx: ScanContext): FigureSpan | null {
  if (TEMPERATURE_START[text.charCodeAt(i)] === 1) {
    const t = parseTemperature(text, i);
    if (t) return t;
  } else if (i > 0 && RATE_VERB_LAST[text.charCodeAt(i - 1)] === 1) {
    const r = parseRateStep(text, i);
    if (r) return r;
  }
  let j = i;
  let ordinal = false;
  let mod: Mod = { approximate: false, bound: null };
  let currency: string | null = null;
  let percentPrefix: string | null = null;
  let negative = false;
  let vague = false;

  if (text[j] === '首' && ORDINAL_HEADS.has(text[j + 1] ?? '')) {
    return fig('ORDINAL', i, j + 2, 1, null, text[j + 1]!, null, mod);
  }
  if (text[j] === '第') {
    ordinal = true;
    j++;
  } else {
    const pm = PREFIX_MODS.match(text, j);
    if (pm && pm.word.startsWith('大') && text[i - 1] === '最') return null; // 最大约500米: 最大 + 约500米
    if (pm) {
      mod = pm.value;
      j = pm.end;
    }
    const cp = CURRENCY_PREFIX.match(text, j);
    if (cp && (cp.word.length > 1 || !isAsciiLetter(text[j - 1]))) {
      currency = cp.value;
      j = cp.end;
      if (text[j] === ' ') j++;
    }
    const prev = text[j - 1];
    if (text.startsWith('零下', j) && (asciiDigit(text[j + 2]) >= 0 || DIGITS.has(text[j + 2] ?? ''))) {
      negative = true;
      j += 2;
    } else if (isSign(text, j) && j === i && asciiDigit(prev) < 0 && prev !== '%' && !isAsciiLetter(prev) && !DATE_AFTER.has(prev ?? '')) {
      negative = true;
      j++;
    }
    if (text.startsWith('百分之', j)) {
      percentPrefix = '%';
      j += 3;
    } else if (text.startsWith('千分之', j)) {
      percentPrefix = '‰';
      j += 3;
    } else if (text.startsWith('万分之', j)) {
      percentPrefix = '‱';
      j += 3;
    }
    // 上千, 上万, 数百, 几十: a magnitude, not a digit
    if (j === i && (text[j] === '上' || text[j] === '数' || text[j] === '几')) {
      const c = text[j + 1] ?? '';
      if (SMALL_UNITS.has(c) || BIG_UNITS.has(c)) {
        vague = text[j] !== '上';
        mod = { approximate: true, bound: null };
        j++;
      } else return null;
    }
  }
  const allowUnitStart = j > i && !percentPrefix && !ordinal;
  const a = readAmount(text, j, allowUnitStart);
  if (!a) return null;
  // 零部件, 洞口: a zero written alone counts nothing; 三位一体: a set phrase
  if (j === i && a.n.script === 'chinese' && a.n.end === i + 1 && LONE_ZERO.has(text[i]!)) return null;
  if (STOP_TAILS.match(text, a.n.end)) return null;
  // Arabic numbers inside codes and words: G20, COVID-19, 5G, 3D
  if (a.n.script === 'arabic') {
    const before = text[i - 1];
    if (j === i && (isAsciiLetter(before) || asciiDigit(before) >= 0 || before === '.' || RATIO.has(before ?? ''))) return null;
    if (j === i && before === '-' && (isAsciiLetter(text[i - 2]) || asciiDigit(text[i - 2]) >= 0)) return null;
    if (j === i && designation(text, i - 1, a.unit)) return null;
    if (j === i && !a.unit && afterCodeWord(text, i)) return null;
    if (negative && j === i + 1 && designation(text, i, a.unit)) return null;
    if (
      j === i &&
      (before === ',' || before === '，') &&
      asciiDigit(text[i - 2]) >= 0 &&
      asciiDigit(text[i]) !== -1 &&
      text.charCodeAt(i) < 128
    )
      return null; // 10,00: the tail of a malformed number
    if (a.n.raw.length > 1 && a.n.raw.startsWith('0') && !a.unit) return null; // 010, 007: codes, not amounts
    // 2020年 is a date; 最近的5000年, a millennium or more after publication, is a length
    if (a.unit?.unit === 'a' && a.n.raw.length === 4 && ((a.value ?? 0) < firstFarYear(ctx.ref) || text.startsWith('公元前', i - 3)))
      return null;
    if (!a.unit && isAsciiLetter(text[a.end])) return null;
    if (!a.unit && text[a.end] === ' ' && isAsciiLetter(text[a.end + 1])) return null; // 骁龙8 Gen 3: part of a name
    if (!a.unit && VERSION_AFTER.match(text, a.end)) return null; // 2.0版, 深圳2.0升级版, Web 3.0时代 (data/codes.json)
    if (text[a.end] === '/' && !a.unit && asciiDigit(text[a.end + 1]) >= 0) return arabicFraction(text, i, a.end, a.n.value, mod);
    if ((text[a.end] === '+' || RATIO.has(text[a.end] ?? '')) && asciiDigit(text[a.end + 1]) >= 0) return null;
    if ((before === '+' || before === '/') && (asciiDigit(text[i - 2]) >= 0 || isAsciiLetter(text[i - 2]))) return null;
    // 1_132.mp3: digits of a file name or URL
    if (j === i && (before === '_' || (!a.unit && text[a.end] === '.' && isAsciiLetter(text[a.end + 1])))) return null;
  }
  if (a.unit?.unit === 'a' && NOT_YEARS_AFTER.has(text[a.end] ?? '')) return null;
  // 为期两日: 两 never names a day of the month, so 两日 is two days
  if (!a.unit && TWO.has(a.n.raw) && text[a.end] === '日') {
    a.unit = DAYS;
    a.end++;
  }
  let end = a.end;
  let value = a.value;
  let valueMax: number | null = null;
  let unit = a.unit;
  let approximate = a.approximate || mod.approximate;

  // X分之Y, and the older X份之Y (十份之一): the unit 份 read there is the fraction's
  const fraction = text.startsWith('分之', a.n.end) || text.startsWith('份之', a.n.end);
  if (!percentPrefix && !ordinal && fraction && (a.n.end === a.end || text[a.n.end] === '份' || text[a.n.end] === '分')) {
    const den = a.n.value;
    const numTok = readNumber(text, a.n.end + 2, false);
    if (!numTok) return null;
    const v = den && numTok.value !== null ? finiteOrNull(numTok.value / den) : null;
    return fig('CARDINAL', i, numTok.end, v, null, null, null, mod);
  }
  // 三四个, 两三天, 六七十人: neighbouring digits are an approximate range
  if (a.n.hi !== null) {
    if (ordinal || (!a.unit && !a.n.hasBigUnit)) return null;
    valueMax = a.valueMax;
    approximate = true;
  } else if (a.n.digitRun && a.n.raw.length === 2)
    return null; // 九七: not a figure
  else if (a.valueMax !== null) valueMax = a.valueMax; // 一万几千
  if (percentPrefix) unit = { kind: 'PERCENT', unit: percentPrefix, currency: null, scale: 1 };
  if (negative) {
    value = neg(value);
    if (valueMax !== null) [value, valueMax] = [neg(valueMax), value];
  }

  // ranges: 3至5亿元, 10%-20%, 5万-10万吨
  const sep = ordinal || percentPrefix || valueMax !== null ? null : RANGE_SEPARATORS.match(text, end);
  if (sep && value !== null) {
    const dash = sep.word !== '至' && sep.word !== '到';
    const bNeg = isSign(text, sep.end);
    const b0 = readAmount(text, sep.end + (bNeg ? 1 : 0), false);
    const b = b0 && bNeg ? { ...b0, value: neg(b0.value) } : b0;
    const leadingZero = a.n.raw.length > 1 && a.n.raw.startsWith('0');
    if (
      b &&
      b.value !== null &&
      sameUnit(unit, b.unit) &&
      (!dash || (a.n.script === 'arabic' && b.n.script === 'arabic' && !leadingZero)) &&
      !DATE_AFTER.has(text[b.end] ?? '') &&
      !(b.n.script === 'arabic' && isAsciiLetter(text[b.end]) && !b.unit)
    ) {
      let lo: number | null = value;
      if (!unit && b.unit && a.mult === 1 && b.mult > 1) lo = finiteOrNull(value * b.mult);
      else if (!unit && b.unit && b.unit.scale !== 1) lo = finiteOrNull(value * b.unit.scale);
      if (lo !== null && lo <= b.value) {
        value = lo;
        valueMax = b.value;
        unit = unit ?? b.unit;
        approximate = approximate || b.approximate;
        end = b.end;
      }
    }
  }
  if (!unit && DATE_AFTER.has(text[end] ?? '') && !ordinal) return null;

  // 约400至1000年前, 大概一两年前: years ago, a date the date grammar reads from the number on,
  // not a length with a modifier (without one, the date already wins: it is as long). After
  // (几十亿年后才形成) it is often a length counted from an event, so it stays a figure.
  if (j > i && unit && OFFSET_UNITS.has(unit.unit ?? '') && BEFORE.match(text, end)) return null;

  // 15个人左右: the counted noun sits between the classifier and 左右
  if (unit?.kind === 'CARDINAL' && isHan(text[end]) && !SUFFIX_MODS.match(text, end)) end = nounBeforeApprox(text, end);
  const sm = SUFFIX_MODS.match(text, end);
  if (sm) {
    mod = mergeMod(mod, sm.value);
    approximate = approximate || sm.value.approximate;
    end = sm.end;
  }

  // What kind of figure is it?
  if (vague) {
    valueMax = value === null ? null : finiteOrNull(value * SEVERAL_MAX);
    value = value === null ? null : finiteOrNull(value * SEVERAL_MIN);
  }
  const modified = j > i;
  let kind: FigureKind;
  if (ordinal) {
    kind = 'ORDINAL';
    // 第3季度 is a date, 第5% is odd; 第二年, 第三天 are ordinal years and days, not lengths
    if (unit && unit.kind !== 'CARDINAL' && !OFFSET_UNITS.has(unit.unit ?? '')) return null;
    // 第二外国语学院, 第三方: a bare ordinal running into a noun starts a name (not 第二大)
    if (!unit && isHan(text[end]) && !ORDINAL_RANK_WORDS.has(text[end]!)) return null;
  } else if (currency) {
    if (unit && unit.kind !== 'MONEY') return null;
    kind = 'MONEY';
    unit = { kind: 'MONEY', unit: null, currency, scale: 1 };
  } else if (unit) {
    kind = unit.kind;
    if (kind === 'CARDINAL' && a.n.loneOne && !modified && !ctx.lenient) return null; // 一个, 一家
    // 这一天, 难忘的一年: 一 after a determiner is an article, whatever the unit
    if (a.n.loneOne && !modified && LONE_ONE_DETERMINERS.has(text[i - 1] ?? '')) return null;
  } else {
    kind = 'CARDINAL';
    // bare Chinese numerals count only with 万/亿 or in the hundreds (两千, 三百): not 十四五, 七大
    const hundreds = /[百佰千仟]/.test(a.n.raw) && (a.value ?? 0) >= 100;
    if (a.n.script === 'chinese' && !ctx.lenient && !a.n.hasBigUnit && !hundreds && !modified && !approximate) return null;
    if (a.n.script === 'chinese' && a.n.loneOne && !ctx.lenient) return null;
  }
  return {
    what: 'figure',
    kind,
    start: i,
    end,
    value,
    valueMax,
    unit: kind === 'MONEY' ? null : (unit?.unit ?? null),
    currency: kind === 'MONEY' ? (countryYuan(text, i, a.end, unit) ?? unit?.currency ?? currency) : null,
    approximate,
    bound: mod.bound,
  };
}

/** 日本一圆: a bare 圆 right after a country name is that country's unit, not the renminbi. */
function countryYuan(text: string, i: number, end: number, unit: UnitInfo | null): string | null {
  if (unit?.kind !== 'MONEY' || text[end - 1] !== '圆' || text[end - 2] === '日') return null;
  for (const [name, code] of COUNTRY_YUAN) if (text.startsWith(name, i - name.length)) return code;
  return null;
}

/**
 * 15个人左右的: a short noun (data/readings.json nounBeforeApprox) and an approximation word
 * closing the count, the word not running on into another Han word (左右为难); else `end`.
 */
function nounBeforeApprox(text: string, end: number): number {
  for (let k = 1; k <= NOUN_BEFORE_APPROX.max; k++) {
    const c = text[end + k - 1];
    if (!isHan(c) || isChineseNumeralChar(c)) return end;
    const w = NOUN_BEFORE_APPROX.words.match(text, end + k);
    if (w && (!isHan(text[w.end]) || text[w.end] === '的')) return end + k;
  }
  return end;
}

/** 2/3 (a proper fraction with a small denominator; not 2021/10/15). */
function arabicFraction(text: string, i: number, slash: number, num: number | null, mod: Mod): FigureSpan | null {
  let k = slash + 1;
  let den = 0;
  while (asciiDigit(text[k]) >= 0) den = den * 10 + asciiDigit(text[k++]);
  if (text[k] === '/' || text[k] === '.' || num === null || !Number.isInteger(num) || num >= den || den > 100 || num <= 0) return null;
  return fig('CARDINAL', i, k, finiteOrNull(num / den), null, null, null, mod);
}

function fig(
  kind: FigureKind,
  start: number,
  end: number,
  value: number | null,
  valueMax: number | null,
  unit: string | null,
  currency: string | null,
  mod: Mod,
): FigureSpan {
  return { what: 'figure', kind, start, end, value, valueMax, unit, currency, approximate: mod.approximate, bound: mod.bound };
}
