import { z } from 'zod';
import { resolveFormat, writeDataset } from '../../batch/dataset/index.js';
import { entitiesCsvPath } from '../../batch/dataset/csv.js';
import { openStore, storeFile } from '../../store/index.js';
import { existsSync } from 'node:fs';
import { UsageError } from '../../errors/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { logLine } from '../log.js';

const Flags = z.object({
  store: z.string().min(1),
  out: z.string().min(1),
  format: z.string().optional(),
  bom: z.boolean().optional(),
});

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the stored records as a dataset (jsonl, csv, parquet)',
  usage: [
    'Usage: zhnews export --store URI --out <file> [--format jsonl|csv|parquet] [--bom]',
    '',
    '  --store URI        sqlite:path.db, postgres://..., or jsonl:path.jsonl',
    '  --out FILE         the dataset (overwritten); its format from --format or the extension',
    '  --format F         jsonl: one record per line; csv: FILE (one row per article) and',
    '                     <name>.entities.csv (one row per entity, figure and date, keyed by',
    '                     article id); parquet: the nested record (lists of structs)',
    '  --bom              csv: start the files with a UTF-8 BOM (for spreadsheets)',
    '',
    'An empty store gives an empty dataset (headers only for csv) and exit 0.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      store: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, bom: { type: 'boolean' },
    }, Flags);
    if (positionals.length > 0) throw new UsageError(`export takes no inputs (got "${positionals[0]}")`);
    const format = resolveFormat(values.out, values.format);
    const file = storeFile(values.store);
    if (file && !existsSync(file)) throw new UsageError(`no such store: ${file}`);
    const store = await openStore(values.store);
    try {
      const t0 = performance.now();
      const n = await writeDataset(store.records(), values.out, format, { bom: values.bom });
      const also = format === 'csv' ? ` and ${entitiesCsvPath(values.out)}` : '';
      logLine(`export: ${n} records in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${values.out}${also}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
