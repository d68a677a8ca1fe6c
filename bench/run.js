// `npm run bench`: every benchmark in one run, so ratios between peers come from one machine state.
// Each bench module exports one async function returning rows {stage, metric, value}.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const suites = [
  ['startup', './startup.js', 'benchStartup'],
  ['stages', './stages.js', 'benchStages'],
  ['ingest', './ingest.js', 'benchIngest'],
  ['normalize', './normalize.js', 'benchNormalize'],
  ['ner', './ner.js', 'benchNer'],
  ['ner-large', './ner.js', 'benchNerLarge'],
  ['batch', './batch.js', 'benchBatch'],
  ['queue', './queue.js', 'benchQueue'],
  ['dedup', './dedup.js', 'benchDedup'],
  ['serve', './serve.js', 'benchServe'],
  ['hant', './hant.js', 'benchHant'],
];

const only = process.argv.slice(2);
const all = [];
for (const [name, file, fn] of suites) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(fileURLToPath(new URL(file, import.meta.url)))) continue;
  process.stderr.write(`bench: ${name} ...\n`);
  try {
    const mod = await import(file);
    const rows = await mod[fn]();
    all.push(...rows.map((r) => ({ suite: name, ...r })));
  } catch (err) {
    all.push({ suite: name, stage: 'error', metric: String(err?.message ?? err).slice(0, 80), value: NaN });
  }
}
const peakRssMb = process.resourceUsage().maxRSS / 1024;
all.push({ suite: 'process', stage: 'bench', metric: 'peak RSS MB', value: peakRssMb });
console.table(all.map((r) => ({ ...r, value: Number.isFinite(r.value) ? Number(r.value.toFixed(2)) : r.value })));
