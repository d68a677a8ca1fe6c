// Start-up: wall time of `zhnews --help`, `zhnews schema` and `zhnews extract` on the supplied
// article (median of several runs, each a fresh process), against the model's load time measured
// in-process (createPipeline) and a bare `node -e 0`. The targets: --help and schema <= 0.25 s;
// extract <= model load + 0.3 s. Run: node bench/startup.js
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/zhnews.js', import.meta.url));
const SAMPLE = 'fixtures/articles/000_fc3af1410bc2c826.txt';

function wall(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The model's load time, in a fresh process so that nothing is cached from this one. */
function modelLoad(runs) {
  const code = `const t0 = performance.now(); const { createPipeline } = await import(${JSON.stringify(pathToFileURL(`${ROOT}/dist/pipeline/pipeline.js`).href)}); await createPipeline({}); console.log((performance.now() - t0) / 1000);`;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    times.push(Number(r.stdout.trim()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchStartup({ runs = 7 } = {}) {
  const bare = wall(['-e', '0'], runs);
  const help = wall([BIN, '--help'], runs);
  const schema = wall([BIN, 'schema'], runs);
  const extract = wall([BIN, 'extract', SAMPLE], Math.max(3, Math.floor(runs / 2)));
  const load = modelLoad(3);
  const stage = 'startup';
  return [
    { stage, metric: 'bare node -e 0, s', value: Number(bare.toFixed(3)) },
    { stage, metric: 'zhnews --help, s (target <= 0.25)', value: Number(help.toFixed(3)) },
    { stage, metric: 'zhnews schema, s (target <= 0.25)', value: Number(schema.toFixed(3)) },
    { stage, metric: 'model load in-process (imports + createPipeline), s', value: Number(load.toFixed(3)) },
    { stage, metric: 'zhnews extract on the supplied article, s', value: Number(extract.toFixed(3)) },
    { stage, metric: 'extract minus model load, s (target <= 0.3)', value: Number((extract - load).toFixed(3)) },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchStartup()) console.log(`${r.stage}\t${r.metric}\t${r.value}`);
}
