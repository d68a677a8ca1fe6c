/** The `--redis` and `--queue` flags every queue command shares. */
import { z } from 'zod';
import { parseRedisTarget, redactRedisUrl } from '../queue/redis-url.js';
import { CLIENT_GIVE_UP_MS } from '../queue/defaults.js';
import { DEFAULT_QUEUE, defaultRedisUrl } from '../queue/defaults.js';
import type { OptionSpecs, OptionValues } from './options.js';

export const queueOptions = {
  redis: {
    type: 'string',
    arg: 'URL',
    schema: z.string().min(1),
    help: 'Redis to use (default $ZHNEWS_REDIS_URL, $REDIS_URL or redis://127.0.0.1:6379)',
  },
  queue: {
    type: 'string',
    arg: 'NAME',
    schema: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "_", "." or "-" only'),
    help: `BullMQ queue name (default "${DEFAULT_QUEUE}")`,
  },
} as const satisfies OptionSpecs;

export function queueTarget(v: OptionValues<typeof queueOptions>): { redisUrl: string; queueName: string } {
  const redisUrl = v.redis ?? defaultRedisUrl();
  parseRedisTarget(redisUrl);
  return { redisUrl, queueName: v.queue ?? DEFAULT_QUEUE };
}

/** For client commands: one line when Redis does not answer, so a wait is never silent. */
export function retryNotice(redisUrl: string, log: (line: string) => void) {
  return {
    onRetry: (attempt: number) => {
      if (attempt === 1) log(`Redis at ${redactRedisUrl(redisUrl)} is not answering; retrying for up to ${CLIENT_GIVE_UP_MS / 1000} s`);
    },
  };
}
