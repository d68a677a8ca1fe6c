/** Defaults shared by the producer, the worker and the inspection commands. */

/** `--queue` default. */
export const DEFAULT_QUEUE = 'zhnews';

/** `--redis` default: $ZHNEWS_REDIS_URL, then $REDIS_URL, then a local Redis. */
export function defaultRedisUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.ZHNEWS_REDIS_URL || env.REDIS_URL || 'redis://127.0.0.1:6379';
}

/** `--store` default for `zhnews worker`. */
export const DEFAULT_STORE = 'sqlite:zhnews.db';

/** The BullMQ job name every article job carries. */
export const ARTICLE_JOB_NAME = 'article';

/**
 * Largest article (raw bytes) a job may carry. The payload is self-contained (base64,
 * ~4/3 of the raw size) and lives in Redis until the job is removed, so this bounds
 * Redis memory per job. Larger inputs fail at enqueue; use `zhnews batch` for them.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

/** Transient failures (anything but a bad article) are retried this many times in all... */
export const DEFAULT_ATTEMPTS = 5;
/** ...with exponential backoff starting at this delay (ms): 2 s, 4 s, 8 s, 16 s. */
export const DEFAULT_BACKOFF_MS = 2000;

/** Finished jobs kept in Redis (for `zhnews failed`, dedup of re-enqueued articles, status). */
export const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 } as const;
export const KEEP_FAILED = { age: 7 * 24 * 3600, count: 100_000 } as const;

/** BullMQ's own lock/stall defaults; tests shorten them with --lock-duration/--stalled-interval. */
export const DEFAULT_LOCK_DURATION_MS = 30_000;
export const DEFAULT_STALLED_INTERVAL_MS = 30_000;
/** How often one job may come back from a stalled worker before it is failed (BullMQ default 1). */
export const DEFAULT_MAX_STALLED_COUNT = 2;

/** SIGTERM/SIGINT: how long running jobs may take to finish before they are handed back. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 30_000;

/** Per-minute throughput points kept by workers (BullMQ metrics): two weeks. */
export const METRICS_MAX_DATA_POINTS = 2 * 7 * 24 * 60;

/** For clients (enqueue, status, ...): how long a lost or never-made Redis connection is retried before commands fail. */
export const CLIENT_GIVE_UP_MS = 30_000;
