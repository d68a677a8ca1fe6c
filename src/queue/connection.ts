/**
 * Redis connection options for BullMQ. BullMQ opens its own ioredis connections from these
 * (a worker needs a blocking one besides the normal one), so this module only says how:
 * reconnect with capped exponential backoff, and never fail a command because Redis is
 * briefly away (`maxRetriesPerRequest: null`, as BullMQ requires for workers).
 */
import type { RedisOptions } from 'bullmq';
import { UsageError } from '../errors/index.js';

export type ConnectionRole = 'worker' | 'client';

export interface ConnectionSettings {
  /** `worker`: reconnect forever. `client` (enqueue, status, ...): give up after `giveUpAfterMs`. */
  role: ConnectionRole;
  /** For clients: how long a lost or never-made connection is retried before commands fail. */
  giveUpAfterMs?: number;
  /** Called on every reconnect attempt (attempt number, delay before it). */
  onRetry?: (attempt: number, delayMs: number) => void;
}

export const CLIENT_GIVE_UP_MS = 30_000;

/** Checks a `--redis` value: `redis://[user:pass@]host[:port][/db]` or `rediss://` (TLS). */
export function parseRedisUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--redis: not a URL: ${url} (expected redis://host:port)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new UsageError(`--redis: expected a redis:// or rediss:// URL, got ${parsed.protocol}`);
  }
  return parsed;
}

/** The URL with any password masked, for log lines. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** Delay before reconnect attempt `times` (1, 2, ...): 200 ms doubling, capped at 5 s. */
export function reconnectDelay(times: number): number {
  return Math.min(200 * 2 ** Math.max(0, times - 1), 5000);
}

export function connectionOptions(url: string, settings: ConnectionSettings): RedisOptions {
  parseRedisUrl(url);
  const giveUp = settings.giveUpAfterMs ?? CLIENT_GIVE_UP_MS;
  let streakStart = 0;
  return {
    url,
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
