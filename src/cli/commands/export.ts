import { z } from 'zod';
import { UsageError } from '../../errors/index.js';
import { parseOptions, usageText } from '../options.js';
import type { Command } from '../command.js';
import { logLine } from '../log.js';
import { openExistingStore, storeInOption } from '../store-flags.js';
import type { NewsRecord } from '../../record/schema.js';

const options = {
  ...storeInOption,
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
  dedup: {
    type: 'string',
    arg: '[keep|mark]',
    schema: z.enum(['keep', 'mark']),
    help: [
      'near-duplicates: keep one record per cluster (keep, the default), or write all',
      'with duplicateOf set (mark); representative: earliest publishedAt, then longest text',
    ],
  },
  'dedup-threshold': {
    type: 'string',
    arg: 'J',
    schema: z.coerce.number().gt(0).max(1),
    help: 'estimated Jaccard at or over which two texts are one story (default 0.8)',
  },
} as const;

/** `--dedup` takes an optional value: alone (or before another flag) it means keep. */
function withDedupValue(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    out.push(argv[i]!);
    if (argv[i] === '--dedup' && !['keep', 'mark'].includes(argv[i + 1] ?? '')) out.push('keep');
  }
  return out;
}

async function* marked(
  records: AsyncIterable<NewsRecord>,
  reps: Map<string, string | null>,
  mode: 'keep' | 'mark',
): AsyncIterable<NewsRecord> {
  for await (const r of records) {
    const duplicateOf = reps.get(r.id) ?? null;
    if (mode === 'keep' && duplicateOf) continue;
    yield { ...r, duplicateOf };
  }
}

export const exportCommand: Command = {
  name: 'export',
  usage: usageText({
    synopsis: [
      'Usage: zhnews export --store URI --out <file> [--format jsonl|csv|parquet] [--bom]',
      '                     [--dedup [keep|mark] [--dedup-threshold J]]',
    ],
    options,
    notes: ['An empty store gives an empty dataset (headers only for csv) and exit 0.'],
  }),
  async run(argv) {
    const { values, positionals } = parseOptions(withDedupValue(argv), options);
    const { resolveFormat, writeDataset } = await import('../../batch/dataset/index.js');
    const { entitiesCsvPath } = await import('../../batch/dataset/csv.js');
    if (positionals.length > 0) throw new UsageError(`export takes no inputs (got "${positionals[0]}")`);
    const format = resolveFormat(values.out, values.format);
    if (values['dedup-threshold'] !== undefined && !values.dedup) throw new UsageError('--dedup-threshold goes with --dedup');
    const store = await openExistingStore(values.store);
    try {
      const t0 = performance.now();
      let records: AsyncIterable<NewsRecord> = store.records();
      if (values.dedup) {
        const { exportClusters, describeSizes } = await import('../../dedup/export-clusters.js');
        const { DEDUP } = await import('../../dedup/settings.js');
        const clusters = await exportClusters(store.records(), values['dedup-threshold'] ?? DEDUP.threshold);
        const n = [...clusters.sizes.values()].reduce((a, b) => a + b, 0);
        logLine(`export: ${clusters.representativeOf.size} records in ${n} clusters (size×count: ${describeSizes(clusters.sizes)})`);
        records = marked(store.records(), clusters.representativeOf, values.dedup);
      }
      const n = await writeDataset(records, values.out, format, { bom: values.bom });
      const also = format === 'csv' ? ` and ${entitiesCsvPath(values.out)}` : '';
      logLine(`export: ${n} records in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${values.out}${also}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
