import type { EntityType } from '../../record/schema.js';
import { parseLabel, type BioTag } from './labels.js';

/** A decoder for one model's label set: BIO-constrained Viterbi over its log-probabilities. */
export interface BioDecoder {
  readonly tags: readonly BioTag[];
  /**
   * logp: row-major [length x numLabels] log-probabilities; returns the best valid label path.
   * breaks[t] set: no entity runs on into token t (it takes B- or O), e.g. across white space.
   */
  decode(logp: Float32Array | Float64Array, length: number, breaks?: ArrayLike<number> | null): Int32Array;
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
 * BIO-constrained Viterbi, optionally with learned transition scores (`transitions[prev][cur]`,
 * added to allowed moves; from the model's config). Per-token constants do not change the best
 * path, so raw logits decode the same as log-probabilities, with or without transitions.
 *
 * Most moves score 0 (all of them without transitions), so each label's predecessors split into
 * a few scored ones and a zero-scored set that many labels share (every label, for B-/O; B-X and
 * I-X, for I-X). The best of each distinct zero-scored set is found once per token, which keeps
 * the step near O(labels) rather than O(labels²).
 */
export function createBioDecoder(labels: readonly string[], transitions?: readonly (readonly number[])[]): BioDecoder {
  const tags = labels.map(parseLabel);
  const n = tags.length;
  if (transitions) checkTransitions(n, transitions);
  const startOk = tags.map((_, c) => allowed(tags, -1, c));
  const scored: Int32Array[] = [];
  const scoredVal: Float64Array[] = [];
  const zeroSets = new Map<string, number>();
  const sets: Int32Array[] = [];
  const setOf = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const preds = tags.map((_, p) => p).filter((p) => allowed(tags, p, c));
    const withScore = preds.filter((p) => (transitions?.[p]![c] ?? 0) !== 0);
    scored.push(Int32Array.from(withScore));
    scoredVal.push(Float64Array.from(withScore.map((p) => transitions![p]![c]!)));
    const zero = preds.filter((p) => !withScore.includes(p));
    const key = zero.join(',');
    if (!zero.length) setOf[c] = -1;
    else {
      if (!zeroSets.has(key)) {
        zeroSets.set(key, sets.length);
        sets.push(Int32Array.from(zero));
      }
      setOf[c] = zeroSets.get(key)!;
    }
  }
  const setArg = new Int32Array(sets.length);
  const inside = tags.map((t) => t.prefix === 'I');
  return {
    tags,
    decode(logp, length, breaks) {
      const path = new Int32Array(length);
      if (length === 0) return path;
      const back = new Int32Array(length * n);
      let score = new Float64Array(n);
      let next = new Float64Array(n);
      for (let c = 0; c < n; c++) score[c] = startOk[c] ? logp[c]! : -Infinity;
      for (let t = 1; t < length; t++) {
        for (let g = 0; g < sets.length; g++) {
          const members = sets[g]!;
          let arg = members[0]!;
          for (let k = 1; k < members.length; k++) if (score[members[k]!]! > score[arg]!) arg = members[k]!;
          setArg[g] = arg;
        }
        const row = t * n;
        const broken = !!breaks?.[t];
        for (let c = 0; c < n; c++) {
          if (broken && inside[c]) {
            next[c] = -Infinity;
            back[row + c] = 0;
            continue;
          }
          let arg = setOf[c]! >= 0 ? setArg[setOf[c]!]! : 0;
          let best = setOf[c]! >= 0 ? score[arg]! : -Infinity;
          const ps = scored[c]!;
          const vs = scoredVal[c]!;
          for (let k = 0; k < ps.length; k++) {
            const sc = score[ps[k]!]! + vs[k]!;
            if (sc > best) {
              best = sc;
              arg = ps[k]!;
            }
          }
          next[c] = best + logp[row + c]!;
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

function checkTransitions(n: number, transitions: readonly (readonly number[])[]): void {
  if (transitions.length !== n || transitions.some((r) => r.length !== n || r.some((v) => !Number.isFinite(v)))) {
    throw new Error(`transition scores must be a finite ${n} x ${n} matrix`);
  }
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
