import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { UsageError } from '../../errors/index.js';
import { resolveFormat } from '../../batch/dataset/index.js';
import { runBatch } from '../../batch/runner.js';
import type { BatchTarget } from '../../batch/paths.js';
import { assertInputsExist } from '../../sources/read-inputs.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { logLine } from '../log.js';
import { pipelineConfigFromFlags, pipelineFlagHelp, pipelineFlagOptions, pipelineFlagSchema } from '../pipeline-flags.js';

const positiveInt = z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).refine((n) => n >= 1, 'must be at least 1');

const Flags = pipelineFlagSchema.extend({
  out: z.string().min(1).optional(),
  format: z.string().optional(),
  store: z.string().min(1).optional(),
  bom: z.boolean().optional(),
  concurrency: positiveInt.optional(),
  resume: z.boolean().optional(),
  limit: positiveInt.optional(),
  failures: z.string().min(1).optional(),
});

export const batchCommand: Command = {
  name: 'batch',
  summary: 'many articles in-process into one dataset or store (no Redis needed)',
  usage: [
    'Usage: zhnews batch <input...> (--out <file> [--format jsonl|csv|parquet] | --store URI)',
    '                    [--concurrency N] [--resume] [--limit N]',
    '',
    'Inputs: files, folders (recursive), .tar, .tar.gz/.tgz, .zip, .warc/.warc.gz, and .jsonl',
    'files of {"html"|"text", "url"?, "publishedAt"?, "title"?}. Each article gives one record,',
    'or one line {input, reason} in <out>.failures.jsonl (beside the store file for --store).',
    '',
    '  --out FILE         the dataset; its format from --format or the extension',
    '  --format F         jsonl (one record per line), csv (FILE + <name>.entities.csv), parquet',
    '  --bom              csv: start the files with a UTF-8 BOM (for spreadsheets)',
    '  --store URI        upsert records into sqlite:path.db, postgres://..., or jsonl:path.jsonl',
    `  --concurrency N    pipeline threads (default: ${availableParallelism()}, the cores here)`,
    '  --resume           continue an interrupted run (even one killed): no article done twice',
    '  --limit N          stop after N articles (--resume later goes on with the rest)',
    '  --failures FILE    where failure lines go (default: beside the output)',
    pipelineFlagHelp,
    '',
    'Archive entries that are symlinks, absolute or ../ paths, zip bombs or over the size cap are',
    'refused one by one (failure lines). Progress goes to stderr: a bar on a TTY, a line every',
    '10 s otherwise. Exit 0 even when some articles fail; non-zero only when the run cannot',
    'proceed (bad usage 2, a missing input 2, an unwritable output 1).',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...pipelineFlagOptions,
      out: { type: 'string' }, format: { type: 'string' }, store: { type: 'string' }, bom: { type: 'boolean' },
      concurrency: { type: 'string' }, resume: { type: 'boolean' }, limit: { type: 'string' }, failures: { type: 'string' },
    }, Flags);
    if (positionals.length === 0) throw new UsageError('batch needs at least one input');
    if (!values.out === !values.store) throw new UsageError('batch needs exactly one of --out FILE or --store URI');
    if (values.store && values.format) throw new UsageError('--format goes with --out, not --store');
    const target: BatchTarget = values.out
      ? { kind: 'file', out: values.out, format: resolveFormat(values.out, values.format), bom: values.bom, failures: values.failures }
      : { kind: 'store', uri: values.store!, failures: values.failures };
    await assertInputsExist(positionals);

    const stop = new AbortController();
    const onSignal = () => {
      logLine('batch: stopping after the articles in flight (rerun with --resume to continue)');
      stop.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const s = await runBatch({
        inputs: positionals,
        target,
        concurrency: values.concurrency,
        resume: values.resume,
        limit: values.limit,
        config: pipelineConfigFromFlags(values),
        signal: stop.signal,
        // Plain progress lines every 10 s when stderr is not a terminal (ZHNEWS_PROGRESS_MS to change).
        progressIntervalMs: Number(process.env.ZHNEWS_PROGRESS_MS) > 0 ? Number(process.env.ZHNEWS_PROGRESS_MS) : undefined,
      });
      const rate = (s.done + s.failed) / Math.max(s.seconds, 1e-3);
      logLine(`batch: ${s.done} done, ${s.skipped} skipped, ${s.failed} failed in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s) -> ${s.output}`);
      if (s.failed > 0) logLine(`batch: failures (input, reason) in ${s.failuresPath}`);
      if (s.limitHit) logLine(`batch: stopped at --limit ${values.limit}; --resume goes on with the rest`);
      if (s.interrupted) {
        logLine('batch: interrupted; rerun the same command with --resume to continue');
        return 130;
      }
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
