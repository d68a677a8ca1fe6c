/**
 * Relative offsets of the date grammar (dates.ts): 三年前, 两个月后, 近两年来, ranges of them
 * (400至1000年前), and the vague years before the common era (公元前数百年). An offset counts
 * from publishedAt only when the sentence does not name another event to count from, so most
 * of this module is about reading the sentence around it.
 */
import type { Granularity } from '../../record/schema.js';
import { addDays, addMonths, fmt, isoWeek } from './calendar.js';
import { asciiDigit, readNumber } from './numbers.js';
import { period, span } from './clock.js';
import { SENTENCE_END } from './same-period.js';
import {
  AFTER,
  AFTER_FUTURE,
  AFTER_PAST,
  BEFORE,
  DURATION_UNITS,
  RANGE_SEPARATORS,
  SINCE,
  firstFarYear,
  type DurationUnit,
} from './tables.js';
import type { DateSpan, RefDate, ScanContext } from './types.js';

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
export function parseOffset(text: string, i: number, ctx: ScanContext): DateSpan | null {
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

export function bceYears(text: string, i: number): DateSpan | null {
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
