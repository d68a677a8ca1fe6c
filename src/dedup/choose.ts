import { estimatedJaccard } from './minhash.js';

export interface Candidate {
  id: string;
  /** Its own representative, or null when it is one. */
  representative: string | null;
  signature: Uint32Array;
}

/**
 * The representative a new record joins: that of its most similar earlier record at or over
 * the threshold (the earlier record's own representative when it has one, so a cluster keeps
 * one representative), or null.
 */
export function chooseRepresentative(id: string, sig: Uint32Array, candidates: Iterable<Candidate>, threshold: number): string | null {
  let best: { c: Candidate; j: number } | null = null;
  for (const c of candidates) {
    if (c.id === id) continue;
    const j = estimatedJaccard(sig, c.signature);
    if (j >= threshold && (!best || j > best.j || (j === best.j && c.id < best.c.id))) best = { c, j };
  }
  return best ? (best.c.representative ?? best.c.id) : null;
}
