import { z } from 'zod';
import { queueOptions, queueTarget, retryNotice } from '../queue-flags.js';
import { parseOptions, usageText } from '../options.js';
import type { Command } from '../command.js';
import { errorLine, logLine } from '../log.js';

const options = {
  ...queueOptions,
  limit: { type: 'string', arg: 'N', schema: z.coerce.number().int().positive(), help: 'list at most N (newest first; default all)' },
  json: { type: 'boolean', schema: z.boolean(), help: 'one JSON object per line: {id, uri, reason, attempts, failedAt}' },
} as const;

export const failedCommand: Command = {
  name: 'failed',
  usage: usageText({
    synopsis: ['Usage: zhnews failed [--redis URL] [--queue NAME] [--limit N] [--json]'],
    options,
    notes: ['Requeue them with `zhnews retry-failed`.'],
  }),
  async run(argv) {
    const { values } = parseOptions(argv, options);
    const { failedJobs } = await import('../../queue/inspect.js');
    const { openQueue } = await import('../../queue/queue.js');
    const { redisUrl, queueName } = queueTarget(values);
    const queue = await openQueue(redisUrl, queueName, retryNotice(redisUrl, errorLine));
    try {
      let n = 0;
      for await (const f of failedJobs(queue, values.limit ?? Infinity)) {
        n += 1;
        const line = values.json
          ? JSON.stringify(f)
          : `${f.uri ?? f.id}\t${f.reason}\t(job ${f.id.slice(0, 12)}, ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}, ${f.failedAt ?? '?'})`;
        process.stdout.write(`${line}\n`);
      }
      const total = await queue.getFailedCount();
      logLine(`failed: ${total} failed job${total === 1 ? '' : 's'} in queue "${queueName}"${n < total ? ` (${n} listed)` : ''}`);
      return 0;
    } finally {
      await queue.close();
    }
  },
};
