// Batch benchmark: articles/s with 1 and 2 pipeline threads (and two 1-thread processes side by
// side, the machine's own ceiling for twice the work), the main thread's cost with
// `--store sqlite:` (rules model, 1 thread), and peak memory (RSS) for a 100-article vs a
// 2,000-article archive. Plain JS over the built code: `npm run build` first.
//   node bench/batch.js                 (prints a table)
//   BENCH_BATCH_MODEL_ARTICLES=120 BENCH_BATCH_ARTICLES=1200 BENCH_BATCH_BIG=2000 node bench/batch.js
//   BENCH_BATCH_ONLY=store node bench/batch.js       (only the --store runs)
//   BENCH_BATCH_DIST=/some/dist node bench/batch.js  (the runner of another build, e.g. a baseline copy)
// Exports benchBatch() -> [{ stage, metric, value }] for bench/run.js.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import tarStream from 'tar-stream';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const PLACES = ['深圳', '广州', '珠海', '佛山', '东莞', '中山', '惠州', '江门', '肇庆'];

/** The team's fixture articles (fixtures/articles, fixtures/batch), as {name, text, html}. */
function fixtures() {
  const out = [];
  for (const dir of ['articles', 'batch']) {
    for (const name of readdirSync(join(ROOT, 'fixtures', dir)).sort()) {
      if (/\.(txt|html)$/.test(name))
        out.push({ name, text: readFileSync(join(ROOT, 'fixtures', dir, name), 'utf8'), html: name.endsWith('.html') });
    }
  }
  return out;
}

/** `n` distinct articles: each fixture with its own title suffix and closing paragraph. */
export function variants(n) {
  const base = fixtures();
  const out = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length];
    const extra = `${PLACES[i % PLACES.length]}市统计局第${i + 1}号通报显示，当地新增企业${100 + i}家，同比增长${(i % 37) + 1}.5%。`;
    let text = src.text;
    if (src.html) {
      text = text
        .replace(/<h1>([^<]*)<\/h1>/, `<h1>$1（之${i + 1}）</h1>`)
        .replace(/(<\/p>)(?![\s\S]*<\/p>[\s\S]*<\/p>)/, `$1\n<p>${extra}</p>`);
    } else {
      const lines = text.split('\n');
      lines[0] = `${lines[0]}（之${i + 1}）`;
      lines.splice(Math.min(8, lines.length), 0, '', extra);
      text = lines.join('\n');
    }
    out.push({ name: `v${String(i).padStart(5, '0')}-${src.name}`, data: Buffer.from(text, 'utf8') });
  }
  return out;
}

export async function writeTarGz(path, entries) {
  const pack = tarStream.pack();
  const chunks = [];
  pack.on('data', (c) => chunks.push(c));
  const ended = new Promise((r) => pack.on('end', r));
  for (const e of entries)
    await new Promise((res, rej) => pack.entry({ name: e.name, size: e.data.length }, e.data, (err) => (err ? rej(err) : res())));
  pack.finalize();
  await ended;
  writeFileSync(path, gzipSync(Buffer.concat(chunks)));
}

/**
 * CPU seconds the main thread of process `pid` (default: this one) alone has used, or null off
 * Linux: /proc/<pid>/task/<pid>/schedstat (nanoseconds) where the kernel keeps it, else its stat
 * (utime + stime in 10 ms clock ticks, too coarse for short runs). Unlike the event loop's busy
 * time this does not count the time the thread waited for a core, which on a shared machine
 * inflates the busy figure.
 */
export function mainThreadCpuSeconds(pid = process.pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const hz = Number(process.env.BENCH_CLK_TCK ?? 100);
      return (Number(f[11]) + Number(f[12])) / hz;
    } catch {
      return null;
    }
  }
}

/** The batch's target: `out` is a JSONL file, or a `sqlite:` store URI. */
const targetOf = (out) => (out.startsWith('sqlite:') ? { kind: 'store', uri: out } : { kind: 'file', out, format: 'jsonl' });

/** One batch run in this process; prints its summary and peak RSS as JSON (child mode). */
async function child(archive, out, threads, model) {
  const dist = process.env.BENCH_BATCH_DIST ?? join(ROOT, 'dist');
  const { runBatch } = await import(pathToFileURL(join(dist, 'batch/runner.js')).href);
  const cpu0 = process.cpuUsage();
  let cpuReady = cpu0;
  // The main thread's busy time (event loop not idle) from ready to done: the runner's own cost
  // per article (reading, hashing, journal, JSON), which caps how many threads one process feeds.
  let elu0 = performance.eventLoopUtilization();
  let main0 = mainThreadCpuSeconds();
  const s = await runBatch({
    inputs: [archive],
    target: targetOf(out),
    concurrency: threads,
    config: { model: model === 'default' ? undefined : model },
    progress: null,
    onReady: () => {
      cpuReady = process.cpuUsage();
      elu0 = performance.eventLoopUtilization();
      main0 = mainThreadCpuSeconds();
    },
  });
  const main1 = mainThreadCpuSeconds();
  // maxRSS: the process's peak resident set, worker threads included (KiB).
  const cpu = process.cpuUsage(cpu0);
  const work = process.cpuUsage(cpuReady);
  const elu = performance.eventLoopUtilization(elu0);
  // cpuSeconds: all threads of the process, model loading included.
  process.stdout.write(
    `${JSON.stringify({ ...s, cpuSeconds: (cpu.user + cpu.system) / 1e6, workCpuSeconds: (work.user + work.system) / 1e6, mainBusyMs: elu.active, mainCpuMs: main0 === null ? null : (main1 - main0) * 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

/** A child run's summary: the last line it printed. */
const childSummary = (stdout) => JSON.parse(stdout.trim().split('\n').at(-1));

/** Runs a batch in a fresh process (so peak RSS belongs to that run alone). */
function runChild(archive, out, threads, model = 'rules') {
  const text = execFileSync(process.execPath, [SELF, '--child', archive, out, String(threads), model], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return childSummary(text);
}

/**
 * Two 1-thread batches in two processes at once, sharing nothing but the machine: their summed
 * speed over one process alone is what this machine gives to twice the work, whatever the runner
 * does (cores that are not quite idle, shared caches, turbo). The 2-thread speed-up is read
 * against it.
 */
async function runSideBySide(archive, dir, model) {
  const one = (i) =>
    new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        [SELF, '--child', archive, join(dir, `side-${model}-${i}.jsonl`), '1', model],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 },
        (err, stdout) => (err ? reject(err) : resolve(childSummary(stdout))),
      );
    });
  const rs = await Promise.all([one(0), one(1)]);
  return rs.reduce((a, s) => a + (s.done + s.failed) / s.processingSeconds, 0);
}

/**
 * `--store sqlite:` with the rules model on 1 thread, the same articles as the file runs: what
 * the main thread pays per article when records go to a store (the target is <= 0.5 ms).
 * Two runs, each into a fresh database; the mean is reported.
 */
function benchStore(dir, archive, count) {
  const rows = [];
  const rs = [0, 1].map((i) => runChild(archive, `sqlite:${join(dir, `store-${i}.db`)}`, 1, 'rules'));
  for (const s of rs) if (s.done + s.failed !== count) throw new Error(`store run: ${s.done + s.failed} of ${count} articles written`);
  const rate = rs.reduce((a, s) => a + (s.done + s.failed) / s.processingSeconds, 0) / rs.length;
  rows.push({
    stage: 'batch',
    metric: `articles/s, --store sqlite:, 1 thread (${count} articles, rules model; runs: ${rs.map((s) => ((s.done + s.failed) / s.processingSeconds).toFixed(1)).join(', ')})`,
    value: Number(rate.toFixed(1)),
  });
  if (rs.every((s) => s.mainCpuMs !== null)) {
    const mainCpu = rs.reduce((a, s) => a + s.mainCpuMs / count, 0) / rs.length;
    rows.push({
      stage: 'batch',
      metric: `main-thread CPU ms per article, --store sqlite:, 1 thread (rules model; target <= 0.5; runs: ${rs.map((s) => (s.mainCpuMs / count).toFixed(3)).join(', ')})`,
      value: Number(mainCpu.toFixed(3)),
    });
  }
  return rows;
}

export async function benchBatch() {
  // 1,200 rules-model articles take a 1-thread run ~6 s: with 300 (under 2 s) the JIT's warm-up,
  // which runs on V8's own threads, was a third of the run and halved the measured speed-up.
  const n = Number(process.env.BENCH_BATCH_ARTICLES ?? 1200);
  const small = Number(process.env.BENCH_BATCH_SMALL ?? 100);
  const big = Number(process.env.BENCH_BATCH_BIG ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-bench-batch-'));
  const rows = [];
  try {
    if (process.env.BENCH_BATCH_ONLY === 'store') {
      const archive = join(dir, 'speed-rules.tar.gz');
      await writeTarGz(archive, variants(n));
      return benchStore(dir, archive, n);
    }
    // The shipped model is the real job; the rules tagger shows the runner's own overhead.
    // Runs alternate 1, 2, 1, 2 threads (the mean of each pair is reported) so that drift in a
    // shared machine's speed hits both alike.
    const nModel = Number(process.env.BENCH_BATCH_MODEL_ARTICLES ?? 120);
    const perThread = {};
    const mainCost = {};
    for (const [model, count] of [
      ['default', nModel],
      ['rules', n],
    ]) {
      const label = model === 'default' ? 'shipped model' : 'rules model';
      const speed = join(dir, `speed-${model}.tar.gz`);
      await writeTarGz(speed, variants(count));
      const runs = { 1: [], 2: [] };
      for (const threads of [1, 2, 1, 2]) runs[threads].push(runChild(speed, join(dir, `speed-${model}-${threads}.jsonl`), threads, model));
      const rate = {};
      for (const threads of [1, 2]) {
        const rs = runs[threads];
        rate[threads] = rs.reduce((a, s) => a + (s.done + s.failed) / s.processingSeconds, 0) / rs.length;
        const cores = rs.reduce((a, s) => a + s.workCpuSeconds / s.processingSeconds, 0) / rs.length;
        const cpuMs = rs.reduce((a, s) => a + (s.workCpuSeconds * 1000) / count, 0) / rs.length;
        const mainMs = rs.reduce((a, s) => a + s.mainBusyMs / count, 0) / rs.length;
        const mainCpu = rs.every((s) => s.mainCpuMs !== null) ? rs.reduce((a, s) => a + s.mainCpuMs / count, 0) / rs.length : null;
        const t = `${threads} thread${threads > 1 ? 's' : ''}`;
        rows.push({
          stage: 'batch',
          metric: `articles/s, ${t} (${count} articles, ${label}; runs: ${rs.map((s) => ((s.done + s.failed) / s.processingSeconds).toFixed(1)).join(', ')})`,
          value: Number(rate[threads].toFixed(1)),
        });
        // How many cores the run actually got: a busy machine caps the speed-up, not the code.
        rows.push({ stage: 'batch', metric: `cores used while processing, ${t}`, value: Number(cores.toFixed(2)) });
        rows.push({
          stage: 'batch',
          metric: `CPU ms per article, ${t} (all threads, after model loading)`,
          value: Number(cpuMs.toFixed(2)),
        });
        rows.push({
          stage: 'batch',
          metric: `main-thread busy ms per article, ${t} (target <= 0.5: one main thread feeds >= 2,000 articles/s)`,
          value: Number(mainMs.toFixed(3)),
        });
        if (mainCpu !== null) {
          rows.push({ stage: 'batch', metric: `main-thread CPU ms per article, ${t} (${label})`, value: Number(mainCpu.toFixed(3)) });
          // What one main thread could feed if the pool threads were free: 1000 / its cost per article.
          rows.push({
            stage: 'batch',
            metric: `main-thread ceiling, articles/s, ${t} (${label}; 1000 / main-thread CPU ms)`,
            value: Math.round(1000 / Math.max(mainCpu, 1e-3)),
          });
        }
        if (threads === 1) {
          perThread[model] = rate[1];
          mainCost[model] = mainCpu ?? mainMs;
        }
      }
      rows.push({
        stage: 'batch',
        metric: `speed-up, 2 threads vs 1, ${label} (target >= ${model === 'rules' ? '1.7' : '1.85'} on 2 idle cores)`,
        value: Number((rate[2] / rate[1]).toFixed(2)),
      });
      const side = await runSideBySide(speed, dir, model);
      rows.push({
        stage: 'batch',
        metric: `machine ceiling: two 1-thread processes side by side vs 1 thread, ${label}`,
        value: Number((side / rate[1]).toFixed(2)),
      });
      rows.push({
        stage: 'batch',
        metric: `2 threads in one process vs two 1-thread processes, ${label}`,
        value: Number((rate[2] / side).toFixed(2)),
      });
      if (model === 'rules') rows.push(...benchStore(dir, speed, count));
    }

    // The core count where the shipped model stops scaling: the main thread's ceiling with that
    // model (1000 / its main-thread ms per article, 1 thread) over what one pipeline thread does.
    if (perThread.default && mainCost.default) {
      rows.push({
        stage: 'batch',
        metric: `implied threads at which batch stops scaling, shipped model (ceiling ${Math.round(1000 / mainCost.default)}/s / ${perThread.default.toFixed(1)}/s per thread)`,
        value: Math.round(1000 / mainCost.default / perThread.default),
      });
    }

    const rss = {};
    // BENCH_BATCH_BIG=0 skips the memory runs (speed figures only).
    for (const count of big > 0 ? [small, big] : []) {
      const archive = join(dir, `mem-${count}.tar.gz`);
      await writeTarGz(archive, variants(count));
      const s = runChild(archive, join(dir, `mem-${count}.jsonl`), 2);
      if (s.done !== count) throw new Error(`memory run: ${s.done} of ${count} articles done`);
      rss[count] = s.maxRssMb;
      rows.push({ stage: 'batch', metric: `peak RSS MB, ${count}-article archive (2 threads)`, value: Number(s.maxRssMb.toFixed(1)) });
    }
    if (big > 0)
      rows.push({
        stage: 'batch',
        metric: `peak RSS ratio, ${big} vs ${small} articles (target <= 1.2)`,
        value: Number((rss[big] / rss[small]).toFixed(2)),
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === '--child') {
    await child(process.argv[3], process.argv[4], Number(process.argv[5]), process.argv[6] ?? 'rules');
  } else {
    const rows = await benchBatch();
    const w = Math.max(...rows.map((r) => r.metric.length));
    for (const r of rows) console.log(`${r.stage.padEnd(6)} ${r.metric.padEnd(w)} ${r.value}`);
  }
}
