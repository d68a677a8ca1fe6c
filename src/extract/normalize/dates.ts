/**
 * The date and time grammar: absolute dates (2020年10月22日, 一九九七年十二月三十一日,
 * 2021-10-15 15:27), year-less ones (9月20日, 22日) and relative ones (去年, 上月, 昨天,
 * 三年前, 两年后) resolved against publishedAt, parts of a year (上半年, 第三季度, 年底),
 * times of day (上午10时, 15:27). A date that cannot be resolved keeps value null.
 */
import { addDays, addMonths, daysInMonth, execAt, fmt, isoWeek, plausibleMonthDay, validDate, yearOfMonth } from './calendar.js';
import { asciiDigit, isHan } from './numbers.js';
import { intAt, parseClock, period, span, timeValue, type Clock } from './clock.js';
import { parsePlan } from './plans.js';
import { parseCentury } from './centuries.js';
import { parseSamePeriod } from './same-period.js';
import { parseBracketDay } from './bracket-day.js';
import { firstPart, monthPeriod, monthRange, monthSpan } from './month-periods.js';
import { bceYears, parseOffset } from './offsets.js';
import {
  DECADE,
  DAY_PARTS,
  DIGITS,
  MONTH_PART_NOT_AFTER,
  UNITS,
  isChineseNumeralChar,
  LONE_ONE,
  MONTH_PARTS,
  REL_DAYS,
  REL_MONTHS,
  REL_WEEKS,
  REL_YEARS,
  STANDALONE_MONTH_PARTS,
  YEAR_PARTS,
  firstFarYear,
} from './tables.js';
import type { DateSpan, ScanContext } from './types.js';

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
