import type { SerializedError } from '../pipeline/pool-protocol.js';
import type { WriteItem, RecordSummary } from './write-sink.js';

/** What the store thread opens: a store URI of the contract, and the worker's --dedup threshold. */
export interface StoreThreadConfig {
  uri: string;
  /** Mark near-duplicates in the store's transaction (worker --dedup) at this Jaccard. */
  dedupThreshold?: number;
}

export type StoreThreadRequest = { id: number; items: WriteItem[] };
export type StoreThreadResponse =
  | { id: number; ok: true; summaries: (RecordSummary | null)[] }
  | { id: number; ok: false; error: SerializedError }
  | { id: -1; ready: true }
  | { id: -1; ready: false; error: SerializedError };
