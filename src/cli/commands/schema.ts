import { z } from 'zod';
import { recordJsonSchema } from '../../record/schema.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: "print the record's JSON Schema",
  usage: 'Usage: zhnews schema\n\nPrints the JSON Schema (draft 2020-12) of the record, derived from the zod schema.',
  async run(argv) {
    parseCommandArgs(argv, {}, z.object({}).passthrough());
    process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
