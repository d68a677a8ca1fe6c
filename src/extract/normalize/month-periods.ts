/**
 * Spans of whole months for the calendar grammar (dates.ts): 1-8月, 上半年 and 第三季度 as the
 * months they cover, 前三季度 and 前8个月, and a month on its own. Halves, quarters and ranges
 * are periods of months so that a user can put them on one axis with single months; a month
 * written without its year takes the year publishedAt puts it in.
 */
import { fmt, yearOfMonth } from './calendar.js';
import { intAt, period, span } from './clock.js';
import type { DateSpan, RefDate } from './types.js';

const RANGE_SEP = new Set([...'-至到~～—–']);

/** 1-8月, 1至8月: an ISO interval of months. */
export function monthRange(
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
export function monthPeriod(i: number, end: number, y: number | null, from: number, to: number, relative: boolean): DateSpan {
  return period(i, end, y === null ? null : fmt.month(y, from), y === null ? null : fmt.month(y, to), 'month', relative);
}

/** 前三季度, 前8个月 (after a year, or on their own in the published year): a period of months. */
export function firstPart(text: string, j: number, relative: boolean, i: number, year: number | null): DateSpan | null {
  if (text[j] !== '前') return null;
  const n = intAt(text, j + 1, 12);
  if (!n || n.v < 1) return null;
  if (text.startsWith('季度', n.end) && n.v <= 4) return monthPeriod(i, n.end + 2, year, 1, 3 * n.v, relative);
  if (text.startsWith('个月', n.end)) return monthPeriod(i, n.end + 2, year, 1, n.v, relative);
  return null;
}

export function monthSpan(
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
