/**
 * Jobs a broken or hostile producer could leave in the queue: data that is not JSON, bytes
 * that are not base64, a `publishedAt` that is not a date. In-process worker (src), real
 * redis-server and BullMQ, real pipeline (`rules`): in-process, and on pool threads (which
 * parse and decode the job's data themselves); the store is an in-memory list.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
// The pool runs dist/ code on worker threads (npm test builds it first).
import { createPipelinePool } from '../../dist/pipeline/pool.js';
import { ARTICLE_JOB_NAME } from '../../src/queue/defaults.js';
import { failedJobs, queueStatus } from '../../src/queue/inspect.js';
import { encodeArticle, type ArticlePayload } from '../../src/queue/payload.js';
import { articleJobOptions, openQueue, type ArticleQueue } from '../../src/queue/queue.js';
import { startQueueWorker, type QueueWorker } from '../../src/queue/worker.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { hasRedisServer, startRedisServer, type LocalRedis } from '../helpers/redis-server.js';
import { waitFor, writeArticles, zhnewsAsync } from '../helpers/queue.js';

describe.skipIf(!hasRedisServer)('hostile jobs', () => {
  let redis: LocalRedis;
  let raw: Redis;
  let articles: string[];
  beforeAll(async () => {
    redis = await startRedisServer();
    raw = new Redis(redis.url);
    articles = writeArticles(mkdtempSync(join(tmpdir(), 'zhnews-hostile-')), 3);
  });
  afterAll(async () => {
    raw?.disconnect();
    await redis?.stop();
  });

  describe.each(['in-process', 'pool'] as const)('%s pipeline', (kind) => {
    type Pipeline = Parameters<typeof startQueueWorker>[0]['pipeline'];
    let pipeline: Pipeline;
    let close = async () => {};
    beforeAll(async () => {
      if (kind === 'pool') {
        const pool = await createPipelinePool({ threads: 2, config: { model: 'rules' } });
        pipeline = pool;
        close = () => pool.close();
      } else pipeline = await createPipeline({ model: 'rules' });
    });
    afterAll(() => close());
    /** A queue of its own per pipeline kind. */
    const queueName = (name: string) => `${name}-${kind}`;

    /** A job as our producer would add it, from an article on disk, with `patch` applied to its data. */
    const articleJob = (path: string, patch: Partial<ArticlePayload> = {}) => {
      const { jobId, data } = encodeArticle({ bytes: readFileSync(path), kind: 'auto', uri: path }, 1 << 22);
      return { jobId, data: { ...data, ...patch } };
    };

    const worker = (name: string, stored: NewsRecord[], lines: string[]): QueueWorker =>
      startQueueWorker(
        {
          pipeline,
          store: {
            async put(r) {
              stored.push(r);
            },
          },
        },
        {
          redisUrl: redis.url,
          queueName: name,
          concurrency: 2,
          lockDurationMs: 2000,
          stalledIntervalMs: 1000,
          maxStalledCount: 1,
          log: (l) => lines.push(l),
        },
      );

    const withQueue = async (name: string, body: (q: ArticleQueue) => Promise<void>) => {
      const q = await openQueue(redis.url, name);
      try {
        await body(q);
      } finally {
        await q.close();
      }
    };

    it('a job whose stored data is not JSON fails at once, with its reason, and `zhnews failed` lists it', async () => {
      await withQueue(queueName('not-json'), async (q) => {
        const good = articleJob(articles[0]!);
        const bad = articleJob(articles[1]!);
        await q.add(ARTICLE_JOB_NAME, bad.data, { ...articleJobOptions(), jobId: bad.jobId });
        await q.add(ARTICLE_JOB_NAME, good.data, { ...articleJobOptions(), jobId: good.jobId });
        // What a corrupted producer (or a hand edit) leaves behind: the job hash's data field, cut short.
        await raw.hset(`bull:${queueName('not-json')}:${bad.jobId}`, 'data', '{"v":1,"bytes":"PGh0bWw');
        // While it waits, `zhnews status` still reads it (the oldest waiting job).
        const status = await queueStatus(q);
        expect(status.counts.waiting).toBe(2);
        expect(status.oldestWaiting).toMatchObject({ id: bad.jobId, uri: null });

        const stored: NewsRecord[] = [];
        const lines: string[] = [];
        const w = worker(queueName('not-json'), stored, lines);
        try {
          await waitFor(
            'one completed, one failed',
            async () => (await q.getCompletedCount()) === 1 && (await q.getFailedCount()) === 1,
            30_000,
          );
        } finally {
          await w.stop(10_000);
        }
        expect(stored.map((r) => r.source.uri)).toEqual([articles[0]]);
        const listed = [];
        for await (const f of failedJobs(q)) listed.push(f);
        expect(listed).toHaveLength(1);
        expect(listed[0]).toMatchObject({ id: bad.jobId, uri: null });
        expect(listed[0]!.reason).toMatch(/^InvalidPayloadError: invalid job payload: data is not JSON/);
        expect(w.stats).toMatchObject({ completed: 1, failed: 1, retried: 0, stalled: 0 });
        expect(lines.filter((l) => l.startsWith('failed'))).toEqual([expect.stringContaining(bad.jobId)]);

        const cli = await zhnewsAsync(['failed', '--json', '--redis', redis.url, '--queue', queueName('not-json')]);
        expect(cli.code, cli.stderr).toBe(0);
        const out = cli.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
        expect(out).toEqual([expect.objectContaining({ id: bad.jobId, reason: listed[0]!.reason })]);
      });
    });

    it('a job whose bytes are not base64 fails at once as an invalid payload, storing nothing', async () => {
      await withQueue(queueName('not-base64'), async (q) => {
        const bad = articleJob(articles[0]!, { bytes: '这不是base64!' });
        await q.add(ARTICLE_JOB_NAME, bad.data, { ...articleJobOptions(), jobId: bad.jobId });
        const stored: NewsRecord[] = [];
        const lines: string[] = [];
        const w = worker(queueName('not-base64'), stored, lines);
        try {
          await waitFor('the job to finish', async () => (await q.getCompletedCount()) + (await q.getFailedCount()) === 1, 30_000);
        } finally {
          await w.stop(10_000);
        }
        expect(stored).toEqual([]);
        const [failed] = await q.getFailed();
        expect(failed?.id).toBe(bad.jobId);
        expect(failed?.attemptsMade).toBe(1);
        expect(failed?.failedReason).toMatch(/^InvalidPayloadError: invalid job payload: bytes: not base64/);
      });
    });

    it('a publishedAt that is not a real date is ignored with one warning naming the job and the value', async () => {
      await withQueue(queueName('bad-date'), async (q) => {
        const words = articleJob(articles[0]!, { publishedAt: 'yesterday' });
        const impossible = articleJob(articles[1]!, { publishedAt: '2021-02-30T10:00:00+08:00' });
        const fine = articleJob(articles[2]!, { publishedAt: '2021-02-28T10:00:00+08:00' });
        for (const j of [words, impossible, fine]) await q.add(ARTICLE_JOB_NAME, j.data, { ...articleJobOptions(), jobId: j.jobId });
        const stored: NewsRecord[] = [];
        const lines: string[] = [];
        const w = worker(queueName('bad-date'), stored, lines);
        try {
          await waitFor('three jobs to finish', async () => (await q.getCompletedCount()) + (await q.getFailedCount()) === 3, 60_000);
        } finally {
          await w.stop(10_000);
        }
        expect(await q.getFailedCount()).toBe(0);
        const byUri = new Map(stored.map((r) => [r.source.uri, r]));
        const own = await pipeline.process({ bytes: readFileSync(articles[0]!), kind: 'auto', uri: articles[0]! });
        expect(own.publishedAt).not.toBeNull();
        expect(byUri.get(articles[0]!)?.publishedAt).toBe(own.publishedAt);
        expect(byUri.get(articles[1]!)?.publishedAt).toBe(own.publishedAt);
        expect(byUri.get(articles[2]!)?.publishedAt).toBe('2021-02-28T10:00:00+08:00');

        const warnings = lines.filter((l) => /publishedAt/.test(l));
        expect(warnings).toHaveLength(2);
        expect(warnings.find((l) => l.includes('"yesterday"'))).toContain(articles[0]!);
        expect(warnings.find((l) => l.includes('"2021-02-30T10:00:00+08:00"'))).toContain(articles[1]!);
      });
    });
  });
});
