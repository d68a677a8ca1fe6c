/** The viewer's queue page over a real Redis after a real worker has run: counts, the per-minute chart, failed jobs, and a retry only when allowed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQueue } from '../../src/queue/queue.js';
import { openViewerDb } from '../../src/serve/open-store.js';
import { createViewer } from '../../src/serve/server.js';
import { hasRedisServer, startRedisServer, type LocalRedis } from '../helpers/redis-server.js';
import { startWorker, storeContents, waitFor, writeArticles, zhnewsAsync } from '../helpers/queue.js';

let dir: string;
let redis: LocalRedis | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-serve-queue-'));
  if (hasRedisServer) redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(hasRedisServer)('serve: the queue page', () => {
  it('shows counts, a per-minute chart from the workers metrics, failed jobs, and retries only with --allow-actions', async () => {
    const files = writeArticles(join(dir, 'in'), 4);
    const empty = join(dir, 'in', 'empty.txt');
    writeFileSync(empty, '');
    const db = join(dir, 's.db');
    const enq = await zhnewsAsync(['enqueue', ...files, empty, '--redis', redis!.url, '--queue', 'v1']);
    expect(enq.code, enq.stderr).toBe(0);
    const w = startWorker({ redisUrl: redis!.url, queue: 'v1', db, concurrency: 1 });
    try {
      await w.ready;
      await waitFor('4 stored', async () => (await storeContents(db)).count === 4, 120_000);
    } finally {
      w.child.kill('SIGTERM');
      await w.exited;
    }
    const queue = await openQueue(redis!.url, 'v1');
    const { db: viewer, cleanup } = await openViewerDb(`sqlite:${db}`, () => {});
    const serve = async (allowActions: boolean) => {
      const server = createViewer({ db: viewer, token: null, allowActions, queue });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    };
    try {
      const ro = await serve(false);
      const page = await (await fetch(`${ro.base}/queue`)).text();
      expect(page).toMatch(/<td>completed<\/td><td>4<\/td>/);
      expect(page).toMatch(/<td>failed<\/td><td>1<\/td>/);
      expect(page).toMatch(/aria-label="jobs finished per minute, last hour"/);
      expect(page).toMatch(/this minute: [1-5] completed|1 min ago: [1-5] completed/);
      expect(page).toContain('empty.txt');
      expect((await fetch(`${ro.base}/queue/retry-failed`, { method: 'POST' })).status).toBe(403);
      ro.server.close();
      const rw = await serve(true);
      const retried = (await (await fetch(`${rw.base}/queue/retry-failed`, { method: 'POST' })).json()) as { retried: number };
      expect(retried.retried).toBe(1);
      rw.server.close();
    } finally {
      await queue.close();
      await viewer.close();
      cleanup();
    }
  }, 240_000);
});
