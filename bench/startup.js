// Start-up: wall time of `zhnews --help`, `zhnews schema` and `zhnews extract` on the supplied
// article, each a fresh process (median of several runs), against a bare `node -e 0` and against
// what the pipeline itself costs in-process. Plain JS over the built code: `npm run build` first.
//   node bench/startup.js                       (prints a table)
//   BENCH_STARTUP_RUNS=9 node bench/startup.js
//   BENCH_STARTUP_ROOT=/path/to/other/checkout node bench/startup.js   (its bin/ and dist/, to compare builds)
// Exports benchStartup() -> [{ stage, metric, value }] for bench/run.js.
//
// How "model load" is measured, and why it is a fair yardstick for extract: a fresh process
// (nothing cached from this one) takes the time from just before `import('dist/pipeline/pipeline.js')`
// to the end of `createPipeline({})`, the same call `zhnews extract` makes with the default model.
// That covers what any use of the pipeline must pay before its first article: the pipeline's
// modules, the ONNX model and tokenizer, jieba's dictionary, the organisation lexicon and the
// first onnxruntime run (createPipeline does the last three up front, so they are not hidden in
// the first article). The same child then times its first article, so the table also shows
// extract's wall time minus (model load + first article): what start-up, the CLI and JSON output
// cost on top of the work itself, including Node's own boot (the `node -e 0` row).
// The targets: --help and schema <= 0.25 s; extract <= model load + 0.3 s. Timings are wall
// clock and move with the machine's load: compare rows from one run, not across runs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = process.env.BENCH_STARTUP_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/zhnews.js');
const SAMPLE = 'fixtures/articles/000_fc3af1410bc2c826.txt';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall time of `node ...args` as a fresh process, in seconds. */
function wall(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

/** In a fresh process: the pipeline's load (imports + createPipeline), then its first article. */
function inProcess() {
  const pipelineUrl = pathToFileURL(join(ROOT, 'dist/pipeline/pipeline.js')).href;
  const code = `
    import { readFileSync } from 'node:fs';
    const t0 = performance.now();
    const { createPipeline } = await import(${JSON.stringify(pipelineUrl)});
    const pipeline = await createPipeline({});
    const t1 = performance.now();
    await pipeline.process({ bytes: readFileSync(${JSON.stringify(SAMPLE)}), kind: 'text', uri: null, url: null, publishedAt: null });
    const t2 = performance.now();
    console.log(JSON.stringify({ load: (t1 - t0) / 1000, article: (t2 - t1) / 1000 }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`in-process pipeline run exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/**
 * Runs every measurement once per round, interleaved, so that a busy spell on the machine
 * lands on all of them alike; each row is the median over the rounds.
 */
export async function benchStartup({ runs = Number(process.env.BENCH_STARTUP_RUNS) || 7 } = {}) {
  const t = { bare: [], help: [], schema: [], extract: [], rules: [], load: [], article: [] };
  for (let i = 0; i < runs; i++) {
    t.bare.push(wall(['-e', '0']));
    t.help.push(wall([BIN, '--help']));
    t.schema.push(wall([BIN, 'schema']));
    t.extract.push(wall([BIN, 'extract', SAMPLE]));
    t.rules.push(wall([BIN, 'extract', SAMPLE, '--model', 'rules']));
    const { load, article } = inProcess();
    t.load.push(load);
    t.article.push(article);
  }
  const [bare, help, schema, extract, rules, load, article] = ['bare', 'help', 'schema', 'extract', 'rules', 'load', 'article'].map((k) =>
    median(t[k]),
  );
  const stage = 'startup';
  const s = (x) => Number(x.toFixed(3));
  return [
    { stage, metric: 'bare node -e 0, s', value: s(bare) },
    { stage, metric: 'zhnews --help, s (target <= 0.25)', value: s(help) },
    { stage, metric: 'zhnews schema, s (target <= 0.25)', value: s(schema) },
    { stage, metric: 'model load in-process (imports + createPipeline), s', value: s(load) },
    { stage, metric: 'first article in-process after the load, s', value: s(article) },
    { stage, metric: 'zhnews extract on the supplied article, s', value: s(extract) },
    { stage, metric: 'zhnews extract --model rules (no NER model), s', value: s(rules) },
    { stage, metric: 'extract minus model load, s (target <= 0.3)', value: s(extract - load) },
    { stage, metric: 'extract minus (model load + first article), s', value: s(extract - load - article) },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await benchStartup();
  const width = Math.max(...rows.map((r) => r.metric.length));
  for (const r of rows) console.log(`${r.metric.padEnd(width)}  ${r.value.toFixed(3)}`);
}
