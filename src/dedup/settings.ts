/**
 * Near-duplicate settings, chosen from measurements (README, "Near duplicates"):
 * - 5-character shingles: with 3 or 4, distinct stories written on one template (weather,
 *   market reports) share too many shingles; with 6+, a re-typeset copy loses too many.
 * - 128 hash functions: the error of an estimated Jaccard is about 1/sqrt(128) ≈ 0.09 at worst
 *   (J = 0.5), far less near 0.8–1.
 * - 32 bands of 4 rows: a pair at Jaccard 0.8 becomes a candidate with probability
 *   1 − (1 − 0.8⁴)³² > 0.9999, one at 0.3 with 0.23; every candidate is then verified by its
 *   estimated Jaccard against the threshold, so the bands only need recall.
 */
export const DEDUP = {
  shingle: 5,
  permutations: 128,
  bands: 32,
  rows: 4,
  threshold: 0.8,
} as const;
