import type { NewsRecord } from '../record/schema.js';
import type { EncodedRecord } from './pool-protocol.js';

const DUPLICATE_KEY = Buffer.from('"duplicateOf":');

/**
 * A record as its JSONL line, encoded where it was made (a pipeline thread), into a buffer of
 * its own so that it can be transferred rather than copied. A string value's quotes are always
 * escaped, so `"duplicateOf":` matches the record's own key and nothing inside a value.
 */
export function encodeRecord(record: NewsRecord): EncodedRecord {
  const line = new TextEncoder().encode(`${JSON.stringify(record)}\n`);
  const at = Buffer.from(line.buffer, line.byteOffset, line.byteLength).indexOf(DUPLICATE_KEY);
  return { id: record.id, line, duplicateAt: at < 0 ? -1 : at + DUPLICATE_KEY.length };
}

/**
 * The line with `duplicateOf` set (the sink's near-duplicate mark), without parsing it again:
 * the `null` the thread wrote is replaced by the representative's id.
 */
export function withDuplicateOf(encoded: EncodedRecord, representative: string | null): Buffer {
  const line = Buffer.from(encoded.line.buffer, encoded.line.byteOffset, encoded.line.byteLength);
  if (representative === null) return line;
  if (encoded.duplicateAt < 0) throw new Error(`record ${encoded.id}: no duplicateOf in its encoded line`);
  return Buffer.concat([
    line.subarray(0, encoded.duplicateAt),
    Buffer.from(JSON.stringify(representative)),
    line.subarray(encoded.duplicateAt + 'null'.length),
  ]);
}
