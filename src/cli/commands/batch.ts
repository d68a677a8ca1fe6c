import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { z } from 'zod';
import { exitCodeOf, UsageError } from '../../errors/index.js';
import { readInputs, assertInputsExist } from '../../ingest/sources/read-inputs.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { logLine } from '../log.js';
import { pipelineConfigFromFlags, pipelineFlagHelp, pipelineFlagOptions, pipelineFlagSchema } from '../pipeline-flags.js';

const Flags = pipelineFlagSchema.extend({ out: z.string().min(1) });

export const batchCommand: Command = {
  name: 'batch',
  summary: 'many articles in-process into one dataset (no Redis needed)',
  usage: [
    'Usage: zhnews batch <input...> --out <file.jsonl>',
    '',
    'Inputs: files, folders (recursive), .jsonl files of {"html"|"text", "url"?, "publishedAt"?, "title"?}.',
    'Each article gives one record line in --out, or one line in <out>.failures.jsonl.',
    '',
    '  --out FILE         the dataset (JSONL, one record per line)',
    pipelineFlagHelp,
    '',
    'Exit 0 even when some articles fail; non-zero only when the run cannot proceed.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { ...pipelineFlagOptions, out: { type: 'string' } }, Flags);
    if (positionals.length === 0) throw new UsageError('batch needs at least one input');
    await assertInputsExist(positionals);
    const pipeline = await createPipeline(pipelineConfigFromFlags(values));
    const out = createWriteStream(values.out);
    const failures = createWriteStream(`${values.out}.failures.jsonl`);
    await Promise.all([once(out, 'open'), once(failures, 'open')]);
    let done = 0;
    let failed = 0;
    const t0 = performance.now();
    for await (const item of readInputs(positionals)) {
      if (!item.ok) {
        failed += 1;
        failures.write(`${JSON.stringify({ input: item.uri, reason: item.reason })}\n`);
        continue;
      }
      try {
        const record = await pipeline.process(item.input);
        if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
        done += 1;
      } catch (err) {
        if (exitCodeOf(err) === 1 && !(err instanceof Error)) throw err;
        failed += 1;
        failures.write(`${JSON.stringify({ input: item.input.uri, reason: (err as Error).message })}\n`);
      }
    }
    await Promise.all([new Promise((r) => out.end(r)), new Promise((r) => failures.end(r))]);
    const secs = (performance.now() - t0) / 1000;
    logLine(`batch: ${done} done, ${failed} failed in ${secs.toFixed(1)} s (${(done / Math.max(secs, 1e-3)).toFixed(1)} articles/s) -> ${values.out}`);
    return 0;
  },
};
