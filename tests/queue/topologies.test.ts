/**
 * The queue beyond one Redis: a 3-master Redis Cluster (BullMQ under the hash-tagged prefix)
 * and a master + replica behind 3 Sentinels with a fail-over mid-run. Real redis-server
 * processes; the CLI enqueues and a worker process stores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisCluster, startRedisSentinel, type RedisCluster, type RedisSentinel } from '../../tools/scaffold/redis-topologies.js';
import { parseRedisTarget } from '../../src/queue/connection.js';
import { hasRedisServer } from '../helpers/redis-server.js';
import { startWorker, storeContents, waitFor, writeArticles, zhnewsAsync } from '../helpers/queue.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-topologies-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--redis URL forms', () => {
  it('reads the contract forms, with defaults and credentials', () => {
    expect(parseRedisTarget('redis://127.0.0.1:6380/2')).toEqual({ kind: 'single', url: 'redis://127.0.0.1:6380/2' });
    expect(parseRedisTarget('redis+sentinel://:pw@10.0.0.1,10.0.0.2:26380/mymaster/3')).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26380 },
      ],
      name: 'mymaster',
      db: 3,
      password: 'pw',
    });
    expect(parseRedisTarget('redis+cluster://a:7000,b:7001')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'a', port: 7000 },
        { host: 'b', port: 7001 },
      ],
    });
    expect(() => parseRedisTarget('redis+sentinel://a:26379')).toThrow(/master's name/);
    expect(() => parseRedisTarget('http://x')).toThrow(/expected redis:\/\//);
  });
});

describe.runIf(hasRedisServer)('a Redis Cluster of three masters', () => {
  let cluster: RedisCluster;
  beforeAll(async () => {
    cluster = await startRedisCluster(3);
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('enqueue and a worker store every article once, with the queue under {zhnews}', async () => {
    const files = writeArticles(join(dir, 'cluster-in'), 20);
    const db = join(dir, 'cluster.db');
    const enq = await zhnewsAsync(['enqueue', ...files, '--redis', cluster.url, '--queue', 'c1']);
    expect(enq.code, enq.stderr).toBe(0);
    const w = startWorker({ redisUrl: cluster.url, queue: 'c1', db, concurrency: 1 });
    try {
      await w.ready;
      await waitFor('20 stored', async () => (await storeContents(db)).count === 20, 180_000);
    } finally {
      w.child.kill('SIGTERM');
      await w.exited;
    }
    const cli = (port: number, ...args: string[]) => execFileSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' });
    const keys = cluster.nodes.flatMap((n) => cli(n.port, '--scan', '--pattern', '*c1*').split('\n').filter(Boolean));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith('{zhnews}:c1:'))).toBe(true);
    // A queue of the same name under the old prefix is refused with a way out.
    cli(cluster.nodes[0]!.port, '-c', 'set', 'bull:c2:meta', 'x');
    const refused = await zhnewsAsync(['status', '--redis', cluster.url, '--queue', 'c2']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/exists under the prefix "bull".*drain it first/);
  }, 240_000);
});

describe.runIf(hasRedisServer)('a master and a replica behind three Sentinels', () => {
  let sentinel: RedisSentinel;
  beforeAll(async () => {
    sentinel = await startRedisSentinel(3);
  }, 90_000);
  afterAll(async () => {
    await sentinel?.stop();
  });

  it('a worker follows a fail-over mid-run and every article is stored once', async () => {
    const files = writeArticles(join(dir, 'sentinel-in'), 30);
    const db = join(dir, 'sentinel.db');
    const enq = await zhnewsAsync(['enqueue', ...files, '--redis', sentinel.url, '--queue', 's1']);
    expect(enq.code, enq.stderr).toBe(0);
    // Let the replica catch up with the enqueued jobs before its master dies.
    await new Promise((r) => setTimeout(r, 1000));
    const w = startWorker({ redisUrl: sentinel.url, queue: 's1', db, concurrency: 1 });
    try {
      await w.ready;
      await waitFor('5 stored', async () => (await storeContents(db)).count >= 5, 120_000);
      await sentinel.failOver();
      await waitFor('30 stored', async () => (await storeContents(db)).count === 30, 180_000);
    } finally {
      w.child.kill('SIGTERM');
      await w.exited;
    }
    const { count, ids } = await storeContents(db);
    expect(count).toBe(30);
    expect(ids.size).toBe(30);
  }, 300_000);
});
