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

export function createBioDecoder(labels: readonly string[]): BioDecoder {
  const tags = labels.map(parseLabel);
  const n = tags.length;
  const trans = new Float64Array(n * n);
  const start = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    start[c] = allowed(tags, -1, c) ? 0 : -Infinity;
    for (let p = 0; p < n; p++) trans[p * n + c] = allowed(tags, p, c) ? 0 : -Infinity;
  }
  return {
    tags,
    decode(logp, length) {
      const path = new Int32Array(length);
      if (length === 0) return path;
      const back = new Int32Array(length * n);
      let score = new Float64Array(n);
      let next = new Float64Array(n);
      for (let c = 0; c < n; c++) score[c] = start[c]! + logp[c]!;
      for (let t = 1; t < length; t++) {
        for (let c = 0; c < n; c++) {
          let best = -Infinity;
          let arg = 0;
          for (let p = 0; p < n; p++) {
            const s = score[p]! + trans[p * n + c]!;
            if (s > best) {
              best = s;
              arg = p;
            }
          }
          next[c] = best + logp[t * n + c]!;
          back[t * n + c] = arg;
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
