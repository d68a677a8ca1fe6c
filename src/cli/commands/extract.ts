import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from '../../errors/index.js';
import { kindFromName, assertInputsExist, readStdin } from '../../sources/read-inputs.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { pipelineConfigFromFlags, pipelineFlagHelp, pipelineFlagOptions, pipelineFlagSchema } from '../pipeline-flags.js';

const Flags = pipelineFlagSchema.extend({
  url: z.string().url().optional(),
  'published-at': z.iso.datetime({ offset: true }).optional(),
  pretty: z.boolean().optional(),
});

function readAll(path: string): Promise<Uint8Array> {
  return path === '-' ? readStdin() : readFile(path);
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'one article in, one JSON record out on stdout',
  usage: [
    'Usage: zhnews extract <file|-> [--url U] [--published-at ISO] [--tokens] [--model M]',
    '',
    'Reads one article (an HTML page or plain text; - for stdin) and prints its record as JSON.',
    '',
    '  --url U            the page\'s own URL (source.url)',
    '  --published-at T   ISO 8601 with offset; overrides any date found in the article',
    '  --pretty           indent the JSON',
    pipelineFlagHelp,
    '',
    'Exit codes: 0 record printed, 65 input unusable as an article, 2 bad usage, 1 other errors.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...pipelineFlagOptions, url: { type: 'string' }, 'published-at': { type: 'string' }, pretty: { type: 'boolean' } },
      Flags,
    );
    if (positionals.length !== 1) throw new UsageError('extract takes exactly one file (or - for stdin)');
    const path = positionals[0]!;
    await assertInputsExist([path]);
    const pipeline = await createPipeline(pipelineConfigFromFlags(values));
    const record = await pipeline.process({
      bytes: await readAll(path),
      kind: path === '-' ? 'auto' : kindFromName(path),
      uri: path === '-' ? null : path,
      url: values.url ?? null,
      publishedAt: values['published-at'] ?? null,
    });
    process.stdout.write(`${JSON.stringify(record, null, values.pretty ? 2 : undefined)}\n`);
    return 0;
  },
};
