import type { RawInput } from '../doc.js';
import type { NewsRecord } from '../record/schema.js';

/** Messages between the pool and its worker threads. */
export type PoolRequest = { id: number; input: RawInput };
export type SerializedError = { name: string; message: string; exitCode: number };
export type PoolResponse =
  | { id: number; ok: true; record: NewsRecord }
  | { id: number; ok: false; error: SerializedError }
  | { id: -1; ready: true; model: string }
  | { id: -1; ready: false; error: SerializedError };
