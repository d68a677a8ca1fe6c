/**
 * Writes records through a store outage. A write that fails because the store is away
 * (StoreUnavailableError) is no fault of the article: burning the job's attempts on it would
 * re-run the whole pipeline for nothing and fail the backlog. So the computed record is
 * kept and its write retried with capped exponential backoff until the store answers; the
 * first such failure reports the outage (the worker pauses: no new jobs while the store is
 * away) and the first write that succeeds again ends it. The job stays active meanwhile, and
 * BullMQ keeps renewing its lock, so no other worker takes it for stalled.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { NewsRecord } from '../record/schema.js';
import type { RecordStore } from '../store/store.js';
import { HandedBackError } from '../errors/handed-back-error.js';

export interface StoreRetry {
  /** Delay before the first retry of a write; doubles each time... */
  firstDelayMs: number;
  /** ...up to this. */
  maxDelayMs: number;
}

export const DEFAULT_STORE_RETRY: StoreRetry = { firstDelayMs: 1000, maxDelayMs: 30_000 };

export interface OutageHooks {
  /** The store became unavailable (first failed write since it last worked). */
  onDown?(err: Error): void;
  /** A write failed again while the store is away; `downForMs` since the outage began. */
  onRetry?(err: Error, downForMs: number): void;
  /** A write succeeded after an outage of `downForMs`. */
  onUp?(downForMs: number): void;
}

export function isStoreUnavailable(err: unknown): err is Error {
  return err instanceof Error && err.name === 'StoreUnavailableError';
}

export function retryDelay(retry: StoreRetry, failures: number): number {
  return Math.min(retry.firstDelayMs * 2 ** Math.max(0, failures - 1), retry.maxDelayMs);
}

export interface StoreWriter {
  /**
   * Puts the record, waiting out an outage; any other store error is thrown as is.
   * Throws HandedBackError once `signal` aborts (the job is being given back).
   */
  put(record: NewsRecord, signal: AbortSignal): Promise<void>;
  /** Whether the last write found the store away. */
  readonly down: boolean;
}

/** One per worker: every job's write shares the outage state. */
export function createStoreWriter(
  store: Pick<RecordStore, 'put'>,
  retry: StoreRetry = DEFAULT_STORE_RETRY,
  hooks: OutageHooks = {},
): StoreWriter {
  let downSince: number | null = null;
  return {
    get down() {
      return downSince !== null;
    },
    async put(record, signal) {
      const outageOver = () => {
        if (downSince === null) return;
        const ms = Date.now() - downSince;
        downSince = null;
        hooks.onUp?.(ms);
      };
      for (let failures = 1; ; failures++) {
        if (signal.aborted) throw new HandedBackError();
        try {
          await store.put(record);
        } catch (err) {
          if (!isStoreUnavailable(err)) {
            // The store answered: whatever is wrong is this record's write, not an outage.
            outageOver();
            throw err;
          }
          if (downSince === null) {
            downSince = Date.now();
            hooks.onDown?.(err);
          }
          hooks.onRetry?.(err, Date.now() - downSince);
          await sleep(retryDelay(retry, failures), undefined, { signal }).catch(() => {});
          continue;
        }
        outageOver();
        return;
      }
    },
  };
}
