/**
 * The viewer's queue page and bull-board over a real Redis after a real worker has run: the
 * per-minute chart from the workers' metrics, the board's API with the failed job, and a retry
 * through the board only with --allow-actions and only from the same origin.
 */
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

describe.runIf(hasRedisServer)('serve: the queue page and bull-board', () => {
  it('charts jobs per minute from the workers metrics; the board lists failed jobs and retries only with --allow-actions', async () => {
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
      expect(page).toMatch(/\d+ workers · 0 waiting · 1 failed · last minute: [1-5] completed/);
      expect(page).toContain('aria-label="jobs finished per minute, last hour" data-chart="throughput-data"');
      const chart = JSON.parse(/<script type="application\/json" id="throughput-data">(.*?)<\/script>/.exec(page)![1]!) as {
        data: { labels: string[]; datasets: { label: string; data: number[] }[] };
      };
      expect(chart.data.labels).toHaveLength(60);
      const completed = chart.data.datasets.find((d) => d.label === 'completed')!.data;
      expect(completed.slice(-2).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
      expect(page).toContain('href="/queue/board/queue/v1"');
      // bull-board, mounted in the viewer: its UI, with its own CSP, and its API listing the queue and the failed job.
      const board = await fetch(`${ro.base}/queue/board`);
      expect(board.status).toBe(200);
      expect(await board.text()).toContain('zhnews queue');
      expect(board.headers.get('content-security-policy')).toContain("script-src 'self';");
      const queues = (await (await fetch(`${ro.base}/queue/board/api/queues?activeQueue=v1&status=failed`)).json()) as {
        queues: {
          name: string;
          readOnlyMode: boolean;
          counts: Record<string, number>;
          jobs: { failedReason?: string; data: { uri?: string } }[];
        }[];
      };
      const v1 = queues.queues.find((q) => q.name === 'v1')!;
      expect(v1.readOnlyMode).toBe(true);
      expect(v1.counts.completed).toBe(4);
      expect(v1.counts.failed).toBe(1);
      expect(JSON.stringify(v1.jobs)).toContain('empty.txt');
      // Read-only: the board refuses the retry.
      const refused = await fetch(`${ro.base}/queue/board/api/queues/v1/retry/failed`, { method: 'PUT' });
      expect(refused.status).toBe(405);
      expect(await queue.getFailedCount()).toBe(1);
      ro.server.close();
      const rw = await serve(true);
      // A page of another site cannot drive it, even with --allow-actions.
      const cross = await fetch(`${rw.base}/queue/board/api/queues/v1/retry/failed`, {
        method: 'PUT',
        headers: { origin: 'http://evil.example' },
      });
      expect(cross.status).toBe(403);
      const host = new URL(rw.base).host;
      const retried = await fetch(`${rw.base}/queue/board/api/queues/v1/retry/failed`, {
        method: 'PUT',
        headers: { origin: `http://${host}` },
      });
      expect(retried.status).toBe(200);
      expect(await queue.getFailedCount()).toBe(0);
      rw.server.close();
    } finally {
      await queue.close();
      await viewer.close();
      cleanup();
    }
  }, 240_000);
});
