/**
 * Writes records, in groups, through a store outage. A write that fails because the store is away
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
import { storeSink, type RecordSummary, type WriteItem, type WriteSink } from '../store/thread/write-sink.js';

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
   * Writes the article (in a group with the others finished meanwhile), waiting out an outage;
   * any other store error is thrown as is. Throws HandedBackError once `signal` aborts (the job
   * is being given back). Resolves once its group is committed, with the record's summary when
   * the record came encoded (null when the caller has the object).
   */
  write(item: WriteItem, signal: AbortSignal): Promise<RecordSummary | null>;
  /** `write` of a record object. */
  put(record: NewsRecord, signal: AbortSignal): Promise<void>;
  /** Whether the last write found the store away. */
  readonly down: boolean;
  /** Waits for the writes under way, then closes the sink. */
  close(): Promise<void>;
}

/** Most articles in one transaction: a group is what finished while the previous one was written. */
const MAX_GROUP = 64;

interface Entry {
  item: WriteItem;
  signal: AbortSignal;
  resolve(summary: RecordSummary | null): void;
  reject(err: Error): void;
}

/**
 * One per worker: every job's write shares the outage state. One group is written at a time;
 * the jobs that finish meanwhile make the next group (one transaction, one commit), so a busy
 * worker commits once per group while an idle one writes each article as soon as it is done.
 * A job is only answered once its group is committed: it is acknowledged after its record is stored.
 */
export function createStoreWriter(
  target: WriteSink | Pick<RecordStore, 'put'>,
  retry: StoreRetry = DEFAULT_STORE_RETRY,
  hooks: OutageHooks = {},
): StoreWriter {
  const sink: WriteSink = 'write' in target ? target : storeSink(target);
  const waiting: Entry[] = [];
  let downSince: number | null = null;
  let flushing: Promise<void> | null = null;

  const outageOver = () => {
    if (downSince === null) return;
    const ms = Date.now() - downSince;
    downSince = null;
    hooks.onUp?.(ms);
  };

  /** The entries whose jobs are still ours; the others are answered HandedBackError. */
  const stillOurs = (group: Entry[]) =>
    group.filter((e) => {
      if (!e.signal.aborted) return true;
      e.reject(new HandedBackError());
      return false;
    });

  async function writeGroup(given: Entry[]): Promise<void> {
    let group = given;
    for (let failures = 1; ; failures++) {
      group = stillOurs(group);
      if (group.length === 0) return;
      try {
        const summaries = await sink.write(group.map((e) => e.item));
        outageOver();
        group.forEach((e, i) => e.resolve(summaries[i] ?? null));
        return;
      } catch (err) {
        if (!isStoreUnavailable(err)) {
          // The store answered: whatever is wrong is a record's write, not an outage. Which
          // record, a group's transaction does not say: its records are written one by one.
          outageOver();
          if (group.length === 1) group[0]!.reject(err as Error);
          else for (const e of group) await writeGroup([e]);
          return;
        }
        if (downSince === null) {
          downSince = Date.now();
          hooks.onDown?.(err);
        }
        hooks.onRetry?.(err, Date.now() - downSince);
        const anyHandedBack = AbortSignal.any(group.map((e) => e.signal));
        await sleep(retryDelay(retry, failures), undefined, { signal: anyHandedBack }).catch(() => {});
      }
    }
  }

  function flush(): Promise<void> {
    flushing ??= (async () => {
      try {
        while (waiting.length > 0) await writeGroup(waiting.splice(0, sink.groups ? MAX_GROUP : 1));
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  }

  const write = (item: WriteItem, signal: AbortSignal) =>
    new Promise<RecordSummary | null>((resolve, reject) => {
      if (signal.aborted) return reject(new HandedBackError());
      waiting.push({ item, signal, resolve, reject });
      void flush();
    });

  return {
    get down() {
      return downSince !== null;
    },
    write,
    async put(record, signal) {
      await write({ record }, signal);
    },
    async close() {
      await flushing;
      await sink.close();
    },
  };
}
