/**
 * Near-duplicate lookup in memory, for a batch writing files and for export. The first record
 * seen is a cluster's representative; a later one joins the cluster of its most similar
 * earlier record. Kept in typed arrays, not maps of strings, because a run may hold millions:
 * signatures in one growing Uint32Array, and the LSH band hashes in one open-addressing table
 * whose slots head chains of (record, next) entries. About 1.3 KB a record (bench: dedup).
 */
import { chooseRepresentative, type Candidate } from './choose.js';
import { DEDUP } from './settings.js';
import { bandHashes } from './minhash.js';

const K = DEDUP.permutations;
const NONE = -1;

export class MemoryDedupIndex {
  private ids: string[] = [];
  private byId = new Map<string, number>();
  private sigs = new Uint32Array(K * 1024);
  private reps = new Int32Array(1024);
  // The band table: slot -> hash and first entry; entries chain records that share a hash.
  private slotHash = new Uint32Array(1 << 12);
  private slotHead = new Int32Array(1 << 12).fill(NONE);
  private used = 0;
  private entryRec = new Int32Array(DEDUP.bands * 1024);
  private entryNext = new Int32Array(DEDUP.bands * 1024);
  private entries = 0;

  constructor(readonly threshold: number) {}

  get size(): number {
    return this.ids.length;
  }

  /** Bytes held by the typed arrays (the ids and their map come on top). */
  get arrayBytes(): number {
    return this.sigs.byteLength + this.reps.byteLength + this.slotHash.byteLength + this.slotHead.byteLength + this.entryRec.byteLength * 2;
  }

  /** The representative of the best earlier match at or over the threshold, without adding the record. */
  lookup(id: string, sig: Uint32Array): string | null {
    return chooseRepresentative(id, sig, this.candidates(bandHashes(sig)), this.threshold);
  }

  /** Adds a record and says what it duplicates; a record added again keeps its first answer. */
  assign(id: string, sig: Uint32Array): string | null {
    const known = this.byId.get(id);
    if (known !== undefined) return this.repOf(known);
    const rep = this.lookup(id, sig);
    this.add(id, sig, rep);
    return rep;
  }

  /** Adds a record whose answer is already known (a resumed run reading back what it wrote). */
  add(id: string, sig: Uint32Array, representative: string | null): void {
    if (this.byId.has(id)) return;
    const n = this.ids.length;
    this.grow(n + 1);
    this.ids.push(id);
    this.byId.set(id, n);
    this.sigs.set(sig, n * K);
    this.reps[n] = representative === null ? NONE : (this.byId.get(representative) ?? NONE);
    for (const h of bandHashes(sig)) this.insert(h, n);
  }

  private repOf(i: number): string | null {
    const r = this.reps[i]!;
    return r === NONE ? null : this.ids[r]!;
  }

  private *candidates(hashes: Uint32Array): Generator<Candidate> {
    const seen = new Set<number>();
    for (const h of hashes) {
      for (let e = this.slotHead[this.find(h)]!; e !== NONE; e = this.entryNext[e]!) {
        const rec = this.entryRec[e]!;
        if (seen.has(rec)) continue;
        seen.add(rec);
        yield { id: this.ids[rec]!, representative: this.repOf(rec), signature: this.sigs.subarray(rec * K, rec * K + K) };
      }
    }
  }

  /** The slot of hash `h`: its own, or the empty one where it would go (linear probing). */
  private find(h: number): number {
    const mask = this.slotHash.length - 1;
    let i = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    while (this.slotHead[i] !== NONE && this.slotHash[i] !== h) i = (i + 1) & mask;
    return i;
  }

  private insert(h: number, rec: number): void {
    if ((this.used + 1) * 2 > this.slotHash.length) this.rehash();
    const s = this.find(h);
    if (this.slotHead[s] === NONE) {
      this.slotHash[s] = h;
      this.used++;
    }
    const e = this.entries++;
    if (e >= this.entryRec.length) {
      this.entryRec = grown(this.entryRec, this.entryRec.length * 2);
      this.entryNext = grown(this.entryNext, this.entryNext.length * 2);
    }
    this.entryRec[e] = rec;
    this.entryNext[e] = this.slotHead[s]!;
    this.slotHead[s] = e;
  }

  private rehash(): void {
    const oldHash = this.slotHash;
    const oldHead = this.slotHead;
    this.slotHash = new Uint32Array(oldHash.length * 2);
    this.slotHead = new Int32Array(oldHead.length * 2).fill(NONE);
    for (let i = 0; i < oldHash.length; i++) {
      if (oldHead[i] === NONE) continue;
      const s = this.find(oldHash[i]!);
      this.slotHash[s] = oldHash[i]!;
      this.slotHead[s] = oldHead[i]!;
    }
  }

  private grow(n: number): void {
    if (n <= this.reps.length) return;
    const cap = this.reps.length * 2;
    this.reps = grown(this.reps, cap);
    this.sigs = grown(this.sigs, cap * K);
  }
}

function grown<T extends Uint32Array | Int32Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}
