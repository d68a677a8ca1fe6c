/** A record's near-duplicate fingerprint: the MinHash signature of its clean text. Kept in stores, not in the record. */
import { minhash } from './minhash.js';
import { shingleHashes } from './shingles.js';

export const fingerprint = (text: string): Uint32Array => minhash(shingleHashes(text));
