/**
 * The amount at the heart of a figure: number [多/余/几/来] [万/亿] [unit], with the halves and
 * tenths written after a unit (一年半, 八成半). figures.ts reads one for a figure and again for
 * the far end of a range (3至5亿元), so both ends are read by the same grammar.
 */
import { asciiDigit, finiteOrNull, isAsciiLetter, isHan, readMultipliers, readNumber, type NumberToken } from './numbers.js';
import {
  CHENG,
  DIGITS,
  HALF_WORDS,
  INNER_APPROX,
  PARTICLE_AFTER_UNIT,
  UNITS,
  isChineseNumeralChar,
  type Mod,
  type UnitInfo,
} from './tables.js';

/** Characters after 成 that make it a verb or noun (成为, 成立, 成本), not tenths. */
const NOT_CHENG_AFTER = new Set([...'为立功长本果绩交员都就熟型分效品形年人材才']);
/** 数十, 几百: "several" of a magnitude, read as 2 to 9 of it (数十家 → 20..90). */
export const SEVERAL_MIN = 2;
export const SEVERAL_MAX = 9;

export interface Amount {
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
export function readAmount(text: string, i: number, allowUnitStart: boolean): Amount | null {
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

export function sameUnit(a: UnitInfo | null, b: UnitInfo | null): boolean {
  if (!a || !b) return true;
  return a.kind === b.kind && a.unit === b.unit && a.currency === b.currency;
}

export function mergeMod(a: Mod, b: Mod | null): Mod {
  if (!b) return a;
  return { approximate: a.approximate || b.approximate, bound: a.bound ?? b.bound };
}
