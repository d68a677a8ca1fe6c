/**
 * `npm run eval:figures-sample -- [<data dir>] [--model M] [--seed N] [--n 300] (--print | --score <judgements.json>)`
 *
 * Precision of `figures` and `dates` on real pages (issue #23). Runs the whole pipeline (HTML in,
 * default shipped model unless --model) over the Chinese dev pages in
 * <data dir>/html/zh-content-extraction/html, collects every emitted figure and date, and draws a
 * fixed-seed sample of them:
 *
 *   - every item becomes a span (page id, kind, start, end, value, valueMax, unit, currency,
 *     granularity); the list is put in a fixed order (page id, start, end, kind);
 *   - a Fisher–Yates shuffle driven by mulberry32(seed) (a 32-bit seeded PRNG, below) picks the
 *     first n; the sample is then shown in page and offset order.
 *
 * The sample therefore depends only on the seed and on the set of emitted spans: the same
 * pipeline gives the same 300 spans on every machine.
 *
 *   --print            each sampled span with ~30 characters of context either side, the
 *                      article's publishedAt and the normalised value, for judging by hand
 *   --score <file>     re-runs the pipeline and scores the hand judgements in <file>
 *                      (tests/gold/figures-dates-sample.json: { seed, model, judgements: [
 *                      { page, kind, start, end, correct, why } ] }), matched on
 *                      (page, start, end, kind): precision = correct / judged, over the judged
 *                      spans still emitted; lists judged spans no longer emitted and the spans
 *                      the seed now samples that have no judgement.
 *   --json <file>      with --print: the sample as JSON as well (for tooling; holds page text)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../../../dist/pipeline/pipeline.js';
import { seededRandom } from '../../scaffold/seeded-random.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
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

export interface Judgement {
  page: string;
  kind: string;
  start: number;
  end: number;
  correct: boolean;
  why: string;
}

export interface JudgementFile {
  seed: number;
  model: string;
  judgements: Judgement[];
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

const flat = (s: string): string => s.replace(/\s+/g, ' ');

function describe(s: Span): string {
  const v: string[] = [`value=${JSON.stringify(s.value)}`];
  if (s.valueMax !== null) v.push(`max=${JSON.stringify(s.valueMax)}`);
  if (s.unit) v.push(`unit=${s.unit}`);
  if (s.currency) v.push(`currency=${s.currency}`);
  if (s.granularity) v.push(`gran=${s.granularity}`);
  if (s.approximate) v.push('approx');
  if (s.bound) v.push(`bound=${s.bound}`);
  if (s.relative) v.push('relative');
  return v.join(' ');
}

export interface ScoreResult {
  judged: number;
  correct: number;
  precision: number;
  gone: Judgement[];
  unjudged: Span[];
  wrong: Array<Judgement & { text: string }>;
}

export function scoreJudgements(file: JudgementFile, spans: Span[], n = DEFAULT_N): ScoreResult {
  const emitted = new Map(spans.map((s) => [spanKey(s), s]));
  const judgedKeys = new Set(file.judgements.map(spanKey));
  const live = file.judgements.filter((j) => emitted.has(spanKey(j)));
  const gone = file.judgements.filter((j) => !emitted.has(spanKey(j)));
  const unjudged = drawSample(spans, file.seed, n).filter((s) => !judgedKeys.has(spanKey(s)));
  const correct = live.filter((j) => j.correct).length;
  const wrong = live.filter((j) => !j.correct).map((j) => ({ ...j, text: emitted.get(spanKey(j))!.text }));
  return { judged: live.length, correct, precision: live.length ? correct / live.length : 0, gone, unjudged, wrong };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const valued = ['--model', '--seed', '--n', '--score', '--json'];
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const positional = args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
  const dataDir = resolve(positional[0] ?? join(ROOT, '../shared/data'));
  const n = Number(opt('--n') ?? DEFAULT_N);
  const scorePath = opt('--score');
  if (!args.includes('--print') && !scorePath) {
    console.error('eval:figures-sample: give --print or --score <judgements.json>');
    process.exit(2);
  }
  if (scorePath) {
    const file = JSON.parse(readFileSync(resolve(scorePath), 'utf8')) as JudgementFile;
    const { model, pages, spans } = await collectSpans(dataDir, opt('--model'));
    const r = scoreJudgements(file, spans, n);
    console.log(`model ${model} (judged with ${file.model}); pages ${pages}; spans emitted ${spans.length}; seed ${file.seed}`);
    console.log(`precision ${r.precision.toFixed(3)}  (${r.correct} correct / ${r.judged} judged and still emitted)`);
    if (r.wrong.length) {
      console.log(`\nwrong (${r.wrong.length}):`);
      for (const w of r.wrong) console.log(`  ${w.page} ${w.kind} ${w.start}-${w.end} ${JSON.stringify(w.text)}: ${w.why}`);
    }
    console.log(`\njudged spans no longer emitted: ${r.gone.length}`);
    for (const g of r.gone) console.log(`  ${g.page} ${g.kind} ${g.start}-${g.end} (${g.correct ? 'correct' : 'wrong'}: ${g.why})`);
    console.log(`sampled spans without a judgement: ${r.unjudged.length}`);
    for (const s of r.unjudged) console.log(`  ${s.page} ${s.kind} ${s.start}-${s.end} ${JSON.stringify(s.text)} ${describe(s)}`);
    return;
  }
  const seed = Number(opt('--seed') ?? DEFAULT_SEED);
  const { model, pages, spans } = await collectSpans(dataDir, opt('--model'));
  const sample = drawSample(spans, seed, n);
  console.log(`model ${model}; pages ${pages}; spans emitted ${spans.length}; seed ${seed}; sampled ${sample.length}\n`);
  sample.forEach((s, i) => {
    console.log(`#${i + 1} ${s.page} ${s.kind} ${s.start}-${s.end} publishedAt=${s.publishedAt ?? 'null'}`);
    console.log(`   …${flat(s.before)}【${s.text}】${flat(s.after)}…`);
    console.log(`   ${describe(s)}`);
  });
  const json = opt('--json');
  if (json) writeFileSync(json, JSON.stringify({ seed, model, sample }, null, 2) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err: unknown) => {
    console.error(`eval:figures-sample: ${(err as Error).message}`);
    process.exit(1);
  });
}
