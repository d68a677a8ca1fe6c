/**
 * The queue end to end: real redis-server (AOF on), real BullMQ, worker processes spawned
 * from the built CLI. No timing assertions: only generous deadlines while waiting.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, startRedisServer, type LocalRedis } from '../helpers/redis-server.js';
import {
  startWorker,
  storeContents,
  waitFor,
  watchQueue,
  writeArticles,
  writeLongArticles,
  zhnewsAsync,
  type WorkerProc,
} from '../helpers/queue.js';

const N = 300;
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Stalled-job counts per test, printed at the end (the measurement the issue asks for). */
const stalledReport: string[] = [];

describe.skipIf(!hasRedisServer)('zhnews queue (BullMQ on a real redis-server)', () => {
  let redis: LocalRedis;
  let work: string;
  let articles: string;
  let paths: string[];
  const workers: WorkerProc[] = [];
  const spawnWorker = (...args: Parameters<typeof startWorker>) => {
    const w = startWorker(...args);
    workers.push(w);
    return w;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    work = mkdtempSync(join(tmpdir(), 'zhnews-queue-'));
    articles = join(work, 'articles');
    paths = writeArticles(articles, N);
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await redis?.stop();
    if (stalledReport.length) process.stdout.write(`\nqueue stalled-job report:\n${stalledReport.map((l) => `  ${l}`).join('\n')}\n`);
  });

  it('300 articles through 2 worker processes: 300 records, no duplicates, none stalled; enqueued twice: still 300', async () => {
    const q = 'happy';
    const db = join(work, `${q}.db`);
    const watch = watchQueue(redis.url, q);
    await watch.ready();
    try {
      const a = spawnWorker({ redisUrl: redis.url, queue: q, db });
      const b = spawnWorker({ redisUrl: redis.url, queue: q, db });
      await Promise.all([a.ready, b.ready]);

      const first = await zhnewsAsync(['enqueue', articles, '--redis', redis.url, '--queue', q]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stderr).toMatch(/enqueue: 300 added, 0 already queued, 0 refused/);

      await waitFor('300 completed jobs', async () => (await watch.counts()).completed >= N);
      const second = await zhnewsAsync(['enqueue', articles, '--redis', redis.url, '--queue', q]);
      expect(second.code, second.stderr).toBe(0);
      expect(second.stderr).toMatch(/enqueue: 0 added, 300 already queued \(300 completed\)/);

      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      expect(await a.exited, a.stderr()).toBe(0);
      expect(await b.exited, b.stderr()).toBe(0);

      const counts = await watch.counts();
      expect(counts).toMatchObject({ completed: N, failed: 0, active: 0, waiting: 0, delayed: 0 });
      const stored = await storeContents(db);
      expect(stored.count).toBe(N);
      expect(stored.ids.size).toBe(N);
      expect(new Set(stored.sha)).toEqual(new Set(paths.map(sha)));

      // Both processes took work, and no healthy job was ever taken for a stalled one.
      const done = await watch.queue.getCompleted(0, N);
      const byWorker = new Set(done.map((j) => (j.processedBy ?? '').split(':').pop()));
      expect(byWorker).toEqual(new Set([String(a.pid), String(b.pid)]));
      stalledReport.push(`2 workers, ${N} articles, no faults: ${watch.stalled.length} stalled`);
      expect(watch.stalled).toEqual([]);
      expect(a.stderr() + b.stderr()).toMatch(/0 stalled jobs recovered[\s\S]*0 stalled jobs recovered/);
    } finally {
      await watch.close();
    }
  });

  it('SIGKILL one of two workers mid-run: its jobs come back as stalled, all articles stored exactly once', async () => {
    const q = 'sigkill';
    const db = join(work, `${q}.db`);
    const watch = watchQueue(redis.url, q);
    await watch.ready();
    try {
      const victim = spawnWorker({ redisUrl: redis.url, queue: q, db, lockDuration: 4, stalledInterval: 2 });
      const survivor = spawnWorker({ redisUrl: redis.url, queue: q, db, lockDuration: 4, stalledInterval: 2 });
      await Promise.all([victim.ready, survivor.ready]);
      const enq = await zhnewsAsync(['enqueue', articles, '--redis', redis.url, '--queue', q]);
      expect(enq.code, enq.stderr).toBe(0);

      // Kill the victim while it holds jobs, as soon as it does after a tenth of the run.
      let orphans: string[] = [];
      await waitFor(
        'the victim to hold active jobs mid-run',
        async () => {
          if ((await watch.counts()).completed < N / 10) return false;
          const mine = (await watch.queue.getActive()).filter((j) => j.processedBy?.endsWith(`:${victim.pid}`));
          if (mine.length === 0) return false;
          victim.child.kill('SIGKILL');
          await victim.exited;
          // What it held when it died is what stays active under its name.
          orphans = (await watch.queue.getActive()).filter((j) => j.processedBy?.endsWith(`:${victim.pid}`)).map((j) => j.id!);
          return true;
        },
        120_000,
        20,
      );
      expect(victim.child.signalCode).toBe('SIGKILL');

      await waitFor('all jobs completed by the survivor', async () => (await watch.counts()).completed >= N, 180_000);
      survivor.child.kill('SIGTERM');
      expect(await survivor.exited, survivor.stderr()).toBe(0);

      expect(await watch.counts()).toMatchObject({ completed: N, failed: 0, active: 0, waiting: 0 });
      const stored = await storeContents(db);
      expect(stored.count).toBe(N);
      expect(stored.ids.size).toBe(N);
      expect(new Set(stored.sha)).toEqual(new Set(paths.map(sha)));
      // Only the dead worker's jobs were reported stalled, and each of them was.
      stalledReport.push(`SIGKILL of 1 of 2 workers: ${orphans.length} jobs orphaned, ${watch.stalled.length} stalled`);
      expect(new Set(watch.stalled)).toEqual(new Set(orphans));
      for (const id of orphans) expect((await watch.queue.getJob(id))?.processedBy).toMatch(new RegExp(`:${survivor.pid}$`));
    } finally {
      await watch.close();
    }
  });

  it('jobs that take longer than the lock are not reported stalled (the pipeline runs off the event loop); one job is taken ahead per thread', async () => {
    const q = 'long';
    const db = join(work, `${q}.db`);
    const dir = join(work, 'long');
    const long = writeLongArticles(dir, 4); // ~280 000 characters each: a second or more of pipeline per article
    const watch = watchQueue(redis.url, q);
    await watch.ready();
    try {
      // A 1 s lock renewed every 0.5 s, jobs of a second or more: a worker whose event loop were
      // busy with the article would lose the lock and see its job reported stalled.
      const a = spawnWorker({ redisUrl: redis.url, queue: q, db, concurrency: 1, lockDuration: 1, stalledInterval: 0.5 });
      await a.ready;
      const enq = await zhnewsAsync(['enqueue', dir, '--redis', redis.url, '--queue', q]);
      expect(enq.code, enq.stderr).toBe(0);
      // One thread, so at most two jobs active: the one on the thread and the one taken ahead of it.
      const activeSeen = new Set<number>();
      await waitFor(
        '4 long articles',
        async () => {
          const c = await watch.counts();
          activeSeen.add(c.active);
          return c.completed + c.failed >= 4;
        },
        180_000,
      );
      expect(Math.max(...activeSeen)).toBe(2);
      a.child.kill('SIGTERM');
      expect(await a.exited, a.stderr()).toBe(0);
      const done = await watch.queue.getCompleted();
      expect(done).toHaveLength(4);
      const slowest = Math.max(...done.map((j) => (j.finishedOn ?? 0) - (j.processedOn ?? 0)));
      stalledReport.push(`4 long articles (slowest ${(slowest / 1000).toFixed(1)} s), 1 s lock: ${watch.stalled.length} stalled`);
      expect(watch.stalled).toEqual([]);
      expect(done.map((j) => j.stalledCounter)).toEqual([0, 0, 0, 0]);
      expect((await storeContents(db)).count).toBe(long.length);
    } finally {
      await watch.close();
    }
  });

  it('stop and restart redis-server (AOF) mid-run: all articles stored exactly once', async () => {
    const own = await startRedisServer();
    const q = 'restart';
    const db = join(work, `${q}.db`);
    const watch = watchQueue(own.url, q);
    await watch.ready();
    try {
      const a = spawnWorker({ redisUrl: own.url, queue: q, db, lockDuration: 15, stalledInterval: 5 });
      const b = spawnWorker({ redisUrl: own.url, queue: q, db, lockDuration: 15, stalledInterval: 5 });
      await Promise.all([a.ready, b.ready]);
      const enq = await zhnewsAsync(['enqueue', articles, '--redis', own.url, '--queue', q]);
      expect(enq.code, enq.stderr).toBe(0);

      await waitFor('a fifth of the run', async () => (await watch.counts()).completed >= N / 5, 120_000, 20);
      await own.stop();
      await new Promise((r) => setTimeout(r, 3000)); // Redis is away; workers keep retrying
      await own.start();

      await waitFor('all jobs completed after the restart', async () => (await watch.counts()).completed >= N, 180_000);
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      expect(await a.exited, a.stderr()).toBe(0);
      expect(await b.exited, b.stderr()).toBe(0);

      expect(await watch.counts()).toMatchObject({ completed: N, failed: 0, active: 0, waiting: 0 });
      const stored = await storeContents(db);
      expect(stored.count).toBe(N);
      expect(stored.ids.size).toBe(N);
      expect(new Set(stored.sha)).toEqual(new Set(paths.map(sha)));
      stalledReport.push(`redis-server restart (down 3 s, lock 15 s): ${watch.stalled.length} stalled`);
    } finally {
      await watch.close();
      await own.stop();
    }
  });

  it('a poison article fails once, with its reason, and never blocks the rest', async () => {
    const q = 'poison';
    const db = join(work, `${q}.db`);
    const dir = join(work, 'poison');
    const good = writeArticles(dir, 30);
    const poison = join(dir, '0000-empty.txt'); // sorts first: enqueued ahead of the good ones
    writeFileSync(poison, '');
    const watch = watchQueue(redis.url, q);
    await watch.ready();
    try {
      const enq = await zhnewsAsync(['enqueue', dir, '--redis', redis.url, '--queue', q, '--attempts', '5', '--backoff', '0.1']);
      expect(enq.code, enq.stderr).toBe(0);
      expect(enq.stderr).toMatch(/31 added/);
      const w = spawnWorker({ redisUrl: redis.url, queue: q, db, concurrency: 1 });
      await w.ready;
      await waitFor('30 completed and 1 failed', async () => {
        const c = await watch.counts();
        return c.completed >= 30 && c.failed >= 1;
      });

      const listed = await zhnewsAsync(['failed', '--redis', redis.url, '--queue', q, '--json']);
      expect(listed.code, listed.stderr).toBe(0);
      const failures = listed.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ uri: poison, attempts: 1 });
      expect(failures[0].reason).toMatch(/InputError: .*empty/);

      // retry-failed requeues it; it fails again at once, the others are untouched.
      const retried = await zhnewsAsync(['retry-failed', '--redis', redis.url, '--queue', q]);
      expect(retried.code, retried.stderr).toBe(0);
      expect(retried.stderr).toMatch(/1 failed job moved back/);
      await waitFor(
        'the poison article to fail again',
        async () => (await watch.counts()).failed === 1 && (await watch.queue.getWaitingCount()) === 0,
      );
      w.child.kill('SIGTERM');
      expect(await w.exited, w.stderr()).toBe(0);

      expect(await watch.counts()).toMatchObject({ completed: 30, failed: 1, active: 0, waiting: 0, delayed: 0 });
      const stored = await storeContents(db);
      expect(stored.count).toBe(30);
      expect(new Set(stored.sha)).toEqual(new Set(good.map(sha)));
      expect(w.stderr()).toMatch(/failed .*0000-empty\.txt: InputError/);
      expect(w.stderr()).not.toMatch(/retrying/);
      stalledReport.push(`poison article, 1 worker: ${watch.stalled.length} stalled`);
      expect(watch.stalled).toEqual([]);
    } finally {
      await watch.close();
    }
  });

  it('refuses an article over the payload limit at enqueue, with a clear message', async () => {
    const q = 'toolarge';
    const dir = join(work, 'large');
    writeArticles(dir, 2);
    writeFileSync(join(dir, 'big.txt'), '大'.repeat(400_000)); // 1.2 MB
    const r = await zhnewsAsync(['enqueue', dir, '--redis', redis.url, '--queue', q, '--max-article-bytes', '1000000']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/big\.txt: article is 1200000 bytes, over the 1000000-byte job payload limit/);
    expect(r.stderr).toMatch(/enqueue: 2 added, 0 already queued, 1 refused/);
  });

  it('SIGTERM during a run: exits 0 within the timeout, no job left active, nothing lost', async () => {
    const q = 'sigterm';
    const db = join(work, `${q}.db`);
    const watch = watchQueue(redis.url, q);
    await watch.ready();
    try {
      const enq = await zhnewsAsync(['enqueue', articles, '--redis', redis.url, '--queue', q]);
      expect(enq.code, enq.stderr).toBe(0);
      // Enqueued again while waiting: no second job.
      const again = await zhnewsAsync(['enqueue', articles, '--redis', redis.url, '--queue', q]);
      expect(again.stderr).toMatch(/enqueue: 0 added, 300 already queued \(300 waiting\)/);
      expect((await watch.counts()).waiting).toBe(N);

      // A worker given time finishes its running jobs before it exits.
      const patient = spawnWorker({ redisUrl: redis.url, queue: q, db, shutdownTimeout: 30 });
      await patient.ready;
      await waitFor('a tenth of the run', async () => (await watch.counts()).completed >= N / 10, 120_000, 20);
      patient.child.kill('SIGTERM');
      const deadline = new Promise<'late'>((r) => setTimeout(() => r('late'), 30_000 + 15_000));
      expect(await Promise.race([patient.exited, deadline])).toBe(0);
      expect(patient.stderr()).toMatch(/SIGTERM: taking no more jobs/);
      expect(patient.stderr()).toMatch(/0 handed back/);
      let c = await watch.counts();
      expect(c.active).toBe(0);
      expect(c.failed).toBe(0);
      expect(c.completed).toBeLessThan(N);
      expect(c.completed + c.waiting).toBe(N);

      // A worker whose timeout is too short for its running jobs hands them back instead.
      const hasty = spawnWorker({ redisUrl: redis.url, queue: q, db, shutdownTimeout: 0.001 });
      await hasty.ready;
      const before = c.completed;
      await waitFor(
        'the second worker to be mid-run',
        async () => (await watch.counts()).completed >= before + 20 && (await watch.queue.getActiveCount()) > 0,
        120_000,
        10,
      );
      hasty.child.kill('SIGTERM');
      expect(await hasty.exited, hasty.stderr()).toBe(0);
      c = await watch.counts();
      expect(c.active).toBe(0);
      expect(c.failed).toBe(0);
      expect(c.completed + c.waiting).toBe(N);

      // Whatever was handed back is finished by the next worker; every article stored once.
      const last = spawnWorker({ redisUrl: redis.url, queue: q, db });
      await waitFor('all jobs completed', async () => (await watch.counts()).completed >= N);
      last.child.kill('SIGTERM');
      expect(await last.exited, last.stderr()).toBe(0);
      expect(await watch.counts()).toMatchObject({ completed: N, failed: 0, active: 0, waiting: 0 });
      const stored = await storeContents(db);
      expect(stored.count).toBe(N);
      expect(new Set(stored.sha)).toEqual(new Set(paths.map(sha)));
      stalledReport.push(
        `SIGTERM (finish, then hand back): ${watch.stalled.length} stalled; hasty worker: ${/(\d+) handed back$/m.exec(hasty.stderr())?.[1] ?? '?'} handed back`,
      );
      expect(watch.stalled).toEqual([]);
    } finally {
      await watch.close();
    }
  });

  it('status shows counts per state, last-minute throughput and the oldest waiting job', async () => {
    const q = 'status';
    const dir = join(work, 'status');
    writeArticles(dir, 5);
    const enq = await zhnewsAsync(['enqueue', dir, '--redis', redis.url, '--queue', q]);
    expect(enq.code, enq.stderr).toBe(0);
    const r = await zhnewsAsync(['status', '--redis', redis.url, '--queue', q, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.counts).toMatchObject({ waiting: 5, active: 0, completed: 0, failed: 0 });
    expect(s.oldestWaiting.uri).toBe(join(dir, 'a0000.txt'));
    expect(s.lastMinute).toMatchObject({ completed: 0, failed: 0 });

    const db = join(work, `${q}.db`);
    const w = spawnWorker({ redisUrl: redis.url, queue: q, db });
    const watch = watchQueue(redis.url, q);
    try {
      await waitFor('5 completed', async () => (await watch.counts()).completed >= 5);
      const after = JSON.parse((await zhnewsAsync(['status', '--redis', redis.url, '--queue', q, '--json'])).stdout);
      expect(after.counts).toMatchObject({ waiting: 0, completed: 5 });
      expect(after.oldestWaiting).toBeNull();
      expect(after.workers).toBe(1);
      expect(after.lastMinute.completed).toBeGreaterThanOrEqual(4);
      const human = await zhnewsAsync(['status', '--redis', redis.url, '--queue', q]);
      expect(human.stdout).toMatch(/completed +5/);
    } finally {
      w.child.kill('SIGTERM');
      expect(await w.exited, w.stderr()).toBe(0);
      await watch.close();
    }
  });

  it('a bad --redis URL is a usage error', async () => {
    const bad = await zhnewsAsync(['status', '--redis', 'http://localhost:1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--redis: expected redis:\/\//);
  });
});
