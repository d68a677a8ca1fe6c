/**
 * The consumer side: a BullMQ Worker running article jobs, with graceful shutdown.
 *
 * Stalled jobs are BullMQ's business: a worker that dies (SIGKILL, lost machine) stops
 * renewing its job locks, and another worker's stalled check moves those jobs back to
 * waiting. A healthy worker must never be taken for a dead one, which is why the pipeline
 * runs on the pool's threads and the event loop here only moves jobs and renews locks.
 *
 * A store outage pauses the worker: it takes no new jobs, while the running ones keep their
 * records and retry the write (see store-writer.ts); the first write that succeeds resumes it.
 */
import { hostname } from 'node:os';
import type { Job, Worker } from 'bullmq';
import { ArticleJobWorker } from './article-job.js';
import { Cluster } from 'ioredis';
import { queueConnection, redactRedisUrl } from './connection.js';
import { DEFAULT_LOCK_DURATION_MS, DEFAULT_MAX_STALLED_COUNT, DEFAULT_STALLED_INTERVAL_MS, METRICS_MAX_DATA_POINTS } from './defaults.js';
import { createArticleProcessor, type ActiveJobs, type ArticleJobResult, type ProcessorDeps } from './processor.js';
import type { ArticlePayload } from './payload.js';
import { createStoreWriter, DEFAULT_STORE_RETRY, type StoreRetry } from './store-writer.js';
import { storeThreadSink } from '../store/thread/store-thread.js';
import type { StoreThreadConfig } from '../store/thread/store-thread-protocol.js';

export interface QueueWorkerOptions {
  redisUrl: string;
  queueName: string;
  /** Jobs run at once (give the pipeline pool as many threads). */
  concurrency: number;
  /**
   * Jobs taken ahead of the threads (default: one per thread). A thread that finishes an article
   * starts the next at once instead of idling while its record is written and BullMQ completes the
   * job and fetches another; a job taken ahead is locked and renewed like a running one, and comes
   * back as stalled if this worker dies.
   */
  prefetch?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  maxStalledCount?: number;
  /** Backoff of a record's write while the store is unavailable (default 1 s doubling to 30 s). */
  storeRetry?: StoreRetry;
  /** One line per notable event (failures, retries, stalls, connection trouble). */
  log?: (line: string) => void;
  /**
   * Write records on a thread of their own with this store (the URI `deps.store` was opened
   * from), so that records reach the store as lines encoded by their pipeline thread and are
   * parsed, turned into rows and written (a group per transaction) off this event loop.
   * Without it, records are written with `deps.store` here.
   */
  storeThread?: StoreThreadConfig;
}

export interface WorkerStats {
  completed: number;
  /** Jobs that failed for good here (bad article, or out of attempts). */
  failed: number;
  /** Attempts that failed and will be retried after a backoff. */
  retried: number;
  /** Jobs this worker's stalled check found abandoned and moved back to waiting. */
  stalled: number;
  /** Running jobs given back to the queue at shutdown because they ran past the timeout. */
  handedBack: number;
  /** Writes that found the store unavailable and were retried (no attempt spent on them). */
  storeRetries: number;
}

export interface StopResult {
  timedOut: boolean;
  handedBack: number;
}

export interface QueueWorker {
  readonly worker: Worker<ArticlePayload, ArticleJobResult>;
  /** Resolves once connected to Redis and taking jobs (it keeps retrying while Redis is away). */
  readonly ready: Promise<void>;
  readonly stats: WorkerStats;
  readonly running: number;
  /**
   * Stops taking jobs and waits up to `timeoutMs` for the running ones to finish; those
   * still running then are handed back to the queue (moved to waiting) for another worker.
   * Closes the worker's Redis connections. Idempotent.
   */
  stop(timeoutMs: number): Promise<StopResult>;
  /** Hands running jobs back at once (a second SIGINT). */
  handBackNow(): void;
}

function throttled(log: (line: string) => void, everyMs: number) {
  const last = new Map<string, number>();
  return (key: string, line: string) => {
    const now = Date.now();
    if ((last.get(key) ?? 0) + everyMs > now) return;
    last.set(key, now);
    log(line);
  };
}

export function startQueueWorker(deps: ProcessorDeps, opts: QueueWorkerOptions): QueueWorker {
  const log = opts.log ?? (() => {});
  const say = throttled(log, 10_000);
  const active: ActiveJobs = new Map();
  const handBack = new AbortController();
  const stats: WorkerStats = { completed: 0, failed: 0, retried: 0, stalled: 0, handedBack: 0, storeRetries: 0 };
  const where = redactRedisUrl(opts.redisUrl);
  const storeRetry = opts.storeRetry ?? DEFAULT_STORE_RETRY;
  let stopping: Promise<StopResult> | null = null;

  const sink = opts.storeThread ? storeThreadSink(opts.storeThread) : null;
  sink?.ready.catch((err: Error) => log(`store thread could not open the store: ${err.message}`));
  const writer = createStoreWriter(sink ?? deps.store, storeRetry, {
    onDown(err) {
      log(
        `${err.message}: taking no new jobs; ${active.size} running keep their records and retry the write (backoff up to ${storeRetry.maxDelayMs / 1000} s)`,
      );
      void worker.pause(true).catch(() => {});
    },
    onRetry(err, downForMs) {
      stats.storeRetries += 1;
      if (downForMs >= 60_000)
        say(
          'store-down',
          `store still unavailable after ${Math.round(downForMs / 1000)} s (${err.message}); ${active.size} records waiting`,
        );
    },
    onUp(downForMs) {
      log(`store is back after ${(downForMs / 1000).toFixed(1)} s: taking jobs again`);
      if (!stopping) void worker.resume();
    },
  });
  const processor = createArticleProcessor(deps, active, handBack.signal, {
    writer,
    warn: log,
    encoded: sink ? { signature: opts.storeThread?.dedupThreshold !== undefined } : undefined,
  });

  const target = queueConnection(opts.redisUrl, {
    role: 'worker',
    onRetry: (attempt, delay) => say('reconnect', `redis at ${where} unreachable; reconnecting (attempt ${attempt}, next in ${delay} ms)`),
  });
  const articleWorker = new ArticleJobWorker<ArticlePayload, ArticleJobResult>(opts.queueName, processor, {
    connection: target.connection,
    prefix: target.prefix,
    name: `${hostname()}:${process.pid}`,
    concurrency: opts.concurrency + Math.max(0, opts.prefetch ?? opts.concurrency),
    lockDuration: opts.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS,
    stalledInterval: opts.stalledIntervalMs ?? DEFAULT_STALLED_INTERVAL_MS,
    maxStalledCount: opts.maxStalledCount ?? DEFAULT_MAX_STALLED_COUNT,
    metrics: { maxDataPoints: METRICS_MAX_DATA_POINTS },
    autorun: false,
  });
  if (target.connection instanceof Cluster) articleWorker.owned = target.connection;
  const worker: Worker<ArticlePayload, ArticleJobResult> = articleWorker;

  worker.on('completed', () => {
    stats.completed += 1;
  });
  worker.on('failed', (job: Job<ArticlePayload> | undefined, err: Error) => {
    const uri = job?.data?.uri ?? job?.id ?? '?';
    const final = !job || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) {
      stats.failed += 1;
      log(`failed ${uri}: ${err.message}`);
    } else {
      stats.retried += 1;
      log(`retrying ${uri} (attempt ${job.attemptsMade} of ${job.opts.attempts}): ${err.message}`);
    }
  });
  worker.on('stalled', (jobId: string) => {
    stats.stalled += 1;
    log(`stalled job ${jobId} moved back to waiting (its worker stopped renewing the lock)`);
  });
  worker.on('error', (err: Error) => {
    say(`error:${err.message}`, `worker error: ${err.message}`);
  });

  void worker.run().catch((err: Error) => log(`worker stopped: ${err.message}`));
  let connected = false;
  const ready = worker.waitUntilReady().then(() => {
    connected = true;
  });
  ready.catch(() => {}); // a worker closed before it ever connected

  const handBackNow = () => {
    if (handBack.signal.aborted) return;
    stats.handedBack += active.size;
    handBack.abort();
  };

  return {
    worker,
    ready,
    stats,
    get running() {
      return active.size;
    },
    handBackNow,
    stop(timeoutMs: number) {
      stopping ??= (async () => {
        if (!connected) {
          // Never reached Redis: no job can be running; don't wait on a connection that isn't there.
          await Promise.race([worker.close(true).catch(() => {}), new Promise((r) => setTimeout(r, 2000).unref())]);
          await writer.close();
          return { timedOut: false, handedBack: 0 };
        }
        const closing = worker.close();
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await Promise.race([
          closing.then(() => false),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(true), timeoutMs);
          }),
        ]);
        clearTimeout(timer);
        if (!timedOut && !handBack.signal.aborted) {
          await writer.close();
          return { timedOut: false, handedBack: 0 };
        }
        handBackNow();
        // Handing back is a few Redis calls; if Redis is gone too, the jobs come back as stalled.
        await Promise.race([closing, new Promise((r) => setTimeout(r, 10_000).unref())]);
        // Writes still waiting were answered HandedBackError; one under way is an upsert, kept or not.
        await writer.close();
        return { timedOut, handedBack: stats.handedBack };
      })();
      return stopping;
    },
  };
}
