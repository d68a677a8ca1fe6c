import type { Granularity } from '../../record/schema.js';

export type FigureKind = 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL';

/** A figure found by the span grammar (offsets into the scanned text). */
export interface FigureSpan {
  what: 'figure';
  kind: FigureKind;
  start: number;
  end: number;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  currency: string | null;
  approximate: boolean;
  bound: 'lower' | 'upper' | null;
}

/** A date or time found by the span grammar. */
export interface DateSpan {
  what: 'date';
  kind: 'DATE' | 'TIME';
  start: number;
  end: number;
  /** ISO at the precision written; for a range or period (十四五, 上半年, 1-8月) its start */
  value: string | null;
  /** the end of a range or period (same precision as `value`); null for a single date */
  valueMax: string | null;
  granularity: Granularity | null;
  relative: boolean;
}

export type Span = FigureSpan | DateSpan;

/** What the grammar needs besides the text. */
export interface ScanContext {
  /** publishedAt, split into its local calendar fields; null when unknown. */
  ref: RefDate | null;
  /** Parsing a span the NER model proposed: accept bare numerals (一, 三) as figures. */
  lenient: boolean;
  /** The end of a range (10月11日至13日): `ref` is the range's start, and year-less dates fall on or after it. */
  rangeEnd?: boolean;
  /**
   * Years of the Republic of China calendar (110年 = 2021) on a Taiwan page. With 民国 written
   * they are read so on any page.
   */
  rocYears?: boolean;
}

export interface RefDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** "+08:00" */
  offset: string;
}
