/**
 * Redis connection options for BullMQ. BullMQ opens its own ioredis connections from these
 * (a worker needs a blocking one besides the normal one), so this module only says how:
 * reconnect with capped exponential backoff, and never fail a command because Redis is
 * briefly away (`maxRetriesPerRequest: null`, as BullMQ requires for workers).
 */
import type { RedisOptions } from 'bullmq';
import { Cluster } from 'ioredis';
import { UsageError } from '../errors/index.js';
import { parseRedisTarget } from './redis-url.js';
import { CLIENT_GIVE_UP_MS } from './defaults.js';

export { CLIENT_GIVE_UP_MS } from './defaults.js';

export { parseRedisTarget, parseRedisUrl, redactRedisUrl, type HostPort, type RedisTarget } from './redis-url.js';

export type ConnectionRole = 'worker' | 'client';

export interface ConnectionSettings {
  /** `worker`: reconnect forever. `client` (enqueue, status, ...): give up after `giveUpAfterMs`. */
  role: ConnectionRole;
  /** For clients: how long a lost or never-made connection is retried before commands fail. */
  giveUpAfterMs?: number;
  /** Called on every reconnect attempt (attempt number, delay before it). */
  onRetry?: (attempt: number, delayMs: number) => void;
}

/** Delay before reconnect attempt `times` (1, 2, ...): 200 ms doubling, capped at 5 s. */
export function reconnectDelay(times: number): number {
  return Math.min(200 * 2 ** Math.max(0, times - 1), 5000);
}

function retryOptions(settings: ConnectionSettings) {
  const giveUp = settings.giveUpAfterMs ?? CLIENT_GIVE_UP_MS;
  let streakStart = 0;
  return {
    // Commands wait through a reconnect instead of failing after 20 retries.
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    connectTimeout: 10_000,
    retryStrategy(times: number) {
      const now = Date.now();
      if (times === 1) streakStart = now;
      if (settings.role === 'client' && now - streakStart >= giveUp) return null; // ends the client: commands reject
      const delay = reconnectDelay(times);
      settings.onRetry?.(times, delay);
      return delay;
    },
  };
}

/** Options for one Redis or a Sentinel-managed master (ioredis finds the master and follows a fail-over). */
export function connectionOptions(url: string, settings: ConnectionSettings): RedisOptions {
  const t = parseRedisTarget(url);
  if (t.kind === 'cluster') throw new UsageError('--redis: a cluster URL needs clusterConnection(), not connectionOptions()');
  const retry = retryOptions(settings);
  if (t.kind === 'single') return { url, ...retry };
  return {
    ...retry,
    sentinels: t.sentinels,
    name: t.name,
    db: t.db,
    ...(t.username ? { username: t.username } : {}),
    ...(t.password ? { password: t.password, sentinelPassword: t.password } : {}),
    sentinelRetryStrategy: retry.retryStrategy,
  };
}

/**
 * BullMQ on a Redis Cluster: every key of a queue must hash to one slot, so the prefix carries a
 * hash tag. Queues on one server or behind Sentinels keep BullMQ's default prefix, so queues
 * made before keep working.
 */
export const CLUSTER_PREFIX = '{zhnews}';
export const DEFAULT_PREFIX = 'bull';

/** The BullMQ connection (options, or a Cluster client) and the key prefix for a `--redis` value. */
export function queueConnection(url: string, settings: ConnectionSettings): { connection: RedisOptions | Cluster; prefix: string } {
  const t = parseRedisTarget(url);
  if (t.kind !== 'cluster') return { connection: connectionOptions(url, settings), prefix: DEFAULT_PREFIX };
  const retry = retryOptions(settings);
  const cluster = new Cluster(t.nodes, {
    clusterRetryStrategy: retry.retryStrategy,
    enableOfflineQueue: true,
    redisOptions: {
      maxRetriesPerRequest: null,
      connectTimeout: 10_000,
      ...(t.username ? { username: t.username } : {}),
      ...(t.password ? { password: t.password } : {}),
    },
  });
  return { connection: cluster, prefix: CLUSTER_PREFIX };
}
