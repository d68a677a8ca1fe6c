/**
 * The figures-and-dates gold set (tests/gold/figures-dates.jsonl): one expression in a
 * sentence with its reference date and every expected field; scoring for our stage.
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
  granularity: string | null;
  relative: boolean;
}
export type GoldItem = GoldFigure | GoldDate;

export function loadGold(path: string): GoldItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldItem);
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
  const core = d.value === item.value && d.granularity === item.granularity;
  const all = core && d.kind === item.kind && d.relative === item.relative;
  return { item, found: true, core, all, got: d };
}
