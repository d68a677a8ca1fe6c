import { z } from 'zod';
import { queueFlagHelp, queueFlagOptions, queueFlagSchema, queueTarget, retryNotice } from '../queue-flags.js';
import { failedJobs } from '../../queue/inspect.js';
import { openQueue } from '../../queue/queue.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { errorLine, logLine } from '../log.js';

const Flags = queueFlagSchema.extend({
  json: z.boolean().optional(),
  limit: z.coerce.number().int().positive().optional(),
});

export const failedCommand: Command = {
  name: 'failed',
  summary: 'list the queue\'s failed jobs with their reasons',
  usage: [
    'Usage: zhnews failed [--redis URL] [--queue NAME] [--limit N] [--json]',
    '',
    queueFlagHelp,
    '  --limit N          list at most N (newest first; default all)',
    '  --json             one JSON object per line: {id, uri, reason, attempts, failedAt}',
    '',
    'Requeue them with `zhnews retry-failed`.',
  ].join('\n'),
  async run(argv) {
    const { values } = parseCommandArgs(argv, { ...queueFlagOptions, json: { type: 'boolean' }, limit: { type: 'string' } }, Flags);
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
