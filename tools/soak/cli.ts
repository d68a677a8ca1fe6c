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
import { ROOT, articleUrl, writeArticles } from '../harness/articles.js';
import { KEEP_COMPLETED, queueCounts, sleep } from '../harness/counts.js';
import { drive } from '../harness/drive.js';
import { faultSchedule } from '../harness/faults.js';
import { sampleRss, startWorker, type WorkerConfig } from '../harness/fleet.js';
import { Supervisor } from '../harness/supervisor.js';
import { SOAK_FAULTS, describeSoakFault, type SoakFault } from './faults.js';
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
writeArticles(file, N);
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
const fleet = new Supervisor((slot) => startWorker(slot, config), W, say);
// Stopped early: the servers and workers this run started go with it.
const abandon = (): void => {
  fleet.killAll();
  void Promise.allSettled([server.stop(), redis.stop()]).then(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
};
process.once('SIGINT', abandon);
process.once('SIGTERM', abandon);
await fleet.startAll();
say(`${W} workers ready (${config.model ?? 'shipped model'}, concurrency ${config.concurrency})`);

const queue = new Queue(QUEUE, {
  connection: { url: redis.url, maxRetriesPerRequest: null, retryStrategy: (t: number) => Math.min(t * 200, 1000) },
});
queue.on('error', () => {});

async function inject(a: SoakFault): Promise<void> {
  if (a.kind === 'restart-redis') {
    await redis.stop();
    await redis.start();
  } else if (a.kind === 'restart-postgres') {
    server!.halt();
    await sleep(a.downMs);
    server!.restart();
  } else {
    const slot = a.worker % W;
    await fleet.takeDown(slot, (w) => w.child.kill('SIGKILL'));
    await fleet.revive(slot);
  }
}

const result = await drive({
  total: N,
  counts: () => queueCounts(queue),
  faults: values['no-faults'] ? [] : faultSchedule(SOAK_FAULTS),
  inject,
  describe: describeSoakFault,
  supervisor: fleet,
  say,
  deadline: t0 + Number(values['deadline-minutes']) * 60_000,
  tick: () => sampleRss(fleet.running()),
});
const last = result.last;
const runSeconds = (Date.now() - t0) / 1000;

// Jobs that ran more than once (a killed worker's, or one that met an outage): allowed, as long as each is stored once.
let rerun = 0;
for (let at = 0; at < N; at += 1000)
  for (const j of await queue.getJobs(['completed'], at, at + 999))
    if ((j.attemptsStarted ?? 0) > 1 || (j.stalledCounter ?? 0) > 0) rerun++;
const failed = (await queue.getJobs(['failed'], 0, 20)).map((j) => `${j.id}: ${j.failedReason}`);
const exits = await fleet.stopAll();
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

const rss: (RssVerdict & { slot: number; pid: number; killed: boolean })[] = [...fleet.retired, ...fleet.running()].map((w) => ({
  slot: w.slot,
  pid: w.pid,
  killed: fleet.retired.includes(w),
  ...judgeRss(w.rss),
}));
const judged = rss.filter((r) => r.growth !== null);
const checks = {
  allCompleted: last.pending === 0 && last.completed >= Math.min(N, KEEP_COMPLETED),
  storedOnce: Number(rows.rows) === N && Number(rows.ids) === N && Number(rows.urls) === N && missing.length === 0,
  failedEmpty: last.failed === 0 && failed.length === 0,
  rssFlat: judged.length > 0 && judged.every((r) => r.growth! <= 0.1),
  allFaultsInjected: result.notFired.length === 0 && result.faults.every((f) => !f.error),
  cleanShutdown: exits.every((e) => e.code === 0),
  noWorkerDied: fleet.unexpectedExits.length === 0,
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
  unexpectedExits: fleet.unexpectedExits,
  store: { rows: Number(rows.rows), distinctIds: Number(rows.ids), distinctUrls: Number(rows.urls), missing: missing.length },
  faults: result.faults,
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
