import type { SerializedError } from '../../pipeline/pool-protocol.js';
import type { WriteItem, RecordSummary } from './write-sink.js';

/** What the store thread opens: a store URI of the contract, and the --dedup threshold. */
export interface StoreThreadConfig {
  uri: string;
  /** Mark near-duplicates in the store's transaction (--dedup) at this Jaccard. */
  dedupThreshold?: number;
}

/** A group to write, or the last message: close the store (its connection, SQLite's WAL checkpoint). */
export type StoreThreadRequest = { id: number; items: WriteItem[]; summaries: boolean } | { id: number; close: true };
export type StoreThreadResponse =
  | { id: number; ok: true; summaries: (RecordSummary | null)[] }
  | { id: number; ok: true; closed: true }
  | { id: number; ok: false; error: SerializedError }
  | { id: -1; ready: true }
  | { id: -1; ready: false; error: SerializedError };
