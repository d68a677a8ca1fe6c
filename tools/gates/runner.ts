/**
 * Runs gates one after another (the CI machine has 2 cores; the gates would only fight over
 * them) and judges each figure against its floor. Printing is the caller's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Gate, GateResult } from './gate.js';
import type { Floors } from './floors.js';

export type Status = 'pass' | 'fail' | 'skip';

export interface Outcome {
  name: string;
  status: Status;
  secs: number;
  result?: GateResult;
  floor?: number;
  /** null: no digest recorded to compare with */
  digestMatch?: boolean | null;
  recordedDigest?: string;
  /** why it skipped or failed without a figure */
  reason?: string;
}

/** Runs one gate: a figure and digest, or a skip (its data absent), or a failure (it threw). Not yet judged. */
export async function measure(gate: Gate, dataDir: string): Promise<Outcome> {
  if (gate.needs.length && !existsSync(dataDir))
    return { name: gate.name, status: 'skip', secs: 0, reason: `data folder ${dataDir} is absent` };
  const missing = gate.needs.filter((p) => !existsSync(join(dataDir, p)));
  if (missing.length)
    return { name: gate.name, status: 'skip', secs: 0, reason: `${missing.map((p) => join(dataDir, p)).join(', ')} absent` };
  const t0 = performance.now();
  try {
    const result = await gate.run(dataDir);
    return { name: gate.name, status: 'pass', secs: (performance.now() - t0) / 1000, result };
  } catch (err) {
    return { name: gate.name, status: 'fail', secs: (performance.now() - t0) / 1000, reason: `error: ${(err as Error).message}` };
  }
}

/** A measured outcome against its recorded floor: under it, or no floor at all, fails. */
export function judge(o: Outcome, floors: Floors): Outcome {
  if (!o.result) return o;
  const rec = floors[o.name];
  if (!rec) return { ...o, status: 'fail', digestMatch: null, reason: 'no floor recorded (npm run gates -- --record)' };
  // A changed digest warns but does not fail on its own: see README, "Tests and benchmarks".
  return {
    ...o,
    status: o.result.figure >= rec.floor ? 'pass' : 'fail',
    floor: rec.floor,
    digestMatch: rec.digest === o.result.digest,
    recordedDigest: rec.digest,
  };
}

/** Runs the gates one after another, handing each outcome over as soon as it is known. */
export async function runGates(
  gates: readonly Gate[],
  dataDir: string,
  floors: Floors | null,
  onOutcome: (o: Outcome) => void = () => {},
): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const g of gates) {
    const m = await measure(g, dataDir);
    const o = floors ? judge(m, floors) : m;
    onOutcome(o);
    out.push(o);
  }
  return out;
}

export function exitCode(outcomes: readonly Outcome[]): number {
  return outcomes.some((o) => o.status === 'fail') ? 1 : 0;
}

const short = (d: string): string => d.slice(0, 12);

/** One line per gate: name, figure, floor, digest match, time. */
export function formatOutcome(o: Outcome): string {
  const head = `gate ${o.name.padEnd(14)}`;
  if (o.status === 'skip') return `${head} SKIP  ${o.reason}`;
  const fig = o.result ? o.result.figure.toFixed(4) : '   -  ';
  const floor = o.floor !== undefined ? o.floor.toFixed(4) : '   -  ';
  let digest = 'digest    -';
  if (o.result) {
    if (o.digestMatch === true) digest = `digest ok ${short(o.result.digest)}`;
    else if (o.digestMatch === false)
      digest = `DIGEST CHANGED ${short(o.result.digest)} (recorded ${short(o.recordedDigest ?? '')}: other data, figures not comparable)`;
    else digest = `digest ${short(o.result.digest)} (none recorded)`;
  }
  const tail = o.reason ? `  ${o.reason}` : '';
  return `${head} ${o.status.toUpperCase()}  figure ${fig}  floor ${floor}  ${digest}  ${o.secs.toFixed(1)} s${tail}`;
}

export function formatSummary(outcomes: readonly Outcome[], secs: number): string {
  const n = (s: Status): number => outcomes.filter((o) => o.status === s).length;
  const changed = outcomes.filter((o) => o.digestMatch === false).length;
  const verdict = exitCode(outcomes) ? 'FAILED' : 'ok';
  return (
    `gates: ${verdict}: ${n('pass')} passed, ${n('fail')} failed, ${n('skip')} skipped` +
    (changed ? `, ${changed} on changed data (re-measure, then npm run gates -- --record)` : '') +
    ` in ${secs.toFixed(1)} s`
  );
}
