/**
 * Where finished articles are written (a queue worker's, or `batch --store`'s): a group of them
 * in one call. Two kinds: a store object in this thread (tests, and stores opened by the caller),
 * or a store thread that parses the records' encoded lines and writes them (./store-thread.ts),
 * so that neither the record nor its rows are built on the main thread, which renews a worker's
 * job locks and feeds a batch's pipeline threads.
 */
import { fingerprint } from '../../dedup/index.js';
import type { EncodedRecord } from '../../pipeline/pool-protocol.js';
import type { NewsRecord } from '../../record/schema.js';
import type { RecordStore, StoreItem } from '../store.js';

/** One finished article: its record as an object, or as the JSONL line its pipeline thread encoded. */
export type WriteItem = { record: NewsRecord; signature?: Uint32Array } | { encoded: EncodedRecord; signature?: Uint32Array };

/** What a job keeps of its record (its return value), taken where the record is an object. */
export interface RecordSummary {
  id: string;
  title: string | null;
  chars: number;
  entities: number;
}

export function summarize(record: NewsRecord): RecordSummary {
  return { id: record.id, title: record.title, chars: record.text.length, entities: record.entities.length };
}

export interface WriteOptions {
  /** Return each encoded item's summary (default true; a queue job returns it). */
  summaries?: boolean;
}

export interface WriteSink {
  /** Whether `write` takes several items at once (one transaction); otherwise it is given one at a time. */
  readonly groups: boolean;
  /**
   * Writes the items, all or none (one transaction). Returns, in order, the summary of each item
   * that came encoded (null for one that came as an object: its caller has it), or nothing when
   * `summaries` is false (a batch keeps none: no object need come back to its main thread).
   */
  write(items: WriteItem[], opts?: WriteOptions): Promise<(RecordSummary | null)[]>;
  close(): Promise<void>;
}

function recordOf(item: WriteItem): NewsRecord {
  if ('record' in item) return item.record;
  return JSON.parse(
    Buffer.from(item.encoded.line.buffer, item.encoded.line.byteOffset, item.encoded.line.byteLength).toString(),
  ) as NewsRecord;
}

/**
 * A store used in this thread. With `putMany`, a group is one transaction; a store with only
 * `put` (a plain or dedup-wrapped one) is written one record at a time.
 */
export function storeSink(store: Pick<RecordStore, 'put'> & Partial<Pick<RecordStore, 'putMany'>>, dedupThreshold?: number): WriteSink {
  const itemOf = (w: WriteItem): StoreItem => {
    const record = recordOf(w);
    if (dedupThreshold === undefined) return { record };
    // A record that came without its fingerprint (an in-process pipeline) is fingerprinted here.
    return { record, dedup: { signature: w.signature ?? fingerprint(record.text), threshold: dedupThreshold } };
  };
  return {
    groups: typeof store.putMany === 'function',
    async write(items, opts) {
      const given = items.map(itemOf);
      if (store.putMany) await store.putMany(given);
      else for (const i of given) await store.put(i.record, i.dedup);
      if (opts?.summaries === false) return [];
      return items.map((w, k) => ('encoded' in w ? summarize(given[k]!.record) : null));
    },
    async close() {},
  };
}
