/**
 * The loop both fault runs share: watch the queue, fire each scheduled fault when its share
 * of the jobs has completed, let the supervisor restart workers that die on their own, and
 * stop once every job is done and every fault has run its course (an outage restored, a
 * killed host back), or at the deadline. Faults run alongside the loop, so a 20 s outage
 * does not stop the watching.
 */
import { allDone, sleep, type Counts } from './counts.js';
import { takeDue, type Fault } from './faults.js';
import type { Supervisor } from './supervisor.js';

export interface DriveOptions<A> {
  total: number;
  counts: () => Promise<Counts | null>;
  /** Sorted (faultSchedule); empty for a run without faults. */
  faults: Fault<A>[];
  inject: (action: A) => Promise<void>;
  describe: (action: A) => string;
  supervisor: Supervisor;
  say: (line: string) => void;
  /** Epoch ms. */
  deadline: number;
  progressEveryMs?: number;
  /** Called every poll (RSS sampling). */
  tick?: () => void;
}

export interface FaultRecord {
  fault: string;
  atCompleted: number;
  seconds: number;
  error?: string;
}

export interface DriveResult {
  last: Counts;
  faults: FaultRecord[];
  /** Faults that never fired (the jobs finished first, or the deadline came). */
  notFired: string[];
  timedOut: boolean;
}

export async function drive<A>(o: DriveOptions<A>): Promise<DriveResult> {
  const pending = [...o.faults];
  const records: FaultRecord[] = [];
  const running = new Set<Promise<void>>();
  const t0 = Date.now();
  let last: Counts = { completed: 0, failed: 0, pending: o.total };
  let lastLine = 0;
  let timedOut = false;
  for (;;) {
    o.tick?.();
    const c = await o.counts();
    if (c) last = c;
    if (c && allDone(c, o.total) && running.size === 0) break;
    if (Date.now() > o.deadline) {
      o.say(`deadline passed with ${last.completed} completed, ${last.failed} failed, ${last.pending} pending`);
      timedOut = true;
      break;
    }
    await o.supervisor.check();
    for (const f of c ? takeDue(pending, c.completed, o.total) : []) {
      const rec: FaultRecord = { fault: o.describe(f.action), atCompleted: c!.completed, seconds: 0 };
      records.push(rec);
      o.say(`${rec.fault} at ${rec.atCompleted}/${o.total}`);
      const t = Date.now();
      const p = o
        .inject(f.action)
        .catch((err: unknown) => {
          rec.error = err instanceof Error ? err.message : String(err);
          o.say(`fault "${rec.fault}" went wrong: ${rec.error}`);
        })
        .finally(() => {
          rec.seconds = Math.round((Date.now() - t) / 100) / 10;
          running.delete(p);
        });
      running.add(p);
    }
    if (Date.now() - lastLine > (o.progressEveryMs ?? 30_000)) {
      lastLine = Date.now();
      o.say(`${last.completed} completed, ${last.failed} failed, ${last.pending} pending (${Math.round((Date.now() - t0) / 1000)} s)`);
    }
    await sleep(1000);
  }
  await Promise.allSettled(running);
  return { last, faults: records, notFired: pending.map((f) => o.describe(f.action)), timedOut };
}
