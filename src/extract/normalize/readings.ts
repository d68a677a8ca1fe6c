/**
 * Second readings of spans after merging: 2 before a side word (2边, "both sides"), a year
 * heading a sentence without 年 (2004，…), a range whose separator was lost (8 10个), a year
 * without its century (迟至八九年, 八九年民主运动, 六八年底), 一月内 as one month, and an
 * ordinal range of pages (第236-239页).
 * The words and bounds are data (data/readings.json); these are rules about the kind of
 * context, not about single strings.
 */
import readings from './data/readings.json' with { type: 'json' };
import { fmt } from './calendar.js';
import type { MergedSpan } from './merge.js';
import type { FigureSpan, Span } from './types.js';
import { isHan, readNumber } from './numbers.js';
import { LIST_MARKER_BEFORE, RANGE_SEPARATORS, UNITS } from './tables.js';

const SIDE_WORDS: ReadonlySet<string> = new Set(readings.sideWords);
const YEAR_AFTER: ReadonlySet<string> = new Set(readings.bareYear.after);
const RANGE_GAPS: ReadonlySet<string> = new Set(readings.rangeGaps);
const DIGITS_ONLY = /^[0-9]+$/;
const SHORT_YEAR = readings.twoDigitYear;
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(SHORT_YEAR.before);
const WEAK_PREPOSITIONS: ReadonlySet<string> = new Set(SHORT_YEAR.weakBefore);
const LENGTH_AFTER: ReadonlySet<string> = new Set(SHORT_YEAR.lengthAfter);
const EVENT_ENDS: ReadonlySet<string> = new Set(SHORT_YEAR.eventEnds);
const LENGTH_MARKERS: ReadonlySet<string> = new Set(SHORT_YEAR.lengthMarkers);
const MONTH_LENGTH_AFTER = readings.monthAsLength.after;
/** 一月 to 十二月 written in Chinese numerals, nothing else in the span. */
const CHINESE_MONTH = /^(?:[一二三四五六七八九十]|十[一二])月$/;
const CHINESE_MONTH_VALUE = new Map([...'一二三四五六七八九十'].map((c, k) => [c, k + 1]));
/** Two digits right before `i`, not a longer number: 六八(年底), 20(年初). */
const TWO_DIGITS = /^(?:[0-9]{2}|[〇零一二三四五六七八九]{2})$/;
const isDigitChar = (c: string | undefined) => c !== undefined && /[0-9〇零一二三四五六七八九十百千]/.test(c);
/** 04年: a leading zero never starts a number of years. */
const ZERO_PADDED_YEAR = /^0[0-9]年$/;
/** 98年, 八九年: two digits (Arabic, or Chinese digit by digit) and 年. */
const TWO_DIGIT_YEAR = /^(?:[0-9]{2}|[〇零一二三四五六七八九]{2})年$/;

/** A count with nothing around it: no unit, no modifier, no range. */
function isBare(s: Span): s is FigureSpan {
  return s.what === 'figure' && s.kind === 'CARDINAL' && s.unit === null && s.valueMax === null && !s.approximate && s.bound === null;
}

/** 2边的道路: 2 written for 两 before a side word names a place ("both sides"), not a count. */
function isSide(text: string, s: Span): boolean {
  return isBare(s) && s.value === 2 && SIDE_WORDS.has(text[s.end] ?? '');
}

/** Whether a sentence (or the text) starts right before `i`, spaces aside. */
function sentenceStartBefore(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && /[ \t\u3000]/.test(text[k - 1]!)) k--;
  return k === 0 || LIST_MARKER_BEFORE.has(text[k - 1]!);
}

/** 2004，我们记住…: a year heading its sentence, written without 年. */
function asBareYear(text: string, s: Span): Span | null {
  if (!isBare(s) || s.value === null || s.end - s.start !== 4 || !DIGITS_ONLY.test(text.slice(s.start, s.end))) return null;
  if (s.value < readings.bareYear.min || s.value > readings.bareYear.max) return null;
  if (!YEAR_AFTER.has(text[s.end] ?? '') || !sentenceStartBefore(text, s.start)) return null;
  return {
    what: 'date',
    kind: 'DATE',
    start: s.start,
    end: s.end,
    value: fmt.year(s.value),
    valueMax: null,
    granularity: 'year',
    relative: false,
  };
}

/**
 * 途胜04年中, 迟至八九年才出版: a year written without its century, read by the grammar as a
 * number of years. A DATE with value null: the century is not written (record contract).
 */
function asShortYear(text: string, s: Span): Span | null {
  if (s.what !== 'figure' || s.kind !== 'QUANTITY' || s.unit !== 'a' || s.bound !== null) return null;
  const t = text.slice(s.start, s.end);
  // 20年底: a part of a year after it makes it a year whatever stands before it
  const part = TWO_DIGIT_YEAR.test(t) ? SHORT_YEAR.yearParts.find((w) => text.startsWith(w, s.end - 1)) : undefined;
  const short =
    part !== undefined || ZERO_PADDED_YEAR.test(t) || (TWO_DIGIT_YEAR.test(t) && (afterTimeWord(text, s) || namesEvent(text, s)));
  if (!short) return null;
  const end = part ? s.end - 1 + part.length : s.end;
  return { what: 'date', kind: 'DATE', start: s.start, end, value: null, valueMax: null, granularity: 'year', relative: false };
}

/** 迟至八九年: after a time preposition; after 在, only when no 的/里/中 makes it a length (在15年的婚姻中). */
function afterTimeWord(text: string, s: Span): boolean {
  const before = text[s.start - 1] ?? '';
  if (YEAR_PREPOSITIONS.has(before)) return true;
  return WEAK_PREPOSITIONS.has(before) && !LENGTH_AFTER.has(text[s.end] ?? '');
}

/** 八九年民主运动, 79年的民主墙运动: the year of an event named right after it (not 了15年的运动生涯). */
function namesEvent(text: string, s: Span): boolean {
  if (LENGTH_MARKERS.has(text[s.start - 1] ?? '')) return false;
  for (let k = s.end; k <= s.end + SHORT_YEAR.eventGap && isHan(text[k]); k++) {
    const w = SHORT_YEAR.events.find((e) => text.startsWith(e, k));
    if (w) {
      const after = text[k + w.length];
      return !isHan(after) || EVENT_ENDS.has(after!);
    }
  }
  return false;
}

/** 六八年底, 20年初: a part of a year right after two digits is that year, its century not written. */
function withShortYear(text: string, s: Span): Span | null {
  if (s.what !== 'date' || s.kind !== 'DATE' || s.start < 2) return null;
  if (!SHORT_YEAR.yearParts.includes(text.slice(s.start, s.end))) return null;
  if (!TWO_DIGITS.test(text.slice(s.start - 2, s.start)) || isDigitChar(text[s.start - 3])) return null;
  return { ...s, start: s.start - 2, value: null, valueMax: null, granularity: 'year', relative: false };
}

/** 限一月内出境: 一月 with 内 after it is one month, a length, not January. */
function asMonths(text: string, s: Span): Span | null {
  if (s.what !== 'date' || s.kind !== 'DATE' || s.granularity !== 'month') return null;
  const t = text.slice(s.start, s.end);
  if (!CHINESE_MONTH.test(t) || !MONTH_LENGTH_AFTER.some((w) => text.startsWith(w, s.end))) return null;
  const n = t.length === 2 ? CHINESE_MONTH_VALUE.get(t[0]!)! : t.length === 3 ? 10 + CHINESE_MONTH_VALUE.get(t[1]!)! : 10;
  return {
    what: 'figure',
    kind: 'QUANTITY',
    start: s.start,
    end: s.end,
    value: n,
    valueMax: null,
    unit: 'mo',
    currency: null,
    approximate: false,
    bound: null,
  };
}

/**
 * 第236-239页: an ordinal range whose classifier closes its second end (the figure grammar reads
 * 第236 alone; here, after merging, rather than in the grammar's hot path).
 */
function ordinalRange(text: string, s: Span): Span | null {
  if (s.what !== 'figure' || s.kind !== 'ORDINAL' || s.unit !== null || s.valueMax !== null || s.value === null) return null;
  const sep = RANGE_SEPARATORS.match(text, s.end);
  const n = sep ? readNumber(text, sep.end, false) : null;
  if (!n || n.value === null || n.hi !== null || n.value <= s.value) return null;
  if ((n.script === 'arabic') !== DIGITS_ONLY.test(text[s.end - 1] ?? '')) return null;
  const u = UNITS.match(text, n.end);
  if (!u || u.value.kind !== 'CARDINAL' || u.value.ascii) return null;
  return { ...s, end: u.end, valueMax: n.value, unit: u.value.unit };
}

/** 分成8 10个: two whole numbers with a lost separator between them, the second with its unit. */
function joinLostRange(text: string, a: Span, b: Span): FigureSpan | null {
  if (!isBare(a) || b.what !== 'figure' || b.unit === null || b.valueMax !== null || a.value === null || b.value === null) return null;
  if (b.start !== a.end + 1 || !RANGE_GAPS.has(text[a.end]!) || (b.kind !== 'CARDINAL' && b.kind !== 'QUANTITY')) return null;
  if (!DIGITS_ONLY.test(text.slice(a.start, a.end)) || !/^[0-9]/.test(text[b.start]!) || !(a.value < b.value)) return null;
  return { ...b, start: a.start, value: a.value, valueMax: b.value };
}

export function reread(text: string, merged: MergedSpan[]): MergedSpan[] {
  const out: MergedSpan[] = [];
  for (let k = 0; k < merged.length; k++) {
    const m = merged[k]!;
    if (isSide(text, m.span)) continue;
    const next = merged[k + 1];
    const range = next ? joinLostRange(text, m.span, next.span) : null;
    if (range) {
      out.push({ ...m, span: range });
      k++;
      continue;
    }
    const second =
      ordinalRange(text, m.span) ??
      asBareYear(text, m.span) ??
      asShortYear(text, m.span) ??
      withShortYear(text, m.span) ??
      asMonths(text, m.span);
    out.push(second ? { ...m, span: second } : m);
    // 第88～|89页: a span the second reading now covers goes
    while (second && merged[k + 1] && merged[k + 1]!.span.start < second.end) k++;
  }
  return out;
}
