/**
 * A real redis-server for the queue tests: free loopback port, temp folder, AOF on.
 * Without redis-server the queue tests are skipped with one line saying how to get it,
 * except under CI (process.env.CI set), where a missing redis-server fails the run.
 */
import { redisServerAvailable, startLocalRedis, type LocalRedis } from '../../tools/scaffold/local-redis.js';

export type { LocalRedis };

export const REDIS_BIN = process.env.ZHNEWS_REDIS_SERVER || 'redis-server';

const available = redisServerAvailable(REDIS_BIN);

if (!available) {
  const line = `redis-server not found (${REDIS_BIN}): the queue tests need it. Install it with \`apt-get install redis-server\` (Debian/Ubuntu) or \`brew install redis\`, or point ZHNEWS_REDIS_SERVER at one.`;
  if (process.env.CI) throw new Error(line);
  process.stderr.write(`SKIP queue tests: ${line}\n`);
}

/** Whether the queue tests can run here. */
export const hasRedisServer = available;

/** Starts redis-server on a free loopback port in a new temp folder, AOF on. */
export function startRedisServer(): Promise<LocalRedis> {
  return startLocalRedis({ bin: REDIS_BIN, appendonly: true });
}
