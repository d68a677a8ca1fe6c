import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { UsageError } from '../../errors/index.js';
import type { BatchTarget } from '../../batch/paths.js';
import { parseOptions, usageText, wholeNumber } from '../options.js';
import type { Command } from '../command.js';
import { logLine } from '../log.js';
import { dedupFromFlags, dedupOptions, pipelineConfigFromFlags, pipelineOptions } from '../pipeline-flags.js';

const options = {
  out: { type: 'string', arg: 'FILE', schema: z.string().min(1), help: 'the dataset; its format from --format or the extension' },
  format: { type: 'string', arg: 'F', schema: z.string(), help: 'jsonl (one record per line), csv (FILE + <name>.entities.csv), parquet' },
  bom: { type: 'boolean', schema: z.boolean(), help: 'csv: start the files with a UTF-8 BOM (for spreadsheets)' },
  store: {
    type: 'string',
    arg: 'URI',
    schema: z.string().min(1),
    help: 'upsert records into sqlite:path.db, postgres://..., or jsonl:path.jsonl',
  },
  concurrency: {
    type: 'string',
    arg: 'N',
    schema: wholeNumber,
    help: `pipeline threads (default: ${availableParallelism()}, the cores here)`,
  },
  resume: { type: 'boolean', schema: z.boolean(), help: 'continue an interrupted run (even one killed): no article done twice' },
  limit: { type: 'string', arg: 'N', schema: wholeNumber, help: 'stop after N articles (--resume later goes on with the rest)' },
  failures: { type: 'string', arg: 'FILE', schema: z.string().min(1), help: 'where failure lines go (default: beside the output)' },
  ...dedupOptions,
  ...pipelineOptions,
} as const;

export const batchCommand: Command = {
  name: 'batch',
  usage: usageText({
    synopsis: [
      'Usage: zhnews batch <input...> (--out <file> [--format jsonl|csv|parquet] | --store URI)',
      '                    [--concurrency N] [--resume] [--limit N] [--dedup [--dedup-threshold J]]',
    ],
    about: [
      'Inputs: files, folders (recursive), .tar, .tar.gz/.tgz, .zip, .warc/.warc.gz, and .jsonl',
      'files of {"html"|"text", "url"?, "publishedAt"?, "title"?}. Each article gives one record,',
      'or one line {input, reason} in <out>.failures.jsonl (beside the store file for --store).',
    ],
    options,
    notes: [
      'Archive entries that are symlinks, absolute or ../ paths, zip bombs or over the size cap are',
      'refused one by one (failure lines). Progress goes to stderr: a bar on a TTY, a line every',
      '10 s otherwise. Exit 0 even when some articles fail; non-zero only when the run cannot',
      'proceed (bad usage 2, a missing input 2, an unwritable output 1, an output another batch',
      'run is writing 1).',
    ],
  }),
  async run(argv) {
    const { values, positionals } = parseOptions(argv, options);
    const { resolveFormat } = await import('../../batch/dataset/index.js');
    if (positionals.length === 0) throw new UsageError('batch needs at least one input');
    if (!values.out === !values.store) throw new UsageError('batch needs exactly one of --out FILE or --store URI');
    if (values.store && values.format) throw new UsageError('--format goes with --out, not --store');
    const dedup = dedupFromFlags(values);
    const target: BatchTarget = values.out
      ? { kind: 'file', out: values.out, format: resolveFormat(values.out, values.format), bom: values.bom, failures: values.failures }
      : { kind: 'store', uri: values.store!, failures: values.failures };
    const { assertInputsExist } = await import('../../sources/read-inputs.js');
    const { runBatch } = await import('../../batch/runner.js');
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
        dedup,
        signal: stop.signal,
        // Plain progress lines every 10 s when stderr is not a terminal (ZHNEWS_PROGRESS_MS to change).
        progressIntervalMs: Number(process.env.ZHNEWS_PROGRESS_MS) > 0 ? Number(process.env.ZHNEWS_PROGRESS_MS) : undefined,
      });
      const rate = (s.done + s.failed) / Math.max(s.seconds, 1e-3);
      logLine(
        `batch: ${s.done} done, ${s.skipped} skipped, ${s.failed} failed in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s) -> ${s.output}`,
      );
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
