/**
 * The figures-and-dates gold set (tests/gold/figures-dates.jsonl): one expression in a
 * sentence with its reference date and every expected field; scoring for our stage.
 * A line may instead (or also) carry `not`: spans of its sentence that must not become a
 * figure or a date (一举两得, 一线城市, GB/T 1234-2008, 深圳2.0). Every line with the same
 * sentence and ref together lists all that sentence's figures and dates, so precision can
 * be counted over everything the stage emits.
 */
import { readFileSync } from 'node:fs';
import { normalize } from '../../../dist/extract/normalize/index.js';

export interface GoldFigure {
  id: number;
  sentence: string;
  ref: string | null;
  expr: string;
  type: 'figure';
  kind: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  currency: string | null;
  approximate: boolean;
  bound: 'lower' | 'upper' | null;
}
export interface GoldDate {
  id: number;
  sentence: string;
  ref: string | null;
  expr: string;
  type: 'date';
  kind: string;
  value: string | null;
  /** the end of a range or period (十四五 → "2025"); absent means null */
  valueMax?: string | null;
  granularity: string | null;
  relative: boolean;
}
export type GoldItem = GoldFigure | GoldDate;

/** A gold line: an expression, a `not` list, or both. */
type GoldLine = Partial<GoldItem> & { id: number; sentence: string; ref: string | null; not?: string[] };

function loadLines(path: string): GoldLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldLine);
}

/** The lines that name an expression (the accuracy and recall items). */
export function loadGold(path: string): GoldItem[] {
  return loadLines(path)
    .filter((l) => typeof l.expr === 'string')
    .map((l) => {
      const { not: _not, ...item } = l;
      return item as GoldItem;
    });
}

export interface GoldSentence {
  sentence: string;
  ref: string | null;
  /** [start, end) of every expected figure and date */
  expected: Array<[number, number]>;
  /** [start, end) of the spans that must not be figures or dates */
  not: Array<[number, number]>;
}

/** The gold grouped by sentence (and ref): all expected spans and all `not` spans of each. */
export function loadSentences(path: string): GoldSentence[] {
  const by = new Map<string, GoldSentence>();
  const at = (s: string, sub: string): [number, number] => {
    const i = s.indexOf(sub);
    if (i < 0) throw new Error(`gold: "${sub}" is not in "${s}"`);
    return [i, i + sub.length];
  };
  for (const l of loadLines(path)) {
    const key = `${l.ref ?? ''}\u0000${l.sentence}`;
    let g = by.get(key);
    if (!g) by.set(key, (g = { sentence: l.sentence, ref: l.ref, expected: [], not: [] }));
    if (typeof l.expr === 'string') g.expected.push(at(l.sentence, l.expr));
    for (const n of l.not ?? []) g.not.push(at(l.sentence, n));
  }
  return [...by.values()];
}

export interface PrecisionOutcome {
  /** figures and dates the stage emitted over all gold sentences */
  emitted: number;
  /** emitted with exactly a gold expression's span */
  correct: number;
  /** emitted overlapping a `not` span */
  notHits: Array<{ sentence: string; text: string }>;
  /** emitted, neither a gold span nor on the `not` list (counted as wrong: the gold is complete) */
  unlisted: Array<{ sentence: string; text: string }>;
}

/** Precision over every span the stage emits on the gold sentences. */
export function scorePrecision(sentences: GoldSentence[]): PrecisionOutcome {
  const out: PrecisionOutcome = { emitted: 0, correct: 0, notHits: [], unlisted: [] };
  for (const g of sentences) {
    const r = normalize({ text: g.sentence, entities: [], publishedAt: g.ref });
    for (const x of [...r.figures, ...r.dates]) {
      out.emitted++;
      if (g.expected.some(([s, e]) => s === x.start && e === x.end)) out.correct++;
      else if (g.not.some(([s, e]) => x.start < e && s < x.end)) out.notHits.push({ sentence: g.sentence, text: x.text });
      else out.unlisted.push({ sentence: g.sentence, text: x.text });
    }
  }
  return out;
}

export function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export interface Outcome {
  item: GoldItem;
  /** the span was found with the exact text */
  found: boolean;
  /** value, valueMax, unit/currency, granularity right (the target) */
  core: boolean;
  /** every field right (kind, approximate, bound, relative too) */
  all: boolean;
  got: unknown;
}

export function scoreOurs(item: GoldItem): Outcome {
  const start = item.sentence.indexOf(item.expr);
  const r = normalize({ text: item.sentence, entities: [], publishedAt: item.ref });
  if (item.type === 'figure') {
    const f = r.figures.find((x) => x.start === start && x.text === item.expr);
    if (!f) return { item, found: false, core: false, all: false, got: r.figures };
    const core =
      sameNumber(f.value, item.value) && sameNumber(f.valueMax, item.valueMax) && f.unit === item.unit && f.currency === item.currency;
    const all = core && f.kind === item.kind && f.approximate === item.approximate && f.bound === item.bound;
    return { item, found: true, core, all, got: f };
  }
  const d = r.dates.find((x) => x.start === start && x.text === item.expr);
  if (!d) return { item, found: false, core: false, all: false, got: r.dates };
  const core = d.value === item.value && d.valueMax === (item.valueMax ?? null) && d.granularity === item.granularity;
  const all = core && d.kind === item.kind && d.relative === item.relative;
  return { item, found: true, core, all, got: d };
}
