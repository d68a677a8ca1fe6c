/**
 * Records written by earlier versions, brought to today's shape: ids by the source rule
 * (src/pipeline/hash.ts; before 0.2 they hashed the clean text), and the fields added since
 * (keywords, duplicateOf, a date's valueMax) at their empty values. Used when a store is
 * migrated and when old JSONL is read.
 */
import { recordId } from '../pipeline/hash.js';
import type { NewsRecord } from './schema.js';

export function upgradeRecord(old: NewsRecord): NewsRecord {
  const r = old as Partial<NewsRecord> & NewsRecord;
  return {
    ...r,
    id: recordId(r.source),
    dates: r.dates.map((d) => ({ ...d, valueMax: d.valueMax ?? null })),
    script: r.script ?? null,
    keywords: r.keywords ?? [],
    duplicateOf: r.duplicateOf ?? null,
  };
}

/** Whether a record already has today's id (a new store's records always do). */
export const hasSourceId = (r: NewsRecord): boolean => r.id === recordId(r.source);
