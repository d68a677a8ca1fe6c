import { queueOptions, queueTarget, retryNotice } from '../queue-flags.js';
import { parseOptions, usageText } from '../options.js';
import type { Command } from '../command.js';
import { errorLine, logLine } from '../log.js';

export const retryFailedCommand: Command = {
  name: 'retry-failed',
  usage: usageText({
    synopsis: ['Usage: zhnews retry-failed [--redis URL] [--queue NAME]'],
    options: queueOptions,
    notes: ['Each job gets its full attempts again. A bad article fails again at once.'],
  }),
  async run(argv) {
    const { values } = parseOptions(argv, queueOptions);
    const { retryFailed } = await import('../../queue/inspect.js');
    const { openQueue } = await import('../../queue/queue.js');
    const { redisUrl, queueName } = queueTarget(values);
    const queue = await openQueue(redisUrl, queueName, retryNotice(redisUrl, errorLine));
    try {
      const n = await retryFailed(queue);
      logLine(`retry-failed: ${n} failed job${n === 1 ? '' : 's'} moved back to waiting in queue "${queueName}"`);
      return 0;
    } finally {
      await queue.close();
    }
  },
};
