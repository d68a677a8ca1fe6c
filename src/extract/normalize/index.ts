/**
 * The figures-and-dates stage (issue 5): every money amount, percentage, quantity, count,
 * ordinal, date and time in the text with its value, unit and precision, as the record
 * contract says. The stage runs its own span grammar over the text (./scan.ts) and merges
 * its spans with the NER model's (./merge.ts). Pure: no state kept between calls.
 */
import type { DateMention, Entity, Figure } from '../../record/schema.js';
import { parseRefDate } from './calendar.js';
import { findCodes, inCode } from './codes.js';
import { contextTest } from './contexts.js';
import { DATE_TYPES, FIGURE_TYPES, mergeSpans } from './merge.js';
import { reread } from './readings.js';
import { scan } from './scan.js';
import { HAS_NUMERAL } from './numbers.js';
import type { ScanContext, Span } from './types.js';
import { LIST_MARKER_AFTER, LIST_MARKER_BEFORE } from './tables.js';

export interface NormalizeInput {
  text: string;
  entities: Entity[];
  /** ISO 8601 with offset; relative dates and dates without a year resolve against it. */
  publishedAt: string | null;
  /** A Taiwan page: 110年 is a year of the Republic of China calendar (2021). */
  rocYears?: boolean;
  /**
   * The currency a bare 元 means on the page (TWD on a Taiwan page, HKD on a Hong Kong one);
   * null: renminbi. An amount that names its currency (人民币, 美元, ¥) keeps it.
   */
  localCurrency?: string | null;
}

/** Amounts that name the renminbi themselves, whatever page they are on. */
const NAMES_RENMINBI = /人民币|RMB|CNY|[¥￥]/;

/** A bare dollar sign ($5,500 on a Hong Kong page): the local dollar, not necessarily the US one. */
const BARE_DOLLAR = /^[^A-Za-z]*[$＄]/;

/** 元 and a bare $ name the page's own currency; 人民币, US$, 美元 name theirs. */
function localAmount(currency: string | null, t: string): boolean {
  if (currency === 'CNY') return !NAMES_RENMINBI.test(t);
  return currency === 'USD' && BARE_DOLLAR.test(t) && !/[A-Za-z][$＄]/.test(t);
}

/** A date as the record contract describes it: a range or period (十四五, 上半年, 1-8月) has `value` at its start and `valueMax` at its end. */
export type NormalizedDate = DateMention & { valueMax: string | null };

export interface NormalizeResult {
  entities: Entity[];
  figures: Figure[];
  dates: NormalizedDate[];
}

export type { Span, FigureSpan, DateSpan } from './types.js';
export { scan } from './scan.js';
export { parseRefDate } from './calendar.js';

/** A rule span lying inside a person's name (郭万达) is not a figure. */
function insideName(s: Span, names: Entity[]): boolean {
  return names.some((e) => e.start <= s.start && s.end <= e.end);
}

/**
 * 日本|周报 read as 本周: a date made of words alone that starts inside a name and runs out of it
 * cuts the name's word. A date with a number in it is the surer reading (鴻海今（2）日: the model ran
 * the name 鴻海 on into 今), and a figure after a name the model ran too long (聂元梓七|人) is still a figure.
 */
function crossesName(text: string, s: Span, names: Entity[]): boolean {
  if (s.what !== 'date' || HAS_NUMERAL.test(text.slice(s.start, s.end))) return false;
  return names.some((e) => e.start < s.start && s.start < e.end && e.end < s.end);
}

/** A bare number right after a name (深圳2.0, 华为5): a version or model, not a quantity. */
function afterName(s: Span, names: Entity[]): boolean {
  if (s.what !== 'figure' || s.kind !== 'CARDINAL' || s.unit !== null || s.approximate || s.bound !== null) return false;
  return names.some((e) => e.end === s.start);
}

/** 1. / 2、 / （3）: a bare number between a line or sentence start and a list mark is a list marker. */
function isListMarker(text: string, s: Span): boolean {
  if (s.what !== 'figure' || s.kind !== 'CARDINAL' || s.unit !== null || s.approximate || s.bound !== null) return false;
  const before = s.start === 0 ? '\n' : text[s.start - 1]!;
  const after = text[s.end] ?? '';
  if (!LIST_MARKER_BEFORE.has(before) || !LIST_MARKER_AFTER.has(after)) return false;
  // 1.5 is a decimal, not "1." + 5
  return !(after === '.' && /[0-9]/.test(text[s.end + 1] ?? ''));
}

export function normalize(input: NormalizeInput): NormalizeResult {
  const { text } = input;
  const ctx: ScanContext = { ref: parseRefDate(input.publishedAt), lenient: false, rocYears: input.rocYears ?? false };
  const named = input.entities.filter((e) => !FIGURE_TYPES.has(e.type) && !DATE_TYPES.has(e.type));
  const persons = named.filter((e) => e.type === 'PERSON');
  const ruleSpans = scan(text, ctx).filter((s) => !insideName(s, persons));
  // model spans too: a span starting inside GB/T 1234-2008 or G20 is part of a name (the
  // grammar's own spans already skip codes, so without model figures there is nothing to look for)
  const modelSpans = input.entities.length > named.length;
  const codes = modelSpans ? findCodes(text) : [];
  const namesByContext = contextTest(text);
  const merged = reread(
    text,
    mergeSpans(text, input.entities, ruleSpans, ctx).filter(
      (m) =>
        !inCode(codes, m.span.start, m.span.start + 1) &&
        !afterName(m.span, named) &&
        !crossesName(text, m.span, named) &&
        !isListMarker(text, m.span) &&
        !namesByContext(m.span),
    ),
  );

  const figures: Figure[] = [];
  const dates: NormalizedDate[] = [];
  const entities: Entity[] = [...named];
  for (const { span: s, source, score } of merged) {
    const t = text.slice(s.start, s.end);
    if (s.what === 'figure') {
      const local = input.localCurrency && localAmount(s.currency, t) ? input.localCurrency : null;
      figures.push({
        kind: s.kind,
        text: t,
        start: s.start,
        end: s.end,
        value: s.value,
        valueMax: s.valueMax,
        unit: s.unit,
        currency: local ?? s.currency,
        approximate: s.approximate,
        bound: s.bound,
      });
    } else {
      dates.push({
        kind: s.kind,
        text: t,
        start: s.start,
        end: s.end,
        value: s.value,
        valueMax: s.valueMax,
        granularity: s.granularity,
        relative: s.relative,
      });
    }
    entities.push({ type: s.kind, text: t, start: s.start, end: s.end, score, source });
  }
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, figures, dates };
}
