// Benchmark: the figures-and-dates stage (src/extract/normalize) against Microsoft
// Recognizers-Text (Chinese number, ordinal, percentage, currency, dimension,
// temperature and date-time models) over the full text of the same article(s).
// Run `npm run build` first. `node bench/normalize.js` prints the rows;
// `benchNormalize()` returns them as [{ stage, metric, value }]. Times are the best of
// several batches for both sides (the machine may be shared).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize, parseRefDate } from '../dist/extract/normalize/index.js';
import { loadRecognizers, runRecognizers } from '../dist-tools/eval/figures/recognizers.js';

const ARTICLES = [{ file: '../fixtures/articles/000_fc3af1410bc2c826.txt', publishedAt: '2021-10-15T15:27:00+08:00' }];

function articleText(file) {
  const raw = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
  // the text as an article: junk markup after the body dropped, lines trimmed
  return raw
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

function timePerRun(fn, runs) {
  const t0 = performance.now();
  for (let k = 0; k < runs; k++) fn();
  return (performance.now() - t0) / runs;
}

/** The best of several batches: the machine is shared, and the minimum is the least disturbed. */
function bestOf(batches, fn, runs) {
  let best = Infinity;
  for (let b = 0; b < batches; b++) best = Math.min(best, timePerRun(fn, runs));
  return best;
}

export async function benchNormalize({ oursRuns = 300, peerRuns = 3 } = {}) {
  const docs = ARTICLES.map((a) => ({ text: articleText(a.file), publishedAt: a.publishedAt }));
  const rec = await loadRecognizers();
  const ours = () => {
    for (const d of docs) normalize({ text: d.text, entities: [], publishedAt: d.publishedAt });
  };
  const peer = () => {
    for (const d of docs) runRecognizers(rec, d.text, parseRefDate(d.publishedAt));
  };
  // warm up both (JIT, Recognizers' lazy regex compilation)
  timePerRun(ours, 30);
  timePerRun(peer, 1);
  // the lightest useful peer: number, percentage and date-time models only (no currency/dimension)
  const light = { ...rec, models: rec.models.filter(([n]) => ['recognizeNumber', 'recognizePercentage', 'recognizeDateTime'].includes(n)) };
  const peerLight = () => {
    for (const d of docs) runRecognizers(light, d.text, parseRefDate(d.publishedAt));
  };
  const oursMs = bestOf(5, ours, Math.ceil(oursRuns / 5)) / docs.length;
  const peerMs = bestOf(peerRuns, peer, 1) / docs.length;
  const lightMs = bestOf(peerRuns, peerLight, 1) / docs.length;
  const found = docs.map((d) => normalize({ text: d.text, entities: [], publishedAt: d.publishedAt }));
  const peerFound = docs.map((d) => runRecognizers(rec, d.text, parseRefDate(d.publishedAt)));
  const r2 = (x) => Math.round(x * 100) / 100;
  return [
    { stage: 'normalize', metric: 'articles', value: docs.length },
    { stage: 'normalize', metric: 'chars per article', value: Math.round(docs.reduce((s, d) => s + d.text.length, 0) / docs.length) },
    { stage: 'normalize', metric: 'zhnews ms/article', value: r2(oursMs) },
    { stage: 'normalize', metric: 'recognizers-text ms/article', value: r2(peerMs) },
    { stage: 'normalize', metric: 'speedup (recognizers / zhnews)', value: Math.round(peerMs / oursMs) },
    { stage: 'normalize', metric: 'recognizers-text number+percentage+date-time ms/article', value: r2(lightMs) },
    { stage: 'normalize', metric: 'speedup (that light peer / zhnews)', value: Math.round(lightMs / oursMs) },
    { stage: 'normalize', metric: 'zhnews figures+dates found', value: found.reduce((s, r) => s + r.figures.length + r.dates.length, 0) },
    { stage: 'normalize', metric: 'recognizers-text results', value: peerFound.reduce((s, r) => s + r.length, 0) },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table(await benchNormalize());
}
