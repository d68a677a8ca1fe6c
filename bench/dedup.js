// Near-duplicate benchmark: fingerprinting speed on seed-sized articles (one core), the LSH
// lookup's cost and memory from 10k to 1M synthetic signatures, and `batch --dedup` against
// `batch` (rules model, same archive, same process, alternated) as a ratio.
//   node bench/dedup.js        (after npm run build)
//   BENCH_DEDUP_MAX=100000 node bench/dedup.js   (stop the LSH series earlier)
// Exports benchDedup() -> [{ stage, metric, value }] for bench/run.js.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { variants, writeTarGz } from './batch.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

async function fingerprintRate() {
  const { fingerprint } = await dist('dedup/index.js');
  const { ingest } = await dist('ingest/index.js');
  const texts = variants(200).map((v) => ingest({ bytes: v.data, kind: v.name.endsWith('.html') ? 'html' : 'text', uri: v.name }).text);
  for (const t of texts) fingerprint(t);
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 3000) {
    for (const t of texts) fingerprint(t);
    n += texts.length;
  }
  const chars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  return [
    { stage: 'fingerprint', metric: 'articles/s, one core', value: n / ((performance.now() - t0) / 1000) },
    { stage: 'fingerprint', metric: 'mean article chars', value: chars },
  ];
}

async function lshSeries() {
  const { MemoryDedupIndex, DEDUP } = await dist('dedup/index.js');
  const max = Number(process.env.BENCH_DEDUP_MAX ?? 1_000_000);
  const rows = [];
  const rand = rng(42);
  const sig = () => Uint32Array.from({ length: DEDUP.permutations }, () => rand());
  for (const n of [10_000, 100_000, 1_000_000].filter((n) => n <= max)) {
    globalThis.gc?.();
    const heap0 = process.memoryUsage();
    const index = new MemoryDedupIndex(DEDUP.threshold);
    const kept = [];
    for (let i = 0; i < n; i++) {
      const s = sig();
      if (i % 1000 === 0) kept.push(s);
      index.add(i.toString(16).padStart(32, '0'), s, null);
    }
    globalThis.gc?.();
    const heap1 = process.memoryUsage();
    const bytes = heap1.heapUsed + heap1.arrayBuffers - (heap0.heapUsed + heap0.arrayBuffers);
    // Lookups: fresh signatures (no match) and near-copies of stored ones (a match to verify).
    const probes = 20_000;
    const t0 = performance.now();
    for (let i = 0; i < probes; i++) {
      const s = i % 2 ? sig() : Uint32Array.from(kept[i % kept.length], (v, j) => (j % 10 === 0 ? rand() : v));
      index.lookup(`probe${i}`, s);
    }
    const us = ((performance.now() - t0) * 1000) / probes;
    rows.push({ stage: `lsh ${n}`, metric: 'µs per lookup', value: us });
    rows.push({ stage: `lsh ${n}`, metric: 'bytes per signature', value: bytes / n });
  }
  return rows;
}

async function batchRatio() {
  const { runBatch } = await dist('batch/runner.js');
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-bench-dedup-'));
  try {
    const archive = join(dir, 'a.tar.gz');
    await writeTarGz(archive, variants(Number(process.env.BENCH_DEDUP_ARTICLES ?? 600)));
    const rate = {};
    for (const round of [0, 1, 2]) {
      for (const dedup of [false, true]) {
        const s = await runBatch({
          inputs: [archive],
          target: { kind: 'file', out: join(dir, `o${round}${dedup}.jsonl`), format: 'jsonl' },
          concurrency: 1,
          config: { model: 'rules' },
          progress: null,
          dedup: dedup ? { threshold: 0.8 } : null,
        });
        if (round === 0) continue; // warm-up
        (rate[dedup] ??= []).push(s.done / s.processingSeconds);
      }
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return [
      { stage: 'batch', metric: 'articles/s (rules, 1 thread)', value: mean(rate.false) },
      { stage: 'batch --dedup', metric: 'articles/s (rules, 1 thread)', value: mean(rate.true) },
      { stage: 'batch --dedup', metric: 'ratio to batch', value: mean(rate.true) / mean(rate.false) },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchDedup() {
  return [...(await fingerprintRate()), ...(await lshSeries()), ...(await batchRatio())];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await benchDedup();
  console.table(rows.map((r) => ({ ...r, value: Number(r.value.toFixed(2)) })));
}
