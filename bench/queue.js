// Queue benchmark: articles/s through BullMQ with 1 and 2 worker processes, next to the same
// articles through `zhnews batch --store` in-process (one pipeline thread). Each
// worker runs `--concurrency 1` (one pipeline thread, one onnxruntime thread: one core), as
// the batch does, so all three measure one core's work per process. Starts its own
// redis-server (AOF on) on a free loopback port.
//
//   node bench/queue.js [--articles N] [--model rules|<folder>]   (after `npm run build`;
//   default: the shipped model, 120 articles)
//   ZHNEWS_BENCH_BIN=<other build>/bin/zhnews.js runs that build's workers (before/after runs).
//
// export: benchQueue(opts) -> [{ stage, metric, value }]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { QueueEvents } from 'bullmq';
import { runBatch } from '../dist/batch/runner.js';
import { readInputs } from '../dist/sources/read-inputs.js';
import { startLocalRedis, redisServerAvailable } from '../dist-tools/scaffold/local-redis.js';
import { openQueue, enqueueItems } from '../dist/queue/queue.js';
import { mainThreadCpuSeconds } from './batch.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// ZHNEWS_BENCH_BIN: another build's bin/zhnews.js (e.g. a copy of the old dist), for before/after runs.
const BIN = process.env.ZHNEWS_BENCH_BIN ?? join(ROOT, 'bin', 'zhnews.js');
const SAMPLE = join(ROOT, 'fixtures', 'articles', '000_fc3af1410bc2c826.txt');

/** N distinct articles: the sample with one numbered paragraph added to its body. */
function writeArticles(dir, n) {
  mkdirSync(dir, { recursive: true });
  const lines = readFileSync(SAMPLE, 'utf8').split('\n');
  const bodyAt = lines.findIndex((l) => l.startsWith('央广网'));
  for (let i = 0; i < n; i++) {
    const extra = `据统计，广州市第${i + 1}批科技创新项目共有${100 + i}家企业参与，同比增长${(i % 50) + 1}%，项目编号为GZ-${String(i).padStart(5, '0')}。`;
    writeFileSync(
      join(dir, `a${String(i).padStart(5, '0')}.txt`),
      [...lines.slice(0, bodyAt + 1), '', extra, ...lines.slice(bodyAt + 1)].join('\n'),
    );
  }
}

/** CPU ms (user + system, all threads) a process has used so far; Linux /proc, else NaN. */
function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100/s)
  } catch {
    return NaN;
  }
}

/** CPU ms a process's main thread has used so far (schedstat, see bench/batch.js), or NaN. */
function mainThreadCpuMs(pid) {
  const s = mainThreadCpuSeconds(pid);
  return s === null ? NaN : s * 1000;
}

const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function startWorker(redisUrl, queue, db, model) {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'worker',
      '--redis',
      redisUrl,
      '--queue',
      queue,
      '--store',
      `sqlite:${db}`,
      ...(model ? ['--model', model] : []),
      '--concurrency',
      '1',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  const ready = new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => {
      err += d;
      if (/: ready: /.test(err)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}) before ready:\n${err}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited };
}

/** The same articles through `zhnews batch --store sqlite:… --concurrency 1` (the runner, in this process). */
async function inProcess(dir, db, model) {
  let c0 = ownCpuMs();
  const s = await runBatch({
    inputs: [dir],
    target: { kind: 'store', uri: `sqlite:${db}` },
    concurrency: 1,
    config: { model },
    progress: null,
    onReady: () => {
      c0 = ownCpuMs();
    },
  });
  const cpuMs = ownCpuMs() - c0;
  const n = s.done + s.failed;
  return { rate: n / s.processingSeconds, cpuMsPerArticle: cpuMs / n };
}

async function throughQueue(redis, dir, n, workers, model, work) {
  const redisUrl = redis.url;
  const name = `bench-${workers}w-${Date.now()}`;
  const db = join(work, `${name}.db`);
  const procs = Array.from({ length: workers }, () => startWorker(redisUrl, name, db, model));
  await Promise.all(procs.map((p) => p.ready));
  const events = new QueueEvents(name, { connection: { url: redisUrl } });
  let stalled = 0;
  events.on('stalled', () => {
    stalled += 1;
  });
  await events.waitUntilReady();
  const queue = await openQueue(redisUrl, name);
  const w0 = procs.reduce((sum, p) => sum + cpuMsOf(p.child.pid), 0);
  const m0 = procs.reduce((sum, p) => sum + mainThreadCpuMs(p.child.pid), 0);
  const r0 = cpuMsOf(redis.pid);
  const t0 = performance.now();
  const e0 = ownCpuMs();
  const summary = await enqueueItems(queue, readInputs([dir]));
  const enqueueCpuMs = ownCpuMs() - e0;
  const enqueueSecs = (performance.now() - t0) / 1000;
  while ((await queue.getCompletedCount()) + (await queue.getFailedCount()) < n) await new Promise((r) => setTimeout(r, 25));
  const secs = (performance.now() - t0) / 1000;
  const workerCpuMs = procs.reduce((sum, p) => sum + cpuMsOf(p.child.pid), 0) - w0;
  const mainCpuMs = procs.reduce((sum, p) => sum + mainThreadCpuMs(p.child.pid), 0) - m0;
  const redisCpuMs = cpuMsOf(redis.pid) - r0;
  for (const p of procs) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => p.exited));
  await new Promise((r) => setTimeout(r, 200)); // late events
  await Promise.all([queue.close(), events.close()]);
  // CPU of the workers (all threads) and redis-server during the run, plus the producer's.
  return {
    rate: n / secs,
    enqueueRate: summary.added / enqueueSecs,
    stalled,
    cpuMsPerArticle: (workerCpuMs + redisCpuMs + enqueueCpuMs) / n,
    workerCpuMs: workerCpuMs / n,
    mainCpuMs: mainCpuMs / n,
    // How many cores the workers actually got: a busy machine caps the speed-up, not the code.
    cores: workerCpuMs / 1000 / secs,
    redisCpuMs: redisCpuMs / n,
    enqueueCpuMs: enqueueCpuMs / n,
  };
}

/** @returns {Promise<Array<{stage: string, metric: string, value: number}>>} */
export async function benchQueue({ articles = 120, model = process.env.ZHNEWS_BENCH_MODEL } = {}) {
  if (!redisServerAvailable()) throw new Error('bench/queue.js needs redis-server (apt-get install redis-server)');
  const work = mkdtempSync(join(tmpdir(), 'zhnews-bench-queue-'));
  const dir = join(work, 'articles');
  writeArticles(dir, articles);
  mkdirSync(join(work, 'redis'));
  const redis = await startLocalRedis({ dir: join(work, 'redis'), appendonly: true });
  try {
    const local = await inProcess(dir, join(work, 'inprocess.db'), model);
    const one = await throughQueue(redis, dir, articles, 1, model, work);
    const two = await throughQueue(redis, dir, articles, 2, model, work);
    const r2 = (x) => Math.round(x * 100) / 100;
    return [
      {
        stage: 'queue',
        metric: `in-process batch articles/s (${articles} articles, model ${model ?? 'shipped'}, 1 thread)`,
        value: r2(local.rate),
      },
      { stage: 'queue', metric: '1 worker articles/s', value: r2(one.rate) },
      { stage: 'queue', metric: '2 workers articles/s', value: r2(two.rate) },
      { stage: 'queue', metric: 'cores used by the workers, 1 worker', value: r2(one.cores) },
      { stage: 'queue', metric: 'cores used by the workers, 2 workers', value: r2(two.cores) },
      { stage: 'queue', metric: 'speedup 2 workers / 1 worker (target >= 1.8 with 2 free cores)', value: r2(two.rate / one.rate) },
      { stage: 'queue', metric: 'worker main-thread CPU ms/article, 1 worker', value: Math.round(one.mainCpuMs * 1000) / 1000 },
      { stage: 'queue', metric: 'worker main-thread CPU ms/article, 2 workers (both)', value: Math.round(two.mainCpuMs * 1000) / 1000 },
      {
        stage: 'queue',
        metric: 'queue overhead ms/article (wall, 1 worker vs in-process)',
        value: r2(1000 / one.rate - 1000 / local.rate),
      },
      { stage: 'queue', metric: 'queue overhead % per article (wall; target <= 5)', value: r2((local.rate / one.rate - 1) * 100) },
      { stage: 'queue', metric: 'CPU ms/article in-process', value: r2(local.cpuMsPerArticle) },
      { stage: 'queue', metric: 'CPU ms/article via queue (worker + redis-server + enqueue)', value: r2(one.cpuMsPerArticle) },
      { stage: 'queue', metric: '  of which worker process', value: r2(one.workerCpuMs) },
      { stage: 'queue', metric: '  of which redis-server', value: r2(one.redisCpuMs) },
      { stage: 'queue', metric: '  of which enqueue', value: r2(one.enqueueCpuMs) },
      { stage: 'queue', metric: 'queue overhead % per article (CPU)', value: r2((one.cpuMsPerArticle / local.cpuMsPerArticle - 1) * 100) },
      { stage: 'queue', metric: 'enqueue articles/s', value: r2(Math.min(one.enqueueRate, two.enqueueRate)) },
      { stage: 'queue', metric: 'stalled jobs reported (healthy workers)', value: one.stalled + two.stalled },
    ];
  } finally {
    await redis.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const rows = await benchQueue({ articles: Number(arg('--articles') ?? 120), model: arg('--model') ?? process.env.ZHNEWS_BENCH_MODEL });
  const width = Math.max(...rows.map((r) => r.metric.length));
  for (const r of rows) process.stdout.write(`${r.stage}  ${r.metric.padEnd(width)}  ${r.value}\n`);
}
