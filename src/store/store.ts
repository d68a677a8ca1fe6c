import type { NewsRecord } from '../record/schema.js';

/**
 * Where records go. Every implementation upserts by record id, so writing the same
 * article twice leaves one record (what makes queue retries and batch resumes safe).
 */
export interface RecordStore {
  /** Insert or replace the record with this id. */
  put(record: NewsRecord): Promise<void>;
  /** Whether a record with this id is stored. */
  has(id: string): Promise<boolean>;
  /** Every stored record, streamed in a stable order. */
  records(): AsyncIterable<NewsRecord>;
  count(): Promise<number>;
  close(): Promise<void>;
}
