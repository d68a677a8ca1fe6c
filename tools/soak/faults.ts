/**
 * The faults a soak run injects, as data (the schedule and when each fires: ../harness/faults.ts):
 * Redis restarted twice, PostgreSQL once, a worker SIGKILLed twice (each time a different one,
 * started again at once, as a supervisor would).
 */
import type { Fault } from '../harness/faults.js';

export type SoakFault = { kind: 'restart-redis' } | { kind: 'restart-postgres'; downMs: number } | { kind: 'kill-worker'; worker: number };

export const SOAK_FAULTS: Fault<SoakFault>[] = [
  { at: 0.15, action: { kind: 'kill-worker', worker: 0 } },
  { at: 0.3, action: { kind: 'restart-redis' } },
  { at: 0.45, action: { kind: 'restart-postgres', downMs: 10_000 } },
  { at: 0.6, action: { kind: 'restart-redis' } },
  { at: 0.75, action: { kind: 'kill-worker', worker: 1 } },
];

export const describeSoakFault = (a: SoakFault): string =>
  a.kind === 'kill-worker'
    ? `SIGKILL worker ${a.worker}`
    : a.kind === 'restart-redis'
      ? 'restart Redis'
      : `stop PostgreSQL for ${a.downMs / 1000} s`;
