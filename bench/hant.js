// Throughput of the whole pipeline on the supplied article as written (Simplified) and the same
// article converted to Traditional in memory (OpenCC s2twp and s2hk): the Traditional path adds
// script detection, conversion to Simplified and mapping back. Runs are interleaved and the best
// of each kept, so a busy machine slows every variant alike. Export: benchHant() -> rows
// { stage, metric, value }. Standalone: `node bench/hant.js`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { createPipeline } from '../dist/pipeline/pipeline.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/articles/000_fc3af1410bc2c826.txt', import.meta.url));

export async function benchHant({ rounds = 7, perRound = 5 } = {}) {
  const simplified = readFileSync(SAMPLE, 'utf8');
  const variants = [
    { stage: 'Simplified (as written)', text: simplified },
    { stage: 'Traditional (s2twp)', text: OpenCC.Converter({ from: 'cn', to: 'twp' })(simplified) },
    { stage: 'Traditional (s2hk)', text: OpenCC.Converter({ from: 'cn', to: 'hk' })(simplified) },
  ].map((v) => ({ ...v, bytes: Buffer.from(v.text, 'utf8'), best: Infinity, script: null }));
  const pipeline = await createPipeline({});
  const run = (v) => pipeline.process({ bytes: v.bytes, kind: 'text', uri: SAMPLE });
  for (const v of variants) v.script = (await run(v)).script; // warm-up: lazy loads are not throughput
  for (let r = 0; r < rounds; r++) {
    for (const v of variants) {
      const t0 = performance.now();
      for (let i = 0; i < perRound; i++) await run(v);
      v.best = Math.min(v.best, (performance.now() - t0) / 1000 / perRound);
    }
  }
  const base = variants[0];
  const rows = [];
  for (const v of variants) {
    rows.push({ stage: v.stage, metric: `chars (script ${v.script})`, value: v.text.length });
    rows.push({ stage: v.stage, metric: 'articles/s', value: 1 / v.best });
    if (v !== base) rows.push({ stage: v.stage, metric: 'ratio to Simplified', value: base.best / v.best });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table((await benchHant()).map((r) => ({ ...r, value: Number(r.value.toFixed(3)) })));
}
