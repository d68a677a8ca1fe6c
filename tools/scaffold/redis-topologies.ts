/**
 * Real Redis topologies on loopback for tests and the soak: a Redis Cluster of three masters,
 * and one master with a replica behind three Sentinels (redis-server --sentinel), with a way to
 * kill the master and wait for the fail-over.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startLocalRedis, type LocalRedis } from './local-redis.js';

const cli = (port: number, ...args: string[]): string => execFileSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' });

async function until(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (check()) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`redis topology: gave up waiting for ${what}`);
}

export interface RedisCluster {
  url: string;
  nodes: LocalRedis[];
  stop(): Promise<void>;
}

export async function startRedisCluster(masters = 3): Promise<RedisCluster> {
  const nodes: LocalRedis[] = [];
  for (let i = 0; i < masters; i++) {
    nodes.push(
      await startLocalRedis({
        appendonly: false,
        extraArgs: ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '3000'],
      }),
    );
  }
  execFileSync(
    'redis-cli',
    ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes'],
    {
      stdio: 'ignore',
    },
  );
  await until('cluster_state:ok', () => nodes.every((n) => cli(n.port, 'cluster', 'info').includes('cluster_state:ok')));
  return {
    url: `redis+cluster://${nodes.map((n) => `127.0.0.1:${n.port}`).join(',')}`,
    nodes,
    async stop() {
      for (const n of nodes) await n.stop();
    },
  };
}

export interface RedisSentinel {
  url: string;
  master: LocalRedis;
  replica: LocalRedis;
  /** SIGKILLs the master and resolves once the Sentinels have promoted the replica. */
  failOver(): Promise<void>;
  stop(): Promise<void>;
}

export const SENTINEL_MASTER = 'zhnews';

export async function startRedisSentinel(sentinelCount = 3): Promise<RedisSentinel> {
  const master = await startLocalRedis({ appendonly: true });
  const replica = await startLocalRedis({ appendonly: true, extraArgs: ['--replicaof', '127.0.0.1', String(master.port)] });
  await until('the replica in sync', () => cli(replica.port, 'info', 'replication').includes('master_link_status:up'));
  const sentinels: { port: number; proc: ChildProcess }[] = [];
  for (let i = 0; i < sentinelCount; i++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-sentinel-'));
    const conf = join(dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${SENTINEL_MASTER} 127.0.0.1 ${master.port} 2`,
        `sentinel down-after-milliseconds ${SENTINEL_MASTER} 1000`,
        `sentinel failover-timeout ${SENTINEL_MASTER} 5000`,
        `sentinel parallel-syncs ${SENTINEL_MASTER} 1`,
        '',
      ].join('\n'),
    );
    const proc = spawn('redis-server', [conf, '--sentinel'], { stdio: 'ignore' });
    sentinels.push({ port, proc });
  }
  for (const s of sentinels)
    await until(`sentinel ${s.port}`, () =>
      cli(s.port, 'sentinel', 'get-master-addr-by-name', SENTINEL_MASTER).includes(String(master.port)),
    );
  // Each sentinel must know the others before a fail-over can get its quorum.
  await until('sentinels see one another', () =>
    sentinels.every(
      (s) =>
        Number(/num-other-sentinels\s+(\d+)/.exec(cli(s.port, 'sentinel', 'master', SENTINEL_MASTER).replace(/\n/g, ' '))?.[1] ?? 0) >=
        sentinelCount - 1,
    ),
  );
  return {
    url: `redis+sentinel://${sentinels.map((s) => `127.0.0.1:${s.port}`).join(',')}/${SENTINEL_MASTER}`,
    master,
    replica,
    async failOver() {
      await master.kill();
      await until(
        'the replica promoted',
        () => cli(sentinels[0]!.port, 'sentinel', 'get-master-addr-by-name', SENTINEL_MASTER).includes(String(replica.port)),
        60_000,
      );
    },
    async stop() {
      for (const s of sentinels) s.proc.kill('SIGTERM');
      await replica.stop();
      await master.stop();
    },
  };
}
