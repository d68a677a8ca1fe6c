/**
 * A store outage must not burn the backlog: the worker stops taking jobs, keeps the records
 * it has computed, and writes them once the store is back; no attempt is spent on it.
 * Real redis-server, real PostgreSQL (stopped and started again), real pipeline (`rules`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { enqueueItems, openQueue, type ArticleQueue } from '../../src/queue/queue.js';
import { startQueueWorker } from '../../src/queue/worker.js';
import type { RawInput } from '../../src/doc.js';
import { readInputs } from '../../src/sources/read-inputs.js';
import { openStore } from '../../src/store/index.js';
import { isPostgresUnavailable } from '../../src/store/postgres.js';
import { isSqliteUnavailable } from '../../src/store/sqlite.js';
import { StoreUnavailableError } from '../../src/errors/index.js';
import { createStoreWriter } from '../../src/queue/store-writer.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { createDatabase, startPostgres, type PostgresServer } from '../helpers/postgres-server.js';
import { hasRedisServer, startRedisServer, type LocalRedis } from '../helpers/redis-server.js';
import { waitFor, watchQueue, writeArticles } from '../helpers/queue.js';

describe('store errors that mean "the store is away", not "this record is bad"', () => {
  it('PostgreSQL: refused, dropped or restarting connections', () => {
    expect(isPostgresUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isPostgresUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isPostgresUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    expect(isPostgresUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(
      true,
    );
    expect(
      isPostgresUnavailable(Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], ''), {})),
    ).toBe(true);
    expect(isPostgresUnavailable(Object.assign(new Error('value too long for type'), { code: '22001' }))).toBe(false);
    expect(isPostgresUnavailable(new Error('boom'))).toBe(false);
  });

  it('SQLite: busy or locked database, I/O errors, full disk', () => {
    expect(isSqliteUnavailable(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe(true);
    expect(isSqliteUnavailable(Object.assign(new Error('database table is locked'), { code: 'SQLITE_LOCKED_SHAREDCACHE' }))).toBe(true);
    expect(isSqliteUnavailable(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }))).toBe(true);
    expect(isSqliteUnavailable(Object.assign(new Error('NOT NULL constraint failed'), { code: 'SQLITE_CONSTRAINT_NOTNULL' }))).toBe(false);
  });
});

describe('the store writer', () => {
  it('waits out an outage with the record kept; the store answering with any other error ends the outage', async () => {
    const outcomes: (Error | null)[] = [
      new StoreUnavailableError(new Error('ECONNREFUSED')),
      new StoreUnavailableError(new Error('ECONNREFUSED')),
      new Error('relation "articles" does not exist'),
      null,
    ];
    const written: NewsRecord[] = [];
    const events: string[] = [];
    const writer = createStoreWriter(
      {
        async put(r) {
          const next = outcomes.shift();
          if (next) throw next;
          written.push(r);
        },
      },
      { firstDelayMs: 1, maxDelayMs: 2 },
      { onDown: () => events.push('down'), onRetry: () => events.push('retry'), onUp: () => events.push('up') },
    );
    const record = { id: 'r1' } as NewsRecord;
    const signal = new AbortController().signal;
    await expect(writer.put(record, signal)).rejects.toThrow(/relation "articles" does not exist/);
    expect(events).toEqual(['down', 'retry', 'retry', 'up']);
    expect(writer.down).toBe(false);
    await writer.put(record, signal);
    expect(written).toEqual([record]);
  });

  it('gives the job back when the worker hands back its jobs mid-outage', async () => {
    const writer = createStoreWriter(
      {
        async put() {
          throw new StoreUnavailableError(new Error('ECONNREFUSED'));
        },
      },
      { firstDelayMs: 1, maxDelayMs: 2 },
    );
    const ac = new AbortController();
    const put = writer.put({ id: 'r1' } as NewsRecord, ac.signal);
    ac.abort();
    await expect(put).rejects.toThrow(/handed back/);
  });
});

describe.skipIf(!hasRedisServer)('a store outage under a running worker', () => {
  let redis: LocalRedis;
  let pg: PostgresServer | null = null;
  let queue: ArticleQueue;
  beforeAll(async () => {
    redis = await startRedisServer();
    pg = await startPostgres();
    queue = await openQueue(redis.url, 'outage');
  });
  afterAll(async () => {
    await queue?.close();
    await pg?.stop();
    await redis?.stop();
  });

  it(
    'PostgreSQL down: the worker pauses, then every job completes on its first attempt, each record stored once',
    { timeout: 240_000 },
    async ({ skip }) => {
      if (!pg) return skip();
      const N = 6;
      const url = await createDatabase(pg, 'outage');
      const store = await openStore(url);
      const real = await createPipeline({ model: 'rules' });
      let runs = 0;
      const pipeline = {
        process: (input: RawInput) => {
          runs += 1;
          return real.process(input);
        },
      };
      const lines: string[] = [];
      const watch = watchQueue(redis.url, 'outage');
      await watch.ready();
      const w = startQueueWorker(
        { pipeline, store },
        {
          redisUrl: redis.url,
          queueName: 'outage',
          concurrency: 2,
          lockDurationMs: 3000,
          stalledIntervalMs: 1000,
          storeRetry: { firstDelayMs: 100, maxDelayMs: 500 },
          log: (l) => lines.push(l),
        },
      );
      try {
        await w.ready;
        pg.halt();
        const dir = mkdtempSync(join(tmpdir(), 'zhnews-outage-'));
        writeArticles(dir, N);
        // Attempts and backoff that the old behaviour (each failed write a failed attempt) would burn within a second.
        expect((await enqueueItems(queue, readInputs([dir]), { attempts: 3, backoffMs: 50 })).added).toBe(N);

        // Many write retries fail while the store is away (longer than the lock: it must be kept alive).
        await waitFor(
          'write retries during the outage',
          async () => w.stats.storeRetries >= 20 || (await watch.counts()).failed > 0,
          60_000,
        );
        const during = await watch.counts();
        expect(during.failed).toBe(0);
        expect(w.worker.isPaused()).toBe(true);
        expect(lines.filter((l) => l.startsWith('store unavailable'))).toHaveLength(1);
        expect(during.waiting).toBeGreaterThanOrEqual(N - 3); // the paused worker holds at most its slots (+1 being fetched)
        expect(runs).toBeLessThanOrEqual(3);

        pg.restart();
        await waitFor(`${N} completed jobs`, async () => (await watch.counts()).completed === N, 90_000);
        expect(w.worker.isPaused()).toBe(false);
        expect(lines.some((l) => l.startsWith('store is back'))).toBe(true);
      } finally {
        await w.stop(10_000);
        await watch.close();
      }
      const done = await queue.getCompleted(0, N);
      expect(done).toHaveLength(N);
      for (const job of done) expect(job.attemptsMade).toBe(1);
      expect(await queue.getFailedCount()).toBe(0);
      expect(watch.stalled).toEqual([]);
      expect(runs).toBe(N);
      expect(w.stats).toMatchObject({ completed: N, failed: 0, retried: 0, stalled: 0 });
      expect(await store.count()).toBe(N);
      const ids = new Set(done.map((j) => (j.returnvalue as { recordId: string }).recordId));
      for (const id of ids) expect(await store.has(id)).toBe(true);
      expect(ids.size).toBe(N);
      await store.close();
    },
  );
});
