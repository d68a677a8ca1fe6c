import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { parseStoreUri } from '../store/index.js';
import type { DatasetFormat } from './dataset/index.js';

/** Where a batch's records go: a dataset file, or a store. */
export type BatchTarget =
  | { kind: 'file'; out: string; format: DatasetFormat; bom?: boolean; failures?: string }
  | { kind: 'store'; uri: string; failures?: string };

export interface BatchPaths {
  /** The dataset file (file targets). */
  out: string | null;
  format: DatasetFormat | null;
  bom: boolean;
  /** The store records are put into: the target's, or the work store of a csv/parquet run. */
  storeUri: string | null;
  /** True when storeUri is a work store that becomes `out` at the end and is then removed. */
  workStore: boolean;
  workStoreFiles: string[];
  failures: string;
  journal: string;
}

/**
 * The files beside a batch's output: `<out>.failures.jsonl` and `<out>.journal`; for a
 * store, the same beside its file (`<db>.failures.jsonl`), or in the working folder for
 * PostgreSQL, named after the database. csv and parquet gather records in a SQLite work
 * store, `<out>.work.db`, first (they cannot be appended to line by line).
 */
export function batchPaths(target: BatchTarget): BatchPaths {
  if (target.kind === 'file') {
    const failures = target.failures ?? `${target.out}.failures.jsonl`;
    if (target.format === 'jsonl') {
      return {
        out: target.out,
        format: 'jsonl',
        bom: false,
        storeUri: null,
        workStore: false,
        workStoreFiles: [],
        failures,
        journal: `${target.out}.journal`,
      };
    }
    const db = `${target.out}.work.db`;
    return {
      out: target.out,
      format: target.format,
      bom: target.bom ?? false,
      storeUri: `sqlite:${db}`,
      workStore: true,
      workStoreFiles: [db, `${db}-wal`, `${db}-shm`],
      failures,
      journal: `${target.out}.journal`,
    };
  }
  const loc = parseStoreUri(target.uri);
  let base: string;
  if (loc.kind === 'postgres') {
    const u = new URL(loc.url);
    const db = (u.pathname.replace(/^\//, '') || 'postgres').replace(/[^A-Za-z0-9_.-]/g, '_');
    const tag = createHash('sha256').update(`${u.host}${u.pathname}`).digest('hex').slice(0, 8);
    base = join(process.cwd(), `zhnews-${db}-${tag}`);
  } else {
    base = join(dirname(loc.path), basename(loc.path));
  }
  return {
    out: null,
    format: null,
    bom: false,
    storeUri: target.uri,
    workStore: false,
    workStoreFiles: [],
    failures: target.failures ?? `${base}.failures.jsonl`,
    journal: `${base}.journal`,
  };
}
