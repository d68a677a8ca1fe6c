/** Queue progress as the drive loop reads it, from a BullMQ queue in this process or a probe's lines. */
import type { Queue } from 'bullmq';

export interface Counts {
  completed: number;
  failed: number;
  pending: number;
}

/** Redis keeps at most this many completed jobs (the worker's KEEP_COMPLETED): past it, nothing pending is the end. */
export const KEEP_COMPLETED = 10_000;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const allDone = (c: Counts, total: number): boolean => c.pending === 0 && c.completed + c.failed >= Math.min(total, KEEP_COMPLETED);

/** Queue counts, or null while Redis is away (an outage is part of the plan). */
export async function queueCounts(queue: Queue): Promise<Counts | null> {
  try {
    const c = await Promise.race([
      queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'),
      sleep(3000).then(() => null),
    ]);
    if (!c) return null;
    return {
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
      pending: (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0),
    };
  } catch {
    return null;
  }
}
