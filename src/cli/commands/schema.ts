import { recordJsonSchema } from '../../record/schema.js';
import type { Command } from '../command.js';
import { parseOptions, usageText } from '../options.js';

const options = {} as const;

export const schemaCommand: Command = {
  name: 'schema',
  usage: usageText({
    synopsis: ['Usage: zhnews schema'],
    about: ['Prints the JSON Schema (draft 2020-12) of the record, derived from the zod schema.'],
    options,
  }),
  async run(argv) {
    parseOptions(argv, options);
    process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
