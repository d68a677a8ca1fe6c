/**
 * The character shingles a near-duplicate check compares. Portals re-typeset a syndicated
 * story (full-width or half-width punctuation, spaces, line breaks), so the text is compared
 * without them: NFKC folds the widths, and only letters and digits are kept. Each shingle is
 * hashed once to 32 bits (FNV-1a over UTF-16 code units); the set of hashes is what MinHash sees.
 */
import { DEDUP } from './settings.js';

const NOT_KEPT = /[^\p{L}\p{N}]+/gu;

/** The text reduced to what a reader compares: letters and digits, widths folded. */
export function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_KEPT, '');
}

/**
 * 32-bit hashes of the n-character shingles of `text` (n = DEDUP.shingle), repeats included:
 * a minimum does not change with repeats, and skipping a Set halves the cost.
 */
export function shingleHashes(text: string, n: number = DEDUP.shingle): Uint32Array {
  const s = comparable(text);
  if (s.length === 0) return new Uint32Array(0);
  const count = Math.max(1, s.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(s.length, i + n);
    for (let j = i; j < end; j++) {
      h ^= s.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
    }
    out[i] = h >>> 0;
  }
  return out;
}
