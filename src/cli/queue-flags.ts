/** The `--redis` and `--queue` flags every queue command shares. */
import { z } from 'zod';
import { CLIENT_GIVE_UP_MS, parseRedisUrl, redactRedisUrl } from '../queue/connection.js';
import { DEFAULT_QUEUE, defaultRedisUrl } from '../queue/defaults.js';

export const queueFlagOptions = {
  redis: { type: 'string' },
  queue: { type: 'string' },
} as const;

export const queueFlagSchema = z.object({
  redis: z.string().min(1).optional(),
  queue: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "_", "." or "-" only').optional(),
});

export function queueTarget(v: z.output<typeof queueFlagSchema>): { redisUrl: string; queueName: string } {
  const redisUrl = v.redis ?? defaultRedisUrl();
  parseRedisUrl(redisUrl);
  return { redisUrl, queueName: v.queue ?? DEFAULT_QUEUE };
}

export const queueFlagHelp = [
  '  --redis URL        Redis to use (default $ZHNEWS_REDIS_URL, $REDIS_URL or redis://127.0.0.1:6379)',
  `  --queue NAME       BullMQ queue name (default "${DEFAULT_QUEUE}")`,
].join('\n');

/** A positive number of seconds -> ms. */
export const seconds = z.coerce.number().positive().transform((s) => Math.round(s * 1000));

/** For client commands: one line when Redis does not answer, so a wait is never silent. */
export function retryNotice(redisUrl: string, log: (line: string) => void) {
  return {
    onRetry: (attempt: number) => {
      if (attempt === 1) log(`Redis at ${redactRedisUrl(redisUrl)} is not answering; retrying for up to ${CLIENT_GIVE_UP_MS / 1000} s`);
    },
  };
}
