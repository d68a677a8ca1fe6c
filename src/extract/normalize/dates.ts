/**
 * The date and time grammar: absolute dates (2020年10月22日, 一九九七年十二月三十一日,
 * 2021-10-15 15:27), year-less ones (9月20日, 22日) and relative ones (去年, 上月, 昨天,
 * 三年前, 两年后) resolved against publishedAt, parts of a year (上半年, 第三季度, 年底),
 * times of day (上午10时, 15:27). A date that cannot be resolved keeps value null.
 */
import type { Granularity } from '../../record/schema.js';
import { addDays, addMonths, daysInMonth, execAt, fmt, isoWeek, plausibleMonthDay, validDate, yearOfMonth } from './calendar.js';
import { asciiDigit, isHan, readNumber } from './numbers.js';
import { intAt, parseClock, period, span, timeValue, type Clock } from './clock.js';
import { parsePlan } from './plans.js';
import { parseCentury } from './centuries.js';
import { parseSamePeriod, SENTENCE_END } from './same-period.js';
import { parseBracketDay } from './bracket-day.js';
import {
  AFTER,
  AFTER_FUTURE,
  AFTER_PAST,
  BEFORE,
  DECADE,
  DAY_PARTS,
  DIGITS,
  DURATION_UNITS,
  MONTH_PART_NOT_AFTER,
  UNITS,
  isChineseNumeralChar,
  type DurationUnit,
  LONE_ONE,
  MONTH_PARTS,
  RANGE_SEPARATORS,
  REL_DAYS,
  REL_MONTHS,
  REL_WEEKS,
  REL_YEARS,
  SINCE,
  STANDALONE_MONTH_PARTS,
  YEAR_PARTS,
  firstFarYear,
} from './tables.js';
import type { DateSpan, RefDate, ScanContext } from './types.js';

/** 周一 … 周日: the ISO weekday. */
const WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const NUMERIC_DATE = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?![\d.:])/;
const NUMERIC_MONTH = /(\d{4})([-/])(\d{1,2})(?![\d.:/-])/;
function parseNumeric(text: string, i: number, ctx: ScanContext): DateSpan | null {
  if (asciiDigit(text[i - 1]) >= 0 || asciiDigit(text[i]) < 0) return null;
  const hit = execAt(NUMERIC_DATE, text, i);
  const m = hit?.m;
  if (hit && m) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (mo < 1 || mo > 12) return null;
    const ok = validDate(y, mo, d);
    if (m[5] !== undefined) {
      const c: Clock = {
        end: hit.end,
        h: Number(m[5]),
        min: Number(m[6]),
        s: m[7] === undefined ? null : Number(m[7]),
        gran: m[7] === undefined ? 'minute' : 'second',
      };
      const bad = c.h > 24 || c.min > 59;
      return span(i, c.end, ok && !bad ? timeValue(y, mo, d, c, ctx.ref) : null, c.gran, false, 'TIME');
    }
    return span(i, hit.end, ok ? fmt.day(y, mo, d) : null, 'day', false);
  }
  const hm = execAt(NUMERIC_MONTH, text, i);
  const mm = hm?.m;
  if (hm && mm) {
    const [y, mo] = [Number(mm[1]), Number(mm[3])];
    if (y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12) return span(i, hm.end, fmt.month(y, mo), 'month', false);
  }
  return null;
}

/** The Republic of China era (民国, as the analysed Simplified text writes it): year 1 is 1912. */
export const ROC_ERA = '民国';
const BCE = '公元前';
const ROC_OFFSET = 1911;
/** The latest ROC year read without 民国 (a three-digit count of 年 past it is a duration). */
const ROC_MAX_BARE = 130;

/** A year written out: 2020年, 一九九七年, 二〇二〇年 (four digits); on a Taiwan page, 110年 (ROC). */
function readYear(text: string, i: number, roc = false): { y: number; end: number } | null {
  if (asciiDigit(text[i]) < 0 && !DIGITS.has(text[i] ?? '')) return null;
  if (asciiDigit(text[i - 1]) >= 0 || DIGITS.has(text[i - 1] ?? '')) return null;
  let j = i;
  let y = 0;
  while (j - i < 4 && (asciiDigit(text[j]) >= 0 || DIGITS.has(text[j] ?? ''))) {
    const d = asciiDigit(text[j]);
    y = y * 10 + (d >= 0 ? d : DIGITS.get(text[j]!)!);
    j++;
  }
  const era = text.startsWith(ROC_ERA, i - ROC_ERA.length);
  if ((era || roc) && j - i <= 3 && text[j] === '年' && y >= 1 && (era || (j - i >= 2 && y <= ROC_MAX_BARE)))
    return { y: y + ROC_OFFSET, end: j + 1 };
  if (j - i !== 4) return null;
  if (text.startsWith('财年', j)) return { y, end: j + 2 };
  // 2004下半年, 2023一季度: a part of the year written straight after it, without 年
  if (text[j] !== '年') return (YEAR_PARTS.match(text, j)?.word.length ?? 0) > 1 ? { y, end: j } : null;
  j++;
  if (text[j] === '度') j++;
  return { y, end: j };
}

/**
 * 八月二十八第一期: a day in Chinese numerals right after a month in Chinese numerals, written
 * without 日, when no unit follows it (八月二十八个 would count something).
 */
function chineseDayWithout日(text: string, i: number, j: number, dn: { v: number; end: number }): boolean {
  if (!isChineseNumeralChar(text[i]) || !isChineseNumeralChar(text[j]) || dn.v < 1 || dn.v > 31) return false;
  if (dn.end - j < 2 || isChineseNumeralChar(text[dn.end]) || asciiDigit(text[dn.end]) >= 0) return false;
  return UNITS.match(text, dn.end) === null;
}

function parseCalendar(text: string, i: number, ctx: ScanContext): DateSpan | null {
  const ref = ctx.ref;
  let j = i;
  let y: number | null = null;
  let hasYear = false;
  let relative = false;
  const ry = REL_YEARS.match(text, j);
  const ay = ry ? null : readYear(text, j, ctx.rocYears);
  if (ry) {
    hasYear = relative = true;
    y = ref ? ref.year + ry.value : null;
    j = ry.end;
  } else if (ay) {
    // 最近的5000年: a millennium or more after publication is a length (figures.ts), not a year
    if (ay.y >= firstFarYear(ref) && !text.startsWith(BCE, i - BCE.length)) return null;
    // 1980年代: a decade, as a period of years
    if (ay.y % 10 === 0 && text.startsWith(DECADE, ay.end - 1))
      return period(i, ay.end - 1 + DECADE.length, fmt.year(ay.y), fmt.year(ay.y + 9), 'year', false);
    hasYear = true;
    y = ay.y;
    j = ay.end;
  }
  const first = firstPart(text, j, relative, i, hasYear ? y : (ref?.year ?? null));
  if (first) return first;
  {
    const yp = YEAR_PARTS.match(text, j);
    // 上半年, 第三季度, 年底 on their own take the published year, like 9月20日 does
    if (!hasYear && yp && yp.word.length > 1 && text[j - 1] !== '年') y = ref ? ref.year : null;
    if (yp && (hasYear || (yp.word.length > 1 && text[j - 1] !== '年')) && !(yp.word.length === 1 && text[yp.end] === '期')) {
      const p = yp.value;
      // halves and quarters are periods of months, so a user can put them on one axis with 1-8月
      if (p.half) return monthPeriod(i, yp.end, y, 6 * p.half - 5, 6 * p.half, relative);
      if (p.quarter) return monthPeriod(i, yp.end, y, 3 * p.quarter - 2, 3 * p.quarter, relative);
      if (p.month) return span(i, yp.end, y === null ? null : fmt.month(y, p.month), 'month', relative);
    }
  }
  // month
  let m: number | null = null;
  let hasMonth = false;
  let badMonth = false;
  const rm = hasYear ? null : REL_MONTHS.match(text, j);
  if (rm) {
    hasMonth = relative = true;
    if (ref) [y, m] = addMonths(ref.year, ref.month, rm.value);
    hasYear = true;
    j = rm.end;
  } else {
    const mn = intAt(text, j, 99);
    const range = mn ? monthRange(text, i, mn, hasYear ? y : null, hasYear, relative, ref) : null;
    if (range) return range;
    if (mn && text[mn.end] === '月' && mn.end - j <= 3) {
      hasMonth = true;
      m = mn.v;
      badMonth = m < 1 || m > 12;
      j = mn.end + 1;
      if (text[j] === '份') j++;
    }
  }
  if (hasMonth) {
    const mp = MONTH_PARTS.match(text, j);
    if (mp) return monthSpan(i, mp.end, y, m, hasYear, badMonth, relative, ref);
  }
  // day (下月10日 too: the day of a relative month is one expression)
  let d: number | null = null;
  let hasDay = false;
  let dayRel = false;
  if (hasMonth) {
    const dn = intAt(text, j, 99);
    const mark = dn ? dayMark(text, dn.end) : -1;
    if (dn && (text[dn.end] === '号' || mark >= 0)) {
      hasDay = true;
      d = dn.v;
      j = (mark >= 0 ? mark : dn.end) + 1;
    } else if (dn && chineseDayWithout日(text, i, j, dn)) {
      hasDay = true;
      d = dn.v;
      j = dn.end;
    }
  } else if (!hasMonth && !hasYear) {
    const rd = REL_DAYS.match(text, j);
    if (rd) {
      hasDay = dayRel = relative = true;
      if (ref) [y, m, d] = addDays(ref.year, ref.month, ref.day, rd.value);
      j = rd.end;
    } else {
      const dn = intAt(text, j, 31);
      // a lone 一日 is "one day" (一日千里, 一日三餐), not the 1st: that is written 1日
      const loneOneDay = dn !== null && dn.end === j + 1 && LONE_ONE.has(text[j]!);
      // 两 never names a day of the month: 两日 is two days
      const mark = dn ? dayMark(text, dn.end) : -1;
      if (dn && mark >= 0 && dn.v >= 1 && asciiDigit(text[i - 1]) < 0 && !loneOneDay && text[j] !== '两') {
        hasDay = true;
        d = dn.v;
        j = mark + 1;
        if (ref) [y, m] = [ref.year, ref.month];
        if (ref && !validDate(y!, m!, d)) y = m = null;
      } else {
        const rw = REL_WEEKS.match(text, j);
        if (rw) {
          if (!ref) return span(i, rw.end, null, 'week', true);
          const [yy, mm, dd] = addDays(ref.year, ref.month, ref.day, 7 * rw.value);
          const dow = WEEKDAYS[text[rw.end] ?? ''];
          if (dow !== undefined) {
            // 上周五: that weekday of that week (ISO weeks start on Monday)
            const monday = addDays(yy, mm, dd, 1 - (new Date(Date.UTC(yy, mm - 1, dd)).getUTCDay() || 7));
            const [y2, m2, d2] = addDays(monday[0], monday[1], monday[2], dow - 1);
            return span(i, rw.end + 1, fmt.day(y2, m2, d2), 'day', true);
          }
          const [wy, w] = isoWeek(yy, mm, dd);
          return span(i, rw.end, fmt.week(wy, w), 'week', true);
        }
        const sm = STANDALONE_MONTH_PARTS.match(text, j);
        // 岁月中, 蜜月中: the 月 closes the word before it
        if (sm && MONTH_PART_NOT_AFTER.has(text[j - 1] ?? '')) return null;
        if (sm) return span(i, sm.end, ref ? fmt.month(ref.year, ref.month) : null, 'month', false);
        return null;
      }
    }
  }
  if (!hasYear && !hasMonth && !hasDay) return null;
  if (hasMonth && !rm && !hasDay) return monthSpan(i, j, y, m, hasYear, badMonth, relative, ref);
  if (hasMonth && hasDay && !hasYear) {
    // a year-less date takes the published year (the year before when that would put it far ahead)
    if (!ref || badMonth || !plausibleMonthDay(m!, d!)) y = null;
    else if (ctx.rangeEnd) y = m! < ref.month || (m === ref.month && d! < ref.day) ? ref.year + 1 : ref.year;
    else y = yearOfMonth(m!, ref);
  }
  if (hasDay) {
    const clock = parseClock(text, j, false);
    // 今晚8点, 昨夜11时: the evening word makes the hour pm
    if (clock && dayRel && /[晚夜]$/.test(text.slice(i, j)) && clock.h < 12 && !DAY_PARTS.match(text, j)) clock.h += 12;
    if (clock) return span(i, clock.end, timeValue(y, m, d, clock, ref), clock.gran, relative, 'TIME');
    const ok = y !== null && m !== null && d !== null && !badMonth && validDate(y, m, d);
    return span(i, j, ok ? fmt.day(y!, m!, d!) : null, 'day', relative || dayRel);
  }
  if (hasMonth) return span(i, j, y !== null && m !== null ? fmt.month(y, m) : null, 'month', relative);
  return span(i, j, y === null ? null : fmt.year(y), 'year', relative);
}

const RANGE_SEP = new Set([...'-至到~～—–']);

/** 1-8月, 1至8月: an ISO interval of months. */
function monthRange(
  text: string,
  i: number,
  a: { v: number; end: number },
  y: number | null,
  hasYear: boolean,
  relative: boolean,
  ref: RefDate | null,
): DateSpan | null {
  if (!RANGE_SEP.has(text[a.end] ?? '')) return null;
  const b = intAt(text, a.end + 1, 12);
  if (!b || text[b.end] !== '月' || a.v < 1 || a.v >= b.v) return null;
  let end = b.end + 1;
  if (text[end] === '份') end++;
  if (!hasYear) y = ref ? yearOfMonth(b.v, ref) : null;
  return monthPeriod(i, end, y, a.v, b.v, relative);
}

/** Months `from`..`to` of year `y` as a period at month precision. */
function monthPeriod(i: number, end: number, y: number | null, from: number, to: number, relative: boolean): DateSpan {
  return period(i, end, y === null ? null : fmt.month(y, from), y === null ? null : fmt.month(y, to), 'month', relative);
}

/** 前三季度, 前8个月 (after a year, or on their own in the published year): a period of months. */
function firstPart(text: string, j: number, relative: boolean, i: number, year: number | null): DateSpan | null {
  if (text[j] !== '前') return null;
  const n = intAt(text, j + 1, 12);
  if (!n || n.v < 1) return null;
  if (text.startsWith('季度', n.end) && n.v <= 4) return monthPeriod(i, n.end + 2, year, 1, 3 * n.v, relative);
  if (text.startsWith('个月', n.end)) return monthPeriod(i, n.end + 2, year, 1, n.v, relative);
  return null;
}

function monthSpan(
  i: number,
  end: number,
  y: number | null,
  m: number | null,
  hasYear: boolean,
  bad: boolean,
  relative: boolean,
  ref: RefDate | null,
): DateSpan {
  if (bad || m === null) return span(i, end, null, 'month', relative);
  if (!hasYear) y = ref ? yearOfMonth(m, ref) : null;
  return span(i, end, y === null ? null : fmt.month(y, m), 'month', relative);
}

/**
 * 两年后，这里将建成新城, 预计两年后建成: the sentence speaks of the future, so the offset
 * counts from publication; so does an offset that nothing anchors (3个月后 on its own). In a
 * narrative (10年后，他又…, 说出这话两天之后) it counts from an event the text names: no value.
 */
function looksAhead(text: string, from: number): boolean {
  for (let k = from; k < text.length && !SENTENCE_END.test(text[k]!); k++) if (AFTER_FUTURE.match(text, k)) return true;
  return false;
}

const CLAUSE_END = /[，,；;：:。！？!?\n]/;
/** Words that may stand before an offset without naming an event (在两年后, 于三个月后). */
const BARE_BEFORE = /^[在于到至再约近大概]*$/;

function sentenceStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && !SENTENCE_END.test(text[k - 1]!)) k--;
  return k;
}

/** 说出这话两天之后, 使用4周后: the clause names the event the offset counts from. */
function anchoredBefore(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && !CLAUSE_END.test(text[k - 1]!)) k--;
  return !BARE_BEFORE.test(text.slice(k, i));
}

/** 10年后，他又…, 使用4周后，症状消失了: the sentence tells what happened, so the offset counts from an event it names. */
function tellsPast(text: string, from: number): boolean {
  let k = from;
  // 两天之后的1月6日: the offset names its own date right after it.
  if (text[k] === '的' && asciiDigit(text[k + 1]) >= 0) return true;
  for (; k < text.length && !SENTENCE_END.test(text[k]!); k++) if (AFTER_PAST.match(text, k)) return true;
  return false;
}

/** 三年前, 两个月后, 5天前, 近两年来, 十年来; ranges: 一两年前, 400至1000年前, 3到5年后 */
function parseOffset(text: string, i: number, ctx: ScanContext): DateSpan | null {
  const near = text[i] === '近';
  const j = near ? i + 1 : i;
  let vague = false;
  let nEnd: number;
  let value = 0;
  let hi: number | null = null;
  if (text[j] === '半' || text[j] === '几' || text[j] === '数') {
    vague = true;
    nEnd = j + 1;
  } else {
    const n = readNumber(text, j, false);
    if (!n || n.value === null || !Number.isInteger(n.value)) return null;
    value = n.value;
    nEnd = n.end;
    hi = n.hi;
    const r = hi === null ? offsetRangeEnd(text, nEnd, value) : null;
    if (r) [hi, nEnd] = [r.v, r.end];
    // 2000年前 may be "before 2000": a single offset stays small; a range starting below any
    // calendar year news writes (400至1000年前) is years ago, and so is a number of years no
    // calendar year can be yet (5000年前: a millennium past publication, checked below)
    if (value > (r ? MAX_RANGE_START : MAX_OFFSET) && (r || value < firstFarYear(ctx.ref))) return null;
    if (!r && (text[nEnd] === '多' || text[nEnd] === '余' || text[nEnd] === '几')) {
      vague = true;
      nEnd++;
    }
  }
  if (text[nEnd] === '半') vague = true;
  const u = DURATION_UNITS.match(text, nEnd) ?? (vague && text[nEnd] === '半' ? DURATION_UNITS.match(text, nEnd + 1) : null);
  if (!u) return null;
  const gran: Granularity = u.value;
  if (hi === null && value > MAX_OFFSET && gran !== 'year') return null;
  const since = SINCE.match(text, u.end);
  if (since) return span(i, since.end, null, gran, true);
  if (near) return null;
  const before = BEFORE.match(text, u.end);
  const after = before ? null : AFTER.match(text, u.end);
  if (!before && !after) return null;
  const end = (before ?? after)!.end;
  const ref = ctx.ref;
  if (!ref || vague || (after && (anchoredBefore(text, i) || tellsPast(text, end)) && !looksAhead(text, sentenceStart(text, i))))
    return hi === null ? span(i, end, null, gran, true) : period(i, end, null, null, gran, true);
  // 5000年前 lies before the common era, which has no ISO value here (as 公元前3300年)
  if (hi === null && value >= firstFarYear(ref)) return span(i, end, null, gran, true);
  const sign = before ? -1 : 1;
  if (hi === null) return span(i, end, offsetValue(ref, u.value, sign * value), gran, true);
  // a range of offsets is a period: its earlier end first (400至1000年前 → 1023..1623)
  const [lo, up] = before ? [-hi, -value] : [value, hi];
  return period(i, end, offsetValue(ref, u.value, lo), offsetValue(ref, u.value, up), gran, true);
}

/**
 * 公元前数百年, 公元前两千多年: a vague or round number of years before the common era;
 * 公元前5，000年: digits grouped by thousands, the comma ASCII or full-width.
 */
const BCE_YEARS = /^(?:[0-9]{1,3}(?:[,，][0-9]{3})+|[数几上]?[0-9〇零一二三四五六七八九十百千万两]+[多余]?)年/;

function bceYears(text: string, i: number): DateSpan | null {
  const m = BCE_YEARS.exec(text.slice(i, i + 16));
  return m ? span(i, i + m[0].length, null, 'year', false) : null;
}

const MAX_OFFSET = 200;
const MAX_RANGE_START = 999;

/** The upper end of a range of offsets (400至1000年前): a separator and a larger whole number. */
function offsetRangeEnd(text: string, j: number, lo: number): { v: number; end: number } | null {
  const sep = RANGE_SEPARATORS.match(text, j);
  if (!sep) return null;
  const n = readNumber(text, sep.end, false);
  if (!n || n.value === null || !Number.isInteger(n.value) || n.hi !== null || n.value <= lo) return null;
  return { v: n.value, end: n.end };
}

/** publishedAt moved by k years, months, weeks or days, at that precision. */
function offsetValue(ref: RefDate, unit: DurationUnit, k: number): string {
  switch (unit) {
    case 'year':
      return fmt.year(ref.year + k);
    case 'month': {
      const [y, m] = addMonths(ref.year, ref.month, k);
      return fmt.month(y, m);
    }
    case 'week': {
      const [y, m, d] = addDays(ref.year, ref.month, ref.day, 7 * k);
      const [wy, w] = isoWeek(y, m, d);
      return fmt.week(wy, w);
    }
    case 'day': {
      const [y, m, d] = addDays(ref.year, ref.month, ref.day, k);
      return fmt.day(y, m, d);
    }
  }
}

/** A time of day on its own (上午10时, 15:27): on the published day. */
function parseTime(text: string, i: number, ctx: ScanContext): DateSpan | null {
  const c = parseClock(text, i, true);
  if (!c) return null;
  const r = ctx.ref;
  return span(i, c.end, r ? timeValue(r.year, r.month, r.day, c, r) : null, c.gran, false, 'TIME');
}

/**
 * The index of the 日 closing a day number at `k`, or -1. One hard line break may stand between
 * them (二十四⏎日早上: a wrapped line) when what follows 日 cannot be a word it starts (日本,
 * 日报): a part of the day (data/dates.json dayParts) or no Han character.
 */
function dayMark(text: string, k: number): number {
  if (text[k] === '日') return k;
  if (text[k] !== '\n' || text[k + 1] !== '日') return -1;
  const next = text[k + 2];
  return DAY_PARTS.match(text, k + 2) || !isHan(next) ? k + 1 : -1;
}
export function parseDateAt(text: string, i: number, ctx: ScanContext): DateSpan | null {
  // 公元前3300年: a year before the common era has no ISO value here; never the year 3300.
  if (text.startsWith(BCE, i - BCE.length)) {
    const d = parseCalendar(text, i, ctx) ?? bceYears(text, i);
    return d ? { ...d, start: i - BCE.length, value: null, valueMax: null } : null;
  }
  // 民国110年10月15日: the era word starts the span, the year after it is read as ROC.
  if (text.startsWith(ROC_ERA, i)) {
    const d = parseCalendar(text, i + ROC_ERA.length, ctx);
    return d && d.value !== null ? { ...d, start: i } : null;
  }
  return (
    (text[i + 1] === '（' || text[i + 1] === '(' ? parseBracketDay(text, i, ctx) : null) ??
    parseNumeric(text, i, ctx) ??
    parseSamePeriod(text, i, ctx) ??
    parseCalendar(text, i, ctx) ??
    parseOffset(text, i, ctx) ??
    parsePlan(text, i) ??
    parseCentury(text, i) ??
    parseTime(text, i, ctx)
  );
}

export { daysInMonth };
