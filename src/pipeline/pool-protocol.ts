import type { RawInput } from '../doc.js';
import type { NewsRecord } from '../record/schema.js';
import type { JobData } from '../queue/job-input.js';

/**
 * What a thread sends back for an article. `record` is the object (structured-cloned: what
 * a store needs); `line` is the record already encoded as its JSONL line, moved to the caller
 * in a transfer list (no copy, no clone), which a file sink writes as is.
 */
export type ResultForm = 'record' | 'line';

/** How the caller wants an article back. */
export interface ResultRequest {
  form: ResultForm;
  /** Also compute the record's MinHash fingerprint (src/dedup) in the thread, for `--dedup`. */
  signature?: boolean;
}

/** A record encoded in its thread: the JSONL line's UTF-8 bytes and where `duplicateOf` sits in them. */
export interface EncodedRecord {
  id: string;
  /** JSON.stringify(record) + "\n", UTF-8. */
  line: Uint8Array;
  /** Byte offset of the `null` of `"duplicateOf":null` in `line` (the only value a sink may change). */
  duplicateAt: number;
}

/** What the thread found in a queue job's data (a job given as JobData). */
export interface JobFacts {
  uri: string | null;
  /** A refused `publishedAt` (one line naming the job), for the worker's log. */
  warning: string | null;
}

/** One article's result, in the form asked for. */
export interface PoolResult {
  record?: NewsRecord;
  encoded?: EncodedRecord;
  signature?: Uint32Array;
  /** Given a job: what its data said. */
  job?: JobFacts;
}

/**
 * Messages between the pool and its worker threads. An article comes decoded (`input`) or as a
 * queue job's data (`job`: parsed, checked and decoded by the thread, src/queue/job-input.ts).
 */
export type PoolRequest = { id: number; want?: ResultRequest } & ({ input: RawInput } | { job: JobData });
export type SerializedError = { name: string; message: string; exitCode: number };
export type PoolResponse =
  | { id: number; ok: true; result: PoolResult }
  | { id: number; ok: false; error: SerializedError; warning?: string | null }
  | { id: -1; ready: true; model: string }
  | { id: -1; ready: false; error: SerializedError };
