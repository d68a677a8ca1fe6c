/** The cluster test's verdict from what verify.ts found and how the run went, and its summary table. */
import type { Counts } from '../harness/counts.js';
import type { FaultRecord } from '../harness/drive.js';

export interface FailedJob {
  id: string;
  reason: string;
  /** Whether the article's record is in the store all the same. */
  stored: boolean;
}

export interface Verification {
  counts: Counts;
  rerun: number;
  failed: FailedJob[];
  store: { rows: number; distinctIds: number; distinctUrls: number; distinctSha256: number; missing: number };
}

export interface RunFacts {
  jobs: number;
  seconds: number;
  faults: FaultRecord[];
  notFired: string[];
  timedOut: boolean;
  /** Exit codes of the workers stopped with SIGTERM at the end. */
  exitCodes: (number | null)[];
  unexpectedExits: string[];
  /** Worker starts that failed and were retried (PostgreSQL down as a host came back): reported, not failed. */
  failedStarts: string[];
}

/**
 * A failed job is explained when a fault accounts for it: it ran out of stalls or lost its
 * lock while its host was down or cut off, and its article is stored all the same (another
 * worker, or the cut-off one once back, wrote it).
 */
export const FAULT_REASON = /stalled|lock/i;
export const isExplained = (f: FailedJob): boolean => f.stored && FAULT_REASON.test(f.reason);

export interface Verdict {
  checks: Record<string, boolean>;
  pass: boolean;
  lost: number;
  doubled: number;
  unexplained: FailedJob[];
}

export function judge(v: Verification, run: RunFacts): Verdict {
  const N = run.jobs;
  const unexplained = v.failed.filter((f) => !isExplained(f));
  const checks = {
    allDone: !run.timedOut && v.counts.pending === 0 && v.counts.completed + v.counts.failed >= N,
    noneLost: v.store.missing === 0 && v.store.distinctUrls === N,
    noneDoubled: v.store.rows === v.store.distinctUrls && v.store.distinctSha256 === v.store.rows,
    failedExplained: unexplained.length === 0,
    allFaultsInjected: run.notFired.length === 0 && run.faults.every((f) => !f.error),
    cleanShutdown: run.exitCodes.every((c) => c === 0),
    noWorkerDied: run.unexpectedExits.length === 0,
  };
  return {
    checks,
    pass: Object.values(checks).every(Boolean),
    lost: v.store.missing,
    doubled: Math.max(0, v.store.rows - v.store.distinctUrls),
    unexplained,
  };
}

export function summaryTable(v: Verification, run: RunFacts, verdict: Verdict): string {
  const rows: [string, string][] = [
    ['jobs enqueued', String(run.jobs)],
    ['records in PostgreSQL', `${v.store.rows} (${v.store.distinctUrls} distinct URLs, ${v.store.distinctSha256} distinct sha256)`],
    ['lost', String(verdict.lost)],
    ['doubled', String(verdict.doubled)],
    ['completed / failed / pending', `${v.counts.completed} / ${v.counts.failed} / ${v.counts.pending}`],
    ['failed, unexplained', String(verdict.unexplained.length)],
    ['jobs run more than once', String(v.rerun)],
    ['worker starts retried', String(run.failedStarts.length)],
    ...run.faults.map((f): [string, string] => [
      `fault at ${f.atCompleted}`,
      `${f.fault} (${f.seconds} s${f.error ? `, ERROR ${f.error}` : ''})`,
    ]),
    ...run.notFired.map((f): [string, string] => ['fault NOT fired', f]),
    ['wall time', `${run.seconds} s`],
    ...Object.entries(verdict.checks).map(([k, ok]): [string, string] => [`check ${k}`, ok ? 'ok' : 'FAIL']),
    ['result', verdict.pass ? 'PASS' : 'FAIL'],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, val]) => `${k.padEnd(w)}  ${val}`).join('\n');
}
