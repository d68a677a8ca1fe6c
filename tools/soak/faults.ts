/**
 * The faults a soak run injects, as data: each fires once, when the given share of the
 * jobs has completed. The plan: Redis restarted twice, PostgreSQL once, a worker
 * SIGKILLed twice (each time a different one, started again at once, as a supervisor would).
 */
export type FaultAction =
  { kind: 'restart-redis' } | { kind: 'restart-postgres'; downMs: number } | { kind: 'kill-worker'; worker: number };

export interface Fault {
  /** Completed jobs / all jobs at which it fires. */
  at: number;
  action: FaultAction;
}

export const SOAK_FAULTS: Fault[] = [
  { at: 0.15, action: { kind: 'kill-worker', worker: 0 } },
  { at: 0.3, action: { kind: 'restart-redis' } },
  { at: 0.45, action: { kind: 'restart-postgres', downMs: 10_000 } },
  { at: 0.6, action: { kind: 'restart-redis' } },
  { at: 0.75, action: { kind: 'kill-worker', worker: 1 } },
];

export const describeFault = (a: FaultAction): string =>
  a.kind === 'kill-worker'
    ? `SIGKILL worker ${a.worker}`
    : a.kind === 'restart-redis'
      ? 'restart Redis'
      : `stop PostgreSQL for ${a.downMs / 1000} s`;
