import { queueFlagHelp, queueFlagOptions, queueFlagSchema, queueTarget, retryNotice } from '../queue-flags.js';
import { retryFailed } from '../../queue/inspect.js';
import { openQueue } from '../../queue/queue.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { errorLine, logLine } from '../log.js';

export const retryFailedCommand: Command = {
  name: 'retry-failed',
  summary: 'move every failed job back to waiting',
  usage: [
    'Usage: zhnews retry-failed [--redis URL] [--queue NAME]',
    '',
    queueFlagHelp,
    '',
    'Each job gets its full attempts again. A bad article fails again at once.',
  ].join('\n'),
  async run(argv) {
    const { values } = parseCommandArgs(argv, { ...queueFlagOptions }, queueFlagSchema);
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
