/**
 * Worker memory over a run: RSS samples per worker process (every pipeline thread is in
 * it), and whether it stayed flat. A process is judged after its warm-up (the first quarter
 * of its samples, at least 30 s: the model and caches load, V8 sizes its heap): the median
 * of its last tenth against the median of the first tenth after warm-up.
 */

import type { RssSample } from '../harness/fleet.js';

export interface RssVerdict {
  samples: number;
  peakMb: number;
  /** Median MB after warm-up, first and last tenth; null when the process lived too short to judge. */
  afterWarmUpMb: number | null;
  endMb: number | null;
  /** endMb / afterWarmUpMb - 1. */
  growth: number | null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const mb = (b: number): number => Math.round(b / 2 ** 20);

/** Fewer samples than this after warm-up (one a second) are too few to call a trend. */
const MIN_JUDGED = 60;

export function judgeRss(samples: RssSample[]): RssVerdict {
  const peakMb = mb(Math.max(0, ...samples.map((s) => s.rss)));
  const t0 = samples[0]?.t ?? 0;
  const warm = Math.max(
    Math.ceil(samples.length / 4),
    samples.findIndex((s) => s.t - t0 >= 30_000),
  );
  const rest = samples.slice(warm < 0 ? samples.length : warm);
  if (rest.length < MIN_JUDGED) return { samples: samples.length, peakMb, afterWarmUpMb: null, endMb: null, growth: null };
  const tenth = Math.max(1, Math.floor(rest.length / 10));
  const first = median(rest.slice(0, tenth).map((s) => s.rss));
  const last = median(rest.slice(-tenth).map((s) => s.rss));
  return {
    samples: samples.length,
    peakMb,
    afterWarmUpMb: mb(first),
    endMb: mb(last),
    growth: Math.round((last / first - 1) * 1000) / 1000,
  };
}
