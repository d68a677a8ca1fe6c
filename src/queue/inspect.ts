/**
 * Read-side helpers for `zhnews status`, `zhnews failed` and `zhnews retry-failed`:
 * BullMQ's own getters, counts and per-minute metrics, nothing read from Redis keys directly.
 */
import type { Metrics } from 'bullmq';
import type { ArticleQueue } from './queue.js';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed'] as const;

export interface Throughput {
  /** Jobs finished in about the last 60 s (from BullMQ's per-minute metrics, prorated). */
  completed: number;
  failed: number;
  /** completed / 60. */
  perSecond: number;
}

export interface OldestWaiting {
  id: string;
  uri: string | null;
  enqueuedAt: string;
  ageSeconds: number;
}

export interface QueueStatus {
  queue: string;
  counts: Record<string, number>;
  workers: number;
  lastMinute: Throughput;
  oldestWaiting: OldestWaiting | null;
}

/**
 * Jobs finished in the 60 s before `now`, from BullMQ metrics. Workers record one count per
 * clock minute: the current minute's running count is `meta.count - meta.prevCount` (that
 * minute starts at `meta.prevTS`), `data[0]` is the minute before it. The minute before is
 * prorated by how much of it lies inside the window.
 */
export function finishedInLastMinute(m: Metrics, now: number): number {
  const MINUTE = 60_000;
  if (!m.meta.prevTS) return m.meta.count; // metrics just started: everything is recent
  const current = Math.max(0, m.meta.count - m.meta.prevCount);
  const currentMinute = Math.floor(m.meta.prevTS / MINUTE);
  const nowMinute = Math.floor(now / MINUTE);
  const outsideFraction = (now % MINUTE) / MINUTE; // share of the previous clock minute outside the window
  if (nowMinute === currentMinute) return Math.round(current + (m.data[0] ?? 0) * (1 - outsideFraction));
  if (nowMinute === currentMinute + 1) return Math.round(current * (1 - outsideFraction));
  return 0;
}

export async function queueStatus(queue: ArticleQueue, now = Date.now()): Promise<QueueStatus> {
  const [counts, workers, completed, failed, oldest] = await Promise.all([
    queue.getJobCounts(...JOB_STATES),
    queue.getWorkersCount(),
    queue.getMetrics('completed', 0, 0),
    queue.getMetrics('failed', 0, 0),
    // getWaiting lists the wait list oldest first (BullMQ reads it in ascending order).
    queue.getWaiting(0, 0),
  ]);
  const done = finishedInLastMinute(completed, now);
  const job = oldest[0];
  return {
    queue: queue.name,
    counts,
    workers,
    lastMinute: { completed: done, failed: finishedInLastMinute(failed, now), perSecond: Math.round((done / 60) * 100) / 100 },
    oldestWaiting: job?.id
      ? {
          id: job.id,
          uri: job.data?.uri ?? null,
          enqueuedAt: new Date(job.timestamp).toISOString(),
          ageSeconds: Math.max(0, Math.round((now - job.timestamp) / 1000)),
        }
      : null,
  };
}

export interface FailedJob {
  id: string;
  uri: string | null;
  reason: string;
  attempts: number;
  failedAt: string | null;
}

/** Failed jobs, newest first, `pageSize` at a time, up to `limit`. */
export async function* failedJobs(queue: ArticleQueue, limit = Infinity, pageSize = 200): AsyncGenerator<FailedJob> {
  let start = 0;
  let seen = 0;
  while (seen < limit) {
    const jobs = await queue.getFailed(start, start + pageSize - 1);
    if (jobs.length === 0) return;
    for (const job of jobs) {
      if (seen >= limit) return;
      seen += 1;
      yield {
        id: job.id ?? '?',
        uri: job.data?.uri ?? null,
        reason: job.failedReason ?? '',
        attempts: job.attemptsMade,
        failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      };
    }
    start += pageSize;
  }
}

/** Moves every failed job back to waiting; returns how many there were. */
export async function retryFailed(queue: ArticleQueue): Promise<number> {
  const count = await queue.getFailedCount();
  if (count > 0) await queue.retryJobs({ state: 'failed', count: 1000 });
  return count;
}

export interface MinuteCount {
  /** 0 for the current minute, 1 for the one before, ... */
  minutesAgo: number;
  completed: number;
  failed: number;
}

/**
 * Jobs finished per minute over the last `minutes`, newest first, from the metrics the workers
 * record (the current minute's running count, then BullMQ's per-minute data points).
 */
export async function throughputHistory(queue: ArticleQueue, minutes = 60): Promise<MinuteCount[]> {
  const [completed, failed] = await Promise.all([
    queue.getMetrics('completed', 0, minutes - 2),
    queue.getMetrics('failed', 0, minutes - 2),
  ]);
  const series = (m: Metrics): number[] => [Math.max(0, (m.meta.count ?? 0) - (m.meta.prevCount ?? 0)), ...m.data.map(Number)];
  const c = series(completed);
  const f = series(failed);
  return Array.from({ length: minutes }, (_, i) => ({ minutesAgo: i, completed: c[i] ?? 0, failed: f[i] ?? 0 }));
}
