/**
 * Second readings of bare numbers after merging: 2 before a side word (2边, "both sides"), a
 * year heading a sentence without 年 (2004，…), and a range whose separator was lost (8 10个).
 * The words and bounds are data (data/readings.json); these are rules about the kind of
 * context, not about single strings.
 */
import readings from './data/readings.json' with { type: 'json' };
import { fmt } from './calendar.js';
import type { MergedSpan } from './merge.js';
import type { FigureSpan, Span } from './types.js';
import { LIST_MARKER_BEFORE } from './tables.js';

const SIDE_WORDS: ReadonlySet<string> = new Set(readings.sideWords);
const YEAR_AFTER: ReadonlySet<string> = new Set(readings.bareYear.after);
const RANGE_GAPS: ReadonlySet<string> = new Set(readings.rangeGaps);
const DIGITS_ONLY = /^[0-9]+$/;
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(readings.twoDigitYear.before);
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
  const short = ZERO_PADDED_YEAR.test(t) || (TWO_DIGIT_YEAR.test(t) && YEAR_PREPOSITIONS.has(text[s.start - 1] ?? ''));
  if (!short) return null;
  return { what: 'date', kind: 'DATE', start: s.start, end: s.end, value: null, valueMax: null, granularity: 'year', relative: false };
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
    const year = asBareYear(text, m.span) ?? asShortYear(text, m.span);
    out.push(year ? { ...m, span: year } : m);
  }
  return out;
}
