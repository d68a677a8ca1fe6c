export { DEDUP } from './settings.js';
export { fingerprint } from './fingerprint.js';
export { bandHashes, bandKeys, estimatedJaccard, minhash, signatureFromBytes, signatureToBytes } from './minhash.js';
export { chooseRepresentative, type Candidate } from './choose.js';
export { MemoryDedupIndex } from './memory-index.js';
export { comparable, shingleHashes } from './shingles.js';
