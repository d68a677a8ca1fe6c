/**
 * Collecting the figures and dates the whole pipeline emits on the dev pages, and drawing a
 * fixed-seed sample of them (issue #23): the spans are put in a fixed order (page id, start, end,
 * kind), a Fisher–Yates shuffle driven by mulberry32(seed) picks the first n, and the sample is
 * shown in page and offset order. The sample depends only on the seed and the pool.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../../../dist/pipeline/pipeline.js';
import { seededRandom } from '../../scaffold/seeded-random.js';

export const DEFAULT_SEED = 23;
export const DEFAULT_N = 300;

export interface Span {
  page: string;
  type: 'figure' | 'date';
  kind: string;
  start: number;
  end: number;
  text: string;
  value: number | string | null;
  valueMax: number | string | null;
  unit: string | null;
  currency: string | null;
  granularity: string | null;
  approximate?: boolean;
  bound?: string | null;
  relative?: boolean;
  publishedAt: string | null;
  before: string;
  after: string;
}

/** mulberry32 (Tommy Ettinger's 32-bit seeded PRNG), floats in [0, 1): the one data:augment uses. */
export const mulberry32 = seededRandom;

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
const order = (x: Span, y: Span): number => cmp(x.page, y.page) || x.start - y.start || x.end - y.end || cmp(x.kind, y.kind);

/** n spans drawn with mulberry32(seed) from `all` (put in the fixed order first), shown in page and offset order. */
export function drawSample(all: Span[], seed: number, n: number): Span[] {
  const pool = [...all].sort(order);
  const rand = mulberry32(seed);
  const k = Math.min(n, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k).sort(order);
}

export const spanKey = (s: { page: string; kind: string; start: number; end: number }): string => `${s.page}|${s.start}|${s.end}|${s.kind}`;

const CONTEXT = 30;

export async function collectSpans(dataDir: string, model?: string): Promise<{ model: string; pages: number; spans: Span[] }> {
  const htmlDir = join(dataDir, 'html/zh-content-extraction/html');
  if (!existsSync(htmlDir)) throw new Error(`no dev pages at ${htmlDir}`);
  const pipeline = await createPipeline(model ? { model } : {});
  const spans: Span[] = [];
  const names = readdirSync(htmlDir)
    .filter((n) => /\.html?$/i.test(n))
    .sort();
  for (const name of names) {
    const page = name.replace(/\.html?$/i, '');
    const r = await pipeline.process({ bytes: readFileSync(join(htmlDir, name)), kind: 'html', uri: name });
    const ctx = (start: number, end: number) => ({
      before: r.text.slice(Math.max(0, start - CONTEXT), start),
      after: r.text.slice(end, end + CONTEXT),
    });
    for (const f of r.figures) {
      spans.push({
        page,
        type: 'figure',
        kind: f.kind,
        start: f.start,
        end: f.end,
        text: f.text,
        value: f.value,
        valueMax: f.valueMax,
        unit: f.unit,
        currency: f.currency,
        granularity: null,
        approximate: f.approximate,
        bound: f.bound,
        publishedAt: r.publishedAt,
        ...ctx(f.start, f.end),
      });
    }
    for (const d of r.dates) {
      spans.push({
        page,
        type: 'date',
        kind: d.kind,
        start: d.start,
        end: d.end,
        text: d.text,
        value: d.value,
        valueMax: d.valueMax,
        unit: null,
        currency: null,
        granularity: d.granularity,
        relative: d.relative,
        publishedAt: r.publishedAt,
        ...ctx(d.start, d.end),
      });
    }
  }
  return { model: pipeline.model, pages: names.length, spans };
}
