/**
 * A fault schedule as data, shared by the soak run and the cluster test: each fault fires
 * once, when the given share of the jobs has completed. What a fault does is up to the tool
 * (its action type); the schedule only says when.
 */

export interface Fault<A> {
  /** Completed jobs / all jobs at which it fires, in (0, 1). */
  at: number;
  action: A;
}

export class FaultScheduleError extends Error {
  override name = 'FaultScheduleError';
}

/** The faults in firing order; a share outside (0, 1) is a mistake in the data, not a fault that never fires. */
export function faultSchedule<A>(faults: readonly Fault<A>[]): Fault<A>[] {
  for (const f of faults) if (!(f.at > 0 && f.at < 1)) throw new FaultScheduleError(`a fault fires at a share in (0, 1), not ${f.at}`);
  return [...faults].sort((a, b) => a.at - b.at);
}

/** Takes from `pending` (sorted) the faults due once `completed` of `total` jobs are done. */
export function takeDue<A>(pending: Fault<A>[], completed: number, total: number): Fault<A>[] {
  const due: Fault<A>[] = [];
  while (pending[0] && completed >= pending[0].at * total) due.push(pending.shift()!);
  return due;
}
