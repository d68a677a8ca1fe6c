/**
 * The figure grammar: at a position, read
 *   [第|首] [prefix modifier] [currency prefix] [sign] [百分之] number [多/余/几] [万/亿]
 *   [unit] [range separator + the same again] [suffix modifier]
 * and give its kind, value (in plain units), unit, currency, approximate and bound.
 */
import type { FigureKind, FigureSpan, ScanContext } from './types.js';
import { asciiDigit, finiteOrNull, isAsciiLetter, isHan, readMultipliers, readNumber, type NumberToken } from './numbers.js';
import {
  BEFORE,
  BIG_UNITS,
  CHENG,
  COUNTRY_YUAN,
  DURATION_UNIT_CODES,
  CODE_BEFORE,
  CODE_LINKS,
  CURRENCY_PREFIX,
  DESIGNATION_NOT_AFTER,
  DIGITS,
  HALF_WORDS,
  PARTICLE_AFTER_UNIT,
  LABEL_LISTS,
  LONE_ZERO,
  NOUN_BEFORE_APPROX,
  SIGN_NOT_AFTER,
  STOP_TAILS,
  INNER_APPROX,
  LONE_ONE_DETERMINERS,
  ORDINAL_HEADS,
  ORDINAL_RANK_WORDS,
  PREFIX_MODS,
  RANGE_SEPARATORS,
  RATE_STEP,
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

/** Characters after 成 that make it a verb or noun (成为, 成立, 成本), not tenths. */
const NOT_CHENG_AFTER = new Set([...'为立功长本果绩交员都就熟型分效品形年人材才']);
/** A figure directly followed by these is (part of) a date: 10月, 22日, 1-2月. */
const DATE_AFTER = new Set([...'年月日号时']);
/** Ratio and score colons: 3:2, 3∶1. */
const RATIO = new Set([...':：∶']);
/** 年 followed by these is not a number of years: 90年代 (a decade), 三年级 (a school grade). */
const NOT_YEARS_AFTER = new Set([...'代级龄']);
/** 数十, 几百: "several" of a magnitude, read as 2 to 9 of it (数十家 → 20..90). */
const SEVERAL_MIN = 2;
const SEVERAL_MAX = 9;
// Code tables, not sets of strings: parseFigureAt runs at every trigger character, and these
// two tests on each call cost 9 % of the stage as string-keyed Set lookups.
const RATE_VERB_LAST = codeTable(RATE_STEP_VERBS.map((w) => w.at(-1)!));
const TEMPERATURE_START = codeTable(TEMPERATURE_PREFIX.firstChars());
const TWO: ReadonlySet<string> = new Set(['两', '兩']);
const DAYS: UnitInfo = UNITS.match('天', 0)!.value;
const OFFSET_UNITS = DURATION_UNIT_CODES;

/** The last characters of the code words: most numbers fail on this one lookup. */
const CODE_BEFORE_LAST: ReadonlySet<string> = new Set(CODE_BEFORE.map((w) => w.at(-1)!));

/** 拨打12345, 邮编：518000: a code word (data/codes.json) and an optional 为/是/colon right before `i`. */
function afterCodeWord(text: string, i: number): boolean {
  let p = i;
  while (p > 0 && text[p - 1] === ' ') p--;
  if (CODE_LINKS.has(text[p - 1] ?? '')) p--;
  while (p > 0 && text[p - 1] === ' ') p--;
  if (CODE_BEFORE_LAST.has(text[p - 1] ?? '') && CODE_BEFORE.some((w) => text.startsWith(w, p - w.length))) return true;
  // 图208、268: the label word carries on along a list of numbers
  if (p === i && LABEL_LISTS.has(text[p - 1] ?? '') && asciiDigit(text[p - 2]) >= 0) {
    let q = p - 2;
    while (q > 0 && asciiDigit(text[q - 1]) >= 0) q--;
    return afterCodeWord(text, q);
  }
  return false;
}

/** 歼-20, 东风-41: a Han word, a hyphen and digits with no unit is a designation, not a negative number. */
function designation(text: string, hyphen: number, unit: UnitInfo | null): boolean {
  const h = text[hyphen - 1];
  return !unit && (text[hyphen] === '-' || text[hyphen] === '－') && isHan(h) && !DESIGNATION_NOT_AFTER.has(h!);
}

interface Amount {
  start: number;
  end: number;
  n: NumberToken;
  value: number | null;
  /** the upper end when the numeral is itself a range (三四个) */
  valueMax: number | null;
  /** multiplier from 万/亿 after the number (for ranges: 3至5亿元) */
  mult: number;
  approximate: boolean;
  unit: UnitInfo | null;
}

function matchUnit(text: string, j: number, n: NumberToken): UnitInfo | null {
  const u = UNITS.match(text, j);
  if (u) {
    if (PARTICLE_AFTER_UNIT.get(u.word)?.has(text[u.end] ?? '')) return null; // 如图41所示
    if (u.value.ascii) {
      if (n.script !== 'arabic' || isAsciiLetter(text[u.end])) return null;
    }
    return u.value;
  }
  if (text[j] === '成' && !NOT_CHENG_AFTER.has(text[j + 1] ?? '') && n.value !== null && n.value <= 10 && !n.hasBigUnit) {
    return CHENG;
  }
  return null;
}

/** 2万6,400, 1亿2000万: a whole Arabic number below the multiplier written after 万/亿 adds to it. */
function withArabicTail(text: string, n: NumberToken): NumberToken {
  if (n.script !== 'arabic' || n.value === null || (n.mult !== 1e4 && n.mult !== 1e8) || asciiDigit(text[n.end]) < 0) return n;
  const t = readNumber(text, n.end, false);
  if (!t || t.value === null || t.mult !== 1 || !Number.isInteger(t.value) || t.value >= n.mult || text[t.end] === '.') return n;
  const value = finiteOrNull(n.value + t.value);
  return { ...n, end: t.end, value, base: value, mult: 1, raw: n.raw + t.raw };
}

/**
 * 几 after a number with 万/亿. 一万几千: "and some thousands", two to nine of the smaller
 * magnitude added. 几百万几千万: a magnitude as large (or any, after 上/数/几) starts a second
 * amount, never a product: null, and the amount ends before 几.
 */
function severalMore(
  n: NumberToken,
  m: { end: number; mult: number },
  allowUnitStart: boolean,
): { value: number | null; hi: number | null } | null {
  if (m.mult >= n.mult || allowUnitStart) return null;
  const v = n.value;
  return v === null
    ? { value: null, hi: null }
    : { value: finiteOrNull(v + m.mult * SEVERAL_MIN), hi: finiteOrNull(v + m.mult * SEVERAL_MAX) };
}

/** number [多/余/几/来] [万/亿] [unit] */
function readAmount(text: string, i: number, allowUnitStart: boolean): Amount | null {
  const n0 = readNumber(text, i, allowUnitStart);
  if (!n0) return null;
  const n = withArabicTail(text, n0);
  let j = n.end;
  let value = n.value;
  let hi = n.hi;
  let mult = n.mult;
  let approximate = false;
  const inner = text[j];
  if (inner !== undefined && INNER_APPROX.has(inner)) {
    const after = text[j + 1];
    const m = readMultipliers(text, j + 1);
    const followedByUnit = m.end > j + 1 || matchUnit(text, j + 1, n) !== null;
    if (inner === '几' && n.hasBigUnit && m.mult > 1) {
      const more = severalMore(n, m, allowUnitStart);
      if (more) {
        [value, hi, mult, j, approximate] = [more.value, more.hi, m.mult, m.end, true];
      }
    } else if (inner === '多' || inner === '余' ? true : followedByUnit) {
      // 三年多 / 十多年: fine; but 多 in 多元化 after a number is still "more than"
      approximate = true;
      j++;
      if (m.end > j && after !== undefined) {
        value = value === null ? null : finiteOrNull(value * m.mult);
        hi = hi === null ? null : finiteOrNull(hi * m.mult);
        mult *= m.mult;
        j = m.end;
      }
    }
  }
  let unit = matchUnit(text, j, n);
  // 几万\n个犯人: a hard line break between a number and its classifier
  if (!unit && text[j] === '\n' && j > i) {
    const wrapped = matchUnit(text, j + 1, n);
    if (wrapped?.kind === 'CARDINAL') {
      unit = wrapped;
      j++;
    }
  }
  if (unit) {
    j += unit === CHENG ? 1 : (UNITS.match(text, j)?.word.length ?? 0);
    // 八成半 (85 %), 四成八 (48 %): a half or a digit after 成 is the next place down
    if (unit === CHENG && value !== null) {
      const next = text[j];
      const d = next === '半' ? 0.5 : next !== undefined && DIGITS.has(next) ? DIGITS.get(next)! / 10 : -1;
      if (d > 0 && !isChineseNumeralChar(text[j + 1]) && !UNITS.match(text, j + 1)) {
        value += d;
        j++;
      }
    }
    // 两个多月, 一个半小时: 个 + 多/半 + 月 is the unit 个月
    const whole = text[j - 1] === '个' && (text[j] === '多' || text[j] === '半') ? UNITS.match(`个${text.slice(j + 1, j + 8)}`, 0) : null;
    if (whole && whole.word.length > 1) {
      unit = whole.value;
      if (text[j] === '多') approximate = true;
      else if (value !== null) value += 0.5;
      j += whole.word.length;
    } else if (text[j] === '半' && unit.kind === 'QUANTITY' && value !== null && n.hi === null) {
      value += 0.5; // 一年半, 两天半
      j++;
    } else if (text[j] === '半' && unit.kind === 'CARDINAL' && value !== null && n.hi === null && !HALF_WORDS.match(text, j)) {
      // 七个半人: a half after the classifier, unless 半 starts a word (两个半岛)
      const after = text[j + 1];
      if (isHan(after) && !isChineseNumeralChar(after)) {
        value += 0.5;
        j++;
      }
    }
    if (unit.scale !== 1 && value !== null) value = finiteOrNull(value * unit.scale);
    if (unit.scale !== 1 && hi !== null) hi = finiteOrNull(hi * unit.scale);
  }
  return { start: i, end: j, n, value, valueMax: hi, mult, approximate, unit };
}

function sameUnit(a: UnitInfo | null, b: UnitInfo | null): boolean {
  if (!a || !b) return true;
  return a.kind === b.kind && a.unit === b.unit && a.currency === b.currency;
}

function mergeMod(a: Mod, b: Mod | null): Mod {
  if (!b) return a;
  return { approximate: a.approximate || b.approximate, bound: a.bound ?? b.bound };
}

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

/** -, −, 负 right before a digit (负 not closing a word: 减负, 胜负). */
function isSign(text: string, j: number): boolean {
  const c = text[j];
  if (c === '负' && SIGN_NOT_AFTER.has(text[j - 1] ?? '')) return false;
  return (c === '负' || c === '-' || c === '−') && (asciiDigit(text[j + 1]) >= 0 || DIGITS.has(text[j + 1] ?? ''));
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

/** 0 - 0 is +0; -0 would not survive JSON. */
function neg(v: number | null): number | null {
  return v === null ? null : 0 - v;
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

/** 摄氏19.2度, 华氏98度: the scale before the number, 度 after it. */
function parseTemperature(text: string, i: number): FigureSpan | null {
  const t = TEMPERATURE_PREFIX.match(text, i);
  if (!t) return null;
  const neg = text[t.end] === '零' && text[t.end + 1] === '下' ? 2 : isSign(text, t.end) ? 1 : 0;
  const n = readNumber(text, t.end + neg, false);
  if (!n || n.value === null || text[n.end] !== '度') return null;
  const v = neg ? neg0(n.value) : n.value;
  return {
    what: 'figure',
    kind: 'QUANTITY',
    start: i,
    end: n.end + 1,
    value: v,
    valueMax: null,
    unit: t.value,
    currency: null,
    approximate: false,
    bound: null,
  };
}

const neg0 = (v: number): number => 0 - v;

/** 升息一码, 降息半码 (Taiwan): steps of a quarter of a percentage point, only after a rate verb. */
function parseRateStep(text: string, i: number): FigureSpan | null {
  if (!RATE_STEP_VERBS.some((w) => text.startsWith(w, i - w.length))) return null;
  const n = text[i] === '半' ? null : readNumber(text, i, false);
  let steps = text[i] === '半' ? 0.5 : (n?.value ?? null);
  let k = n ? n.end : i + 1;
  if (steps === null || !text.startsWith(RATE_STEP.unit, k)) return null;
  k += RATE_STEP.unit.length;
  if (text[k] === '半' && n) {
    steps += 0.5; // 一码半
    k++;
  }
  const v = finiteOrNull(steps * RATE_STEP.pp);
  return {
    what: 'figure',
    kind: 'PERCENT',
    start: i,
    end: k,
    value: v,
    valueMax: null,
    unit: 'pp',
    currency: null,
    approximate: false,
    bound: null,
  };
}
