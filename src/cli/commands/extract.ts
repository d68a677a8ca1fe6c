import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from '../../errors/index.js';
import type { Command } from '../command.js';
import { parseOptions, usageText } from '../options.js';
import { pipelineConfigFromFlags, pipelineOptions } from '../pipeline-flags.js';

const options = {
  url: { type: 'string', arg: 'U', schema: z.string().url(), help: "the page's own URL (source.url)" },
  'published-at': {
    type: 'string',
    arg: 'T',
    schema: z.iso.datetime({ offset: true }),
    help: 'ISO 8601 with offset; overrides any date found in the article',
  },
  pretty: { type: 'boolean', schema: z.boolean(), help: 'indent the JSON' },
  ...pipelineOptions,
} as const;

export const extractCommand: Command = {
  name: 'extract',
  usage: usageText({
    synopsis: ['Usage: zhnews extract <file|-> [--url U] [--published-at ISO] [--tokens] [--model M]'],
    about: ['Reads one article (an HTML page or plain text; - for stdin) and prints its record as JSON.'],
    options,
    notes: [
      'Exit codes: 0 record printed, 65 input unusable as an article, 2 bad usage (a folder is',
      'bad usage: use `zhnews batch`), 1 other errors.',
    ],
  }),
  async run(argv) {
    const { values, positionals } = parseOptions(argv, options);
    if (positionals.length !== 1) throw new UsageError('extract takes exactly one file (or - for stdin)');
    const path = positionals[0]!;
    const { assertInputsExist, kindFromName, readArticleFile } = await import('../../sources/read-inputs.js');
    await assertInputsExist([path]);
    if (path !== '-' && (await stat(path)).isDirectory())
      throw new UsageError(`${path} is a folder: extract takes one article (use \`zhnews batch ${path} --out FILE\`)`);
    const { createPipeline } = await import('../../pipeline/pipeline.js');
    const pipeline = await createPipeline(pipelineConfigFromFlags(values));
    const record = await pipeline.process({
      bytes: await readArticleFile(path),
      kind: path === '-' ? 'auto' : kindFromName(path),
      uri: path === '-' ? null : path,
      url: values.url ?? null,
      publishedAt: values['published-at'] ?? null,
    });
    process.stdout.write(`${JSON.stringify(record, null, values.pretty ? 2 : undefined)}\n`);
    return 0;
  },
};
