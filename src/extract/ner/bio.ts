import type { EntityType } from '../../record/schema.js';
import { parseLabel, type BioTag } from './labels.js';

/** A decoder for one model's label set: BIO-constrained Viterbi over its log-probabilities. */
export interface BioDecoder {
  readonly tags: readonly BioTag[];
  /** logp: row-major [length x numLabels] log-probabilities; returns the best valid label path. */
  decode(logp: Float32Array | Float64Array, length: number): Int32Array;
}

/** Whether label `cur` may follow label `prev` (prev -1 = sequence start). */
function allowed(tags: readonly BioTag[], prev: number, cur: number): boolean {
  const c = tags[cur]!;
  if (c.prefix !== 'I') return true;
  if (prev < 0) return false;
  const p = tags[prev]!;
  return p.prefix !== 'O' && p.type === c.type;
}

/**
 * Transitions are 0 or -Infinity, so each label's best predecessor is the best allowed one: the
 * global best for B-/O (anything may precede them), B-X or I-X for I-X. That makes the Viterbi
 * step O(labels) rather than O(labels²). Per-token constants do not change the best path, so
 * raw logits decode the same as log-probabilities.
 */
export function createBioDecoder(labels: readonly string[]): BioDecoder {
  const tags = labels.map(parseLabel);
  const n = tags.length;
  const startOk = tags.map((_, c) => allowed(tags, -1, c));
  const prevs = tags.map((_, c) => Int32Array.from(tags.map((_, p) => p).filter((p) => allowed(tags, p, c))));
  const anyPrev = prevs.map((ps) => ps.length === n);
  return {
    tags,
    decode(logp, length) {
      const path = new Int32Array(length);
      if (length === 0) return path;
      const back = new Int32Array(length * n);
      let score = new Float64Array(n);
      let next = new Float64Array(n);
      for (let c = 0; c < n; c++) score[c] = startOk[c] ? logp[c]! : -Infinity;
      for (let t = 1; t < length; t++) {
        let gArg = 0;
        for (let p = 1; p < n; p++) if (score[p]! > score[gArg]!) gArg = p;
        const row = t * n;
        for (let c = 0; c < n; c++) {
          let arg = gArg;
          if (!anyPrev[c]) {
            const ps = prevs[c]!;
            arg = ps.length ? ps[0]! : 0;
            let best = ps.length ? score[arg]! : -Infinity;
            for (let k = 1; k < ps.length; k++) {
              const sc = score[ps[k]!]!;
              if (sc > best) {
                best = sc;
                arg = ps[k]!;
              }
            }
            next[c] = best + logp[row + c]!;
          } else {
            next[c] = score[gArg]! + logp[row + c]!;
          }
          back[row + c] = arg;
        }
        [score, next] = [next, score];
      }
      let arg = 0;
      for (let c = 1; c < n; c++) if (score[c]! > score[arg]!) arg = c;
      for (let t = length - 1; t >= 0; t--) {
        path[t] = arg;
        arg = back[t * n + arg]!;
      }
      return path;
    },
  };
}

export type TokenGroup = { from: number; to: number; type: EntityType };

/**
 * Group a label path into entities. Repairs BIO: an I- that does not continue an entity of its
 * type opens a new one (only possible with unconstrained paths); O and other types close it.
 */
export function groupTags(tags: readonly BioTag[], path: ArrayLike<number>): TokenGroup[] {
  const out: TokenGroup[] = [];
  let cur: TokenGroup | null = null;
  for (let i = 0; i < path.length; i++) {
    const t = tags[path[i]!]!;
    if (t.prefix === 'I' && cur && cur.type === t.type) {
      cur.to = i + 1;
      continue;
    }
    if (cur) out.push(cur);
    cur = t.type && t.prefix !== 'O' ? { from: i, to: i + 1, type: t.type } : null;
  }
  if (cur) out.push(cur);
  return out;
}
