/**
 * The faults of the cluster test, as data: the whole of one worker host killed at once (and
 * brought back later, as a supervisor would), another host cut off from Redis (its link down,
 * then up) and PostgreSQL restarted. When each fires: ../harness/faults.ts.
 */
import type { Fault } from '../harness/faults.js';

export type ClusterFault =
  | { kind: 'kill-host'; host: number; downMs: number }
  | { kind: 'partition'; host: number; ms: number }
  | { kind: 'restart-postgres'; downMs: number };

export interface FaultTimes {
  outageMs: number;
  hostDownMs: number;
  postgresDownMs: number;
}

export function clusterFaults(t: FaultTimes): Fault<ClusterFault>[] {
  return [
    { at: 0.15, action: { kind: 'kill-host', host: 0, downMs: t.hostDownMs } },
    { at: 0.3, action: { kind: 'partition', host: 1, ms: t.outageMs } },
    { at: 0.5, action: { kind: 'restart-postgres', downMs: t.postgresDownMs } },
  ];
}

export const describeClusterFault = (a: ClusterFault): string =>
  a.kind === 'kill-host'
    ? `SIGKILL every process of host h${a.host}, back after ${a.downMs / 1000} s`
    : a.kind === 'partition'
      ? `cut host h${a.host} off (link down) for ${a.ms / 1000} s`
      : `restart PostgreSQL (down ${a.downMs / 1000} s)`;
