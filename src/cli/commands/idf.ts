import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { UsageError } from '../../errors/index.js';
import { parseOptions, usageText } from '../options.js';
import type { Command } from '../command.js';
import { logLine } from '../log.js';
import { openExistingStore, storeInOption } from '../store-flags.js';

const options = {
  ...storeInOption,
  out: { type: 'string', arg: 'FILE', required: true, schema: z.string().min(1), help: 'the table, `word idf` per line (overwritten)' },
} as const;

export const idfCommand: Command = {
  name: 'idf',
  usage: usageText({
    synopsis: ['Usage: zhnews idf --store URI --out idf.txt'],
    about: [
      "An IDF table from the stored articles' texts, for keywords that fit your own corpus:",
      'pass it as --idf idf.txt to extract, batch and worker.',
    ],
    options,
    notes: ['Words found in only one article are left out. An empty store is refused (exit 2).'],
  }),
  async run(argv) {
    const { values, positionals } = parseOptions(argv, options);
    if (positionals.length > 0) throw new UsageError(`idf takes no inputs (got "${positionals[0]}")`);
    const { buildIdf } = await import('../../extract/keywords/build-idf.js');
    const { createSegmenter } = await import('../../extract/segment/index.js');
    const store = await openExistingStore(values.store);
    try {
      if ((await store.count()) === 0) throw new UsageError(`the store holds no articles: ${values.store}`);
      const t0 = performance.now();
      async function* texts() {
        for await (const r of store.records()) yield r.text;
      }
      const built = await buildIdf(texts(), createSegmenter());
      writeFileSync(values.out, built.table);
      logLine(
        `idf: ${built.words} words from ${built.documents} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${values.out}`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
