import { extname } from 'node:path';
import { UsageError } from '../../errors/index.js';
import { BufferedFile } from '../../io/buffered-file.js';
import { jsonLine } from '../../io/json-line.js';
import type { NewsRecord } from '../../record/schema.js';
import { writeCsv } from './csv.js';
import { writeParquet } from './parquet.js';

export const DATASET_FORMATS = ['jsonl', 'csv', 'parquet'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** `--format`, or else the extension of `--out` (.jsonl, .csv, .parquet). */
export function resolveFormat(out: string, format: string | undefined): DatasetFormat {
  const f = (format ?? extname(out).slice(1)).toLowerCase();
  if ((DATASET_FORMATS as readonly string[]).includes(f)) return f as DatasetFormat;
  if (format) throw new UsageError(`--format must be one of ${DATASET_FORMATS.join(', ')}`);
  throw new UsageError(`cannot tell the format of "${out}" from its extension: add --format ${DATASET_FORMATS.join('|')}`);
}

export async function writeJsonl(records: AsyncIterable<NewsRecord>, path: string): Promise<number> {
  const file = new BufferedFile(path);
  let n = 0;
  try {
    for await (const r of records) {
      file.write(jsonLine(r));
      n += 1;
    }
  } finally {
    file.close();
  }
  return n;
}

/** Writes records as a dataset file (overwriting it); returns how many. */
export async function writeDataset(
  records: AsyncIterable<NewsRecord>,
  path: string,
  format: DatasetFormat,
  opts: { bom?: boolean } = {},
): Promise<number> {
  switch (format) {
    case 'jsonl':
      return writeJsonl(records, path);
    case 'csv':
      return writeCsv(records, path, opts);
    case 'parquet':
      return writeParquet(records, path);
  }
}
