import { z } from 'zod';
import { existsSync } from 'node:fs';
import { UsageError } from '../../errors/index.js';
import { parseOptions, usageText } from '../options.js';
import type { Command } from '../command.js';
import { logLine } from '../log.js';

const options = {
  store: {
    type: 'string',
    arg: 'URI',
    required: true,
    schema: z.string().min(1),
    help: 'sqlite:path.db, postgres://..., or jsonl:path.jsonl',
  },
  out: {
    type: 'string',
    arg: 'FILE',
    required: true,
    schema: z.string().min(1),
    help: 'the dataset (overwritten); its format from --format or the extension',
  },
  format: {
    type: 'string',
    arg: 'F',
    schema: z.string(),
    help: [
      'jsonl: one record per line; csv: FILE (one row per article) and',
      '<name>.entities.csv (one row per entity, figure and date, keyed by',
      'article id); parquet: the nested record (lists of structs)',
    ],
  },
  bom: { type: 'boolean', schema: z.boolean(), help: 'csv: start the files with a UTF-8 BOM (for spreadsheets)' },
} as const;

export const exportCommand: Command = {
  name: 'export',
  usage: usageText({
    synopsis: ['Usage: zhnews export --store URI --out <file> [--format jsonl|csv|parquet] [--bom]'],
    options,
    notes: ['An empty store gives an empty dataset (headers only for csv) and exit 0.'],
  }),
  async run(argv) {
    const { values, positionals } = parseOptions(argv, options);
    const { resolveFormat, writeDataset } = await import('../../batch/dataset/index.js');
    const { entitiesCsvPath } = await import('../../batch/dataset/csv.js');
    const { openStore, storeFile } = await import('../../store/index.js');
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
