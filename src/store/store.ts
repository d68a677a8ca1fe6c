import type { NewsRecord } from '../record/schema.js';

/** Asks a put to mark the record as a near-duplicate against everything stored with a fingerprint. */
export interface DedupRequest {
  /** The record's MinHash signature (src/dedup): kept beside the record, not in it. */
  signature: Uint32Array;
  /** Estimated Jaccard at or over which two records are one story. */
  threshold: number;
}

/** One record of a putMany, with its dedup request. */
export interface StoreItem {
  record: NewsRecord;
  dedup?: DedupRequest;
}

/**
 * Where records go. Every implementation upserts by record id, so writing the same
 * article twice leaves one record (what makes queue retries and batch resumes safe).
 */
export interface RecordStore {
  /**
   * Insert or replace the record with this id, and return it as stored. With `dedup`, its
   * `duplicateOf` is decided against the store's fingerprints in the same transaction (so
   * writers on many machines dedupe against one another), and a record stored before keeps
   * the answer it got then.
   */
  put(record: NewsRecord, dedup?: DedupRequest): Promise<NewsRecord>;
  /**
   * Puts several records in one transaction, in order (a batch's group: one commit, one
   * fsync, instead of one per record); the same answers as `put` one by one. Optional: a
   * store without it is written record by record.
   */
  putMany?(items: readonly StoreItem[]): Promise<NewsRecord[]>;
  /** Whether a record with this id is stored. */
  has(id: string): Promise<boolean>;
  /** Every stored record, streamed in a stable order. */
  records(): AsyncIterable<NewsRecord>;
  count(): Promise<number>;
  close(): Promise<void>;
}
