/**
 * Hand judgements of sampled spans (issue #23) and their scoring. A judgement file is
 * { seed, model, n?, exclude?, note?, judgements: [{ page, kind, start, end, correct, why }] };
 * `exclude` names the judgement files whose spans were left out of the pool before drawing, so
 * the draw can be repeated.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_N, drawSample, spanKey, type Span } from './sampling.js';

export interface Judgement {
  page: string;
  kind: string;
  start: number;
  end: number;
  correct: boolean;
  why: string;
  /** the value (and end of range) judged; when the stage now gives another, the judgement is stale */
  value?: number | string | null;
  valueMax?: number | string | null;
}

export interface JudgementFile {
  seed: number;
  model: string;
  /** how many spans were drawn (default 300) */
  n?: number;
  /** judgement files (paths relative to this one) whose spans were excluded before drawing */
  exclude?: string[];
  note?: string;
  judgements: Judgement[];
}

/** Page + offsets: the identity used to exclude spans already judged, whatever kind they were given. */
export const placeKey = (s: { page: string; start: number; end: number }): string => `${s.page}|${s.start}|${s.end}`;

export function readJudgements(path: string): JudgementFile {
  return JSON.parse(readFileSync(resolve(path), 'utf8')) as JudgementFile;
}

/** The places judged in the files at `paths`. */
export function judgedPlaces(paths: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paths) for (const j of readJudgements(p).judgements) out.add(placeKey(j));
  return out;
}

/** The pool the file's sample was drawn from: `spans` less the places judged in its `exclude` files. */
export function poolFor(file: JudgementFile, path: string, spans: Span[]): Span[] {
  if (!file.exclude?.length) return spans;
  const excluded = judgedPlaces(file.exclude.map((p) => resolve(dirname(resolve(path)), p)));
  return spans.filter((s) => !excluded.has(placeKey(s)));
}

export interface ScoreResult {
  judged: number;
  correct: number;
  precision: number;
  gone: Judgement[];
  /** judged with a value the stage no longer gives: to judge again, not counted */
  changed: Array<Judgement & { now: Span }>;
  unjudged: Span[];
  wrong: Array<Judgement & { text: string }>;
}

/** A judgement that recorded its value is stale once the stage gives the span another value. */
export const isStale = (j: Judgement, now: Span): boolean =>
  (j.value !== undefined && j.value !== now.value) || (j.valueMax !== undefined && j.valueMax !== now.valueMax);

/** Precision over the judged spans still emitted (and, where the judgement recorded it, with the value judged); `pool` is what the file's seed draws from now. */
export function scoreJudgements(file: JudgementFile, spans: Span[], pool: Span[] = spans, n = file.n ?? DEFAULT_N): ScoreResult {
  const emitted = new Map(spans.map((s) => [spanKey(s), s]));
  const judgedKeys = new Set(file.judgements.map(spanKey));
  const changed = file.judgements.flatMap((j) => {
    const now = emitted.get(spanKey(j));
    return now && isStale(j, now) ? [{ ...j, now }] : [];
  });
  const live = file.judgements.filter((j) => emitted.has(spanKey(j)) && !isStale(j, emitted.get(spanKey(j))!));
  const gone = file.judgements.filter((j) => !emitted.has(spanKey(j)));
  const unjudged = drawSample(pool, file.seed, n).filter((s) => !judgedKeys.has(spanKey(s)));
  const correct = live.filter((j) => j.correct).length;
  const wrong = live.filter((j) => !j.correct).map((j) => ({ ...j, text: emitted.get(spanKey(j))!.text }));
  return { judged: live.length, correct, precision: live.length ? correct / live.length : 0, gone, changed, unjudged, wrong };
}

/** Precision over every judged span still emitted, across files; a span judged twice counts once (first file wins). */
export function pooledPrecision(files: JudgementFile[], spans: Span[]): { judged: number; correct: number; precision: number } {
  const emitted = new Map(spans.map((s) => [spanKey(s), s]));
  const seen = new Map<string, boolean>();
  for (const f of files)
    for (const j of f.judgements) {
      const now = emitted.get(spanKey(j));
      if (now && !isStale(j, now) && !seen.has(spanKey(j))) seen.set(spanKey(j), j.correct);
    }
  const correct = [...seen.values()].filter(Boolean).length;
  return { judged: seen.size, correct, precision: seen.size ? correct / seen.size : 0 };
}
