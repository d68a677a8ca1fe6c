/**
 * `npm run soak -- [--jobs N] [--workers W] [--concurrency C] [--model M] [--report FILE] [--no-faults]`
 *
 * Many jobs through `zhnews worker` processes on a real Redis and PostgreSQL, started here
 * on loopback, with faults injected while they run (faults.ts): Redis restarted twice,
 * PostgreSQL stopped once, a worker SIGKILLed twice. At the end every article must be
 * stored exactly once, no job failed, and no worker's RSS grown more than 10 % after its
 * warm-up. Lines on stderr as it goes, a JSON report on stdout (and in --report); exit 1
 * when a check fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import pg from 'pg';
import { startLocalRedis } from '../scaffold/local-redis.js';
import { createDatabase, startPostgres } from '../scaffold/local-postgres.js';
import { ROOT, articleUrl, writeSoakArticles } from './articles.js';
import { SOAK_FAULTS, describeFault, type FaultAction } from './faults.js';
import { sampleRss, startWorker, stopWorker, type WorkerConfig, type WorkerProcess } from './fleet.js';
import { judgeRss, type RssVerdict } from './rss.js';

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '10000' },
    workers: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '1' },
    model: { type: 'string' },
    report: { type: 'string' },
    'deadline-minutes': { type: 'string', default: '120' },
    // A baseline: the same run without faults, to tell growth that the faults cause from the rest.
    'no-faults': { type: 'boolean', default: false },
  },
});
const N = Number(values.jobs);
const W = Number(values.workers);
const say = (l: string): void => {
  process.stderr.write(`soak: ${l}\n`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dir = mkdtempSync(join(tmpdir(), 'zhnews-soak-'));
const redis = await startLocalRedis({ appendonly: true });
const server = await startPostgres();
if (!server) {
  say('PostgreSQL server binaries not found (apt-get install postgresql)');
  process.exit(2);
}
const storeUrl = await createDatabase(server, 'soak');
const QUEUE = 'soak';
const t0 = Date.now();

const file = join(dir, 'articles.jsonl');
writeSoakArticles(file, N);
const enq = spawnSync(process.execPath, [join(ROOT, 'bin/zhnews.js'), 'enqueue', file, '--redis', redis.url, '--queue', QUEUE], {
  encoding: 'utf8',
});
if (enq.status !== 0) throw new Error(`enqueue failed (${enq.status}): ${enq.stderr}`);
say(`enqueued ${N} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const config: WorkerConfig = {
  redisUrl: redis.url,
  queue: QUEUE,
  store: storeUrl,
  model: values.model ?? null,
  concurrency: Number(values.concurrency),
};
const live: WorkerProcess[] = await Promise.all(Array.from({ length: W }, (_, i) => startWorker(i, config)));
const retired: WorkerProcess[] = [];
// Stopped early: the servers and workers this run started go with it.
const abandon = (): void => {
  for (const w of live) w.child.kill('SIGKILL');
  void Promise.allSettled([server.stop(), redis.stop()]).then(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
};
process.once('SIGINT', abandon);
process.once('SIGTERM', abandon);
say(`${W} workers ready (${config.model ?? 'shipped model'}, concurrency ${config.concurrency})`);

const queue = new Queue(QUEUE, {
  connection: { url: redis.url, maxRetriesPerRequest: null, retryStrategy: (t: number) => Math.min(t * 200, 1000) },
});
queue.on('error', () => {});

interface Counts {
  completed: number;
  failed: number;
  pending: number;
}
/** Queue counts, or null while Redis is away (a restart is part of the plan). */
async function counts(): Promise<Counts | null> {
  try {
    const c = await Promise.race([
      queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'),
      sleep(3000).then(() => null),
    ]);
    if (!c) return null;
    return {
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
      pending: (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0),
    };
  } catch {
    return null;
  }
}

const faultsDone: { fault: string; atCompleted: number; seconds: number }[] = [];
async function inject(a: FaultAction, completed: number): Promise<void> {
  const t = Date.now();
  say(`${describeFault(a)} at ${completed}/${N}`);
  if (a.kind === 'restart-redis') {
    await redis.stop();
    await redis.start();
  } else if (a.kind === 'restart-postgres') {
    server!.halt();
    await sleep(a.downMs);
    server!.restart();
  } else {
    const w = live[a.worker % live.length]!;
    w.child.kill('SIGKILL');
    await w.exit;
    retired.push(w);
    live[w.slot] = await startWorker(w.slot, config);
  }
  faultsDone.push({ fault: describeFault(a), atCompleted: completed, seconds: Math.round((Date.now() - t) / 100) / 10 });
}

const deadline = t0 + Number(values['deadline-minutes']) * 60_000;
const pendingFaults = values['no-faults'] ? [] : [...SOAK_FAULTS].sort((a, b) => a.at - b.at);
let last: Counts = { completed: 0, failed: 0, pending: N };
let lastLine = 0;
const unexpectedExits: string[] = [];
const sampler = setInterval(() => sampleRss(live), 1000);
for (;;) {
  const c = await counts();
  if (c) last = c;
  // Redis keeps at most 10,000 completed jobs (KEEP_COMPLETED): past that, nothing pending is the end.
  if (c && c.pending === 0 && c.completed + c.failed >= Math.min(N, 10_000)) break;
  if (Date.now() > deadline) {
    say(`deadline passed with ${last.completed} completed, ${last.failed} failed, ${last.pending} pending`);
    break;
  }
  // A worker that died on its own is a finding: say why, and start it again as a supervisor would.
  for (const w of [...live])
    if (w.child.exitCode !== null || w.child.signalCode !== null) {
      say(
        `worker ${w.slot} (pid ${w.pid}) exited on its own (${w.child.exitCode ?? w.child.signalCode}):\n  ${w.tail.slice(-8).join('\n  ')}`,
      );
      unexpectedExits.push(`${w.pid}: ${w.tail.at(-1) ?? ''}`);
      retired.push(w);
      live[w.slot] = await startWorker(w.slot, config);
    }
  if (c && pendingFaults[0] && c.completed >= pendingFaults[0].at * N) await inject(pendingFaults.shift()!.action, c.completed);
  if (Date.now() - lastLine > 30_000) {
    lastLine = Date.now();
    say(`${last.completed} completed, ${last.failed} failed, ${last.pending} pending (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  await sleep(1000);
}
clearInterval(sampler);
const runSeconds = (Date.now() - t0) / 1000;

// Jobs that ran more than once (a killed worker's, or one that met an outage): allowed, as long as each is stored once.
let rerun = 0;
for (let at = 0; at < N; at += 1000)
  for (const j of await queue.getJobs(['completed'], at, at + 999))
    if ((j.attemptsStarted ?? 0) > 1 || (j.stalledCounter ?? 0) > 0) rerun++;
const failed = (await queue.getJobs(['failed'], 0, 20)).map((j) => `${j.id}: ${j.failedReason}`);
const exits = await Promise.all(live.map((w) => stopWorker(w)));
await queue.close();

const client = new pg.Client({ connectionString: storeUrl });
await client.connect();
const rows = (
  await client.query<{ rows: string; ids: string; urls: string }>(
    'SELECT count(*) AS rows, count(DISTINCT id) AS ids, count(DISTINCT source_url) AS urls FROM articles',
  )
).rows[0]!;
const urls = new Set((await client.query<{ source_url: string }>('SELECT source_url FROM articles')).rows.map((r) => r.source_url));
await client.end();
const missing = Array.from({ length: N }, (_, i) => articleUrl(i)).filter((u) => !urls.has(u));

const rss: (RssVerdict & { slot: number; pid: number; killed: boolean })[] = [...retired, ...live].map((w) => ({
  slot: w.slot,
  pid: w.pid,
  killed: retired.includes(w),
  ...judgeRss(w.rss),
}));
const judged = rss.filter((r) => r.growth !== null);
const checks = {
  allCompleted: last.pending === 0 && last.completed >= Math.min(N, 10_000),
  storedOnce: Number(rows.rows) === N && Number(rows.ids) === N && Number(rows.urls) === N && missing.length === 0,
  failedEmpty: last.failed === 0 && failed.length === 0,
  rssFlat: judged.length > 0 && judged.every((r) => r.growth! <= 0.1),
  allFaultsInjected: pendingFaults.length === 0,
  cleanShutdown: exits.every((e) => e.code === 0),
  noWorkerDied: unexpectedExits.length === 0,
};
const report = {
  jobs: N,
  workers: W,
  concurrency: config.concurrency,
  model: config.model ?? 'shipped',
  seconds: Math.round(runSeconds),
  articlesPerSecond: Math.round((last.completed / runSeconds) * 10) / 10,
  completed: last.completed,
  failed: last.failed,
  failedSample: failed,
  rerun,
  unexpectedExits,
  store: { rows: Number(rows.rows), distinctIds: Number(rows.ids), distinctUrls: Number(rows.urls), missing: missing.length },
  faults: faultsDone,
  rss,
  checks,
  pass: Object.values(checks).every(Boolean),
};
const json = `${JSON.stringify(report, null, 2)}\n`;
process.stdout.write(json);
if (values.report) writeFileSync(values.report, json);
say(
  `${report.pass ? 'PASS' : 'FAIL'}: ${report.completed}/${N} completed, ${report.store.rows} rows (${report.store.distinctUrls} articles, ${report.store.missing} missing), ${report.failed} failed, ${rerun} re-run, ` +
    `RSS growth ${judged.map((r) => `${Math.round(r.growth! * 100)}%`).join(' ') || 'not judged'}, ${report.articlesPerSecond} articles/s`,
);
await server.stop();
await redis.stop();
rmSync(dir, { recursive: true, force: true });
process.exit(report.pass ? 0 : 1);
