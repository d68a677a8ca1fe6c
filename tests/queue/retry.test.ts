/**
 * Transient failures are retried with exponential backoff up to the job's attempts; bad
 * articles are not. In-process worker (src), real redis-server and BullMQ; only the store
 * is a stand-in that fails on purpose.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/sources/read-inputs.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { enqueueItems, openQueue, type ArticleQueue } from '../../src/queue/queue.js';
import { startQueueWorker } from '../../src/queue/worker.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { hasRedisServer, startRedisServer, type LocalRedis } from '../helpers/redis-server.js';
import { waitFor, writeArticles } from '../helpers/queue.js';

describe.skipIf(!hasRedisServer)('retries', () => {
  let redis: LocalRedis;
  let queue: ArticleQueue;
  beforeAll(async () => {
    redis = await startRedisServer();
    queue = await openQueue(redis.url, 'retries');
  });
  afterAll(async () => {
    await queue?.close();
    await redis?.stop();
  });

  it('retries a transient store failure with backoff, and gives up after the attempts with the reason kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-retry-'));
    const [flaky, broken] = writeArticles(dir, 2);
    const putsBySource = new Map<string, number>();
    const stored: NewsRecord[] = [];
    const store = {
      async put(record: NewsRecord) {
        const uri = record.source.uri ?? '';
        const n = (putsBySource.get(uri) ?? 0) + 1;
        putsBySource.set(uri, n);
        if (uri === broken) throw new Error('store is down');
        if (uri === flaky && n < 3) throw new Error(`store hiccup ${n}`);
        stored.push(record);
      },
    };
    const lines: string[] = [];
    const w = startQueueWorker(
      { pipeline: await createPipeline({ model: 'rules' }), store },
      {
        redisUrl: redis.url,
        queueName: 'retries',
        concurrency: 2,
        log: (l) => lines.push(l),
      },
    );
    await w.ready;
    const summary = await enqueueItems(queue, readInputs([dir]), { attempts: 3, backoffMs: 50 });
    expect(summary.added).toBe(2);

    await waitFor('one completed, one failed', async () => (await queue.getCompletedCount()) === 1 && (await queue.getFailedCount()) === 1);
    await w.stop(10_000);

    expect(putsBySource.get(flaky!)).toBe(3);
    expect(putsBySource.get(broken!)).toBe(3);
    expect(stored.map((r) => r.source.uri)).toEqual([flaky]);
    const [failed] = await queue.getFailed();
    expect(failed?.data.uri).toBe(broken);
    expect(failed?.attemptsMade).toBe(3);
    expect(failed?.failedReason).toBe('store is down');
    const [done] = await queue.getCompleted();
    expect(done?.returnvalue).toMatchObject({ uri: flaky, recordId: stored[0]!.id });
    expect(w.stats).toMatchObject({ completed: 1, failed: 1, retried: 4, stalled: 0 });
    expect(lines.filter((l) => l.startsWith('retrying'))).toHaveLength(4);
  });
});
