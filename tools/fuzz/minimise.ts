/**
 * Delta debugging on bytes: chunks of the input are taken away while the same finding
 * (kind and error name) still happens. Bytes rather than fast-check's shrinking of the plan:
 * a plan's seed article and archive stay whole under shrinking, and every try here has to
 * go through the watchdog anyway, so the candidates of one round run as one batch.
 */
import { isFinding, signature, type FuzzCase, type Outcome } from './case.js';
import type { Supervisor } from './supervisor.js';

export interface Minimised {
  bytes: Uint8Array;
  tries: number;
  outcome: Outcome;
}

export async function minimise(sup: Supervisor, c: FuzzCase, found: Outcome, budgetMs: number): Promise<Minimised> {
  const want = signature(found);
  const unit = c.target === 'normalize' ? 2 : 1; // UTF-16LE text: cut whole code units
  const deadline = performance.now() + budgetMs;
  let cur = c.bytes;
  let outcome = found;
  let tries = 0;
  let n = 2;
  while (cur.length > unit && performance.now() < deadline) {
    const units = cur.length / unit;
    const chunk = Math.ceil(units / n) * unit;
    const cands: Uint8Array[] = [];
    for (let at = 0; at < cur.length; at += chunk)
      cands.push(new Uint8Array(Buffer.concat([cur.subarray(0, at), cur.subarray(at + chunk)])));
    let hit = -1;
    // Hangs cost the whole time limit each: try them one at a time, stopping at the first.
    const step = found.kind === 'hang' || found.kind === 'memory' ? 1 : 32;
    for (let i = 0; i < cands.length && hit < 0 && performance.now() < deadline; i += step) {
      const slice = cands.slice(i, i + step);
      const res = await sup.run(slice.map((bytes) => ({ ...c, bytes })));
      tries += slice.length;
      const k = res.findIndex((o) => isFinding(o) && signature(o) === want);
      if (k >= 0) {
        hit = i + k;
        outcome = res[k]!;
      }
    }
    if (hit >= 0) {
      cur = cands[hit]!;
      n = Math.max(n - 1, 2);
    } else {
      if (n >= units) break;
      n = Math.min(units, n * 2);
    }
  }
  return { bytes: cur, tries, outcome };
}
