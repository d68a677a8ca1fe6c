import { z } from 'zod';
import { queueOptions, queueTarget, retryNotice } from '../queue-flags.js';
import { redactRedisUrl } from '../../queue/redis-url.js';
import type { QueueStatus } from '../../queue/inspect.js';
import { parseOptions, usageText } from '../options.js';
import type { Command } from '../command.js';
import { errorLine } from '../log.js';

const options = {
  ...queueOptions,
  json: { type: 'boolean', schema: z.boolean(), help: 'one JSON object on stdout instead of the table' },
} as const;

function render(s: QueueStatus, where: string): string {
  const width = Math.max(...Object.keys(s.counts).map((k) => k.length));
  const lines = [`queue "${s.queue}" at ${where}: ${s.workers} worker${s.workers === 1 ? '' : 's'} connected`];
  for (const [state, n] of Object.entries(s.counts)) lines.push(`  ${state.padEnd(width)}  ${n}`);
  lines.push(`last minute: ${s.lastMinute.completed} completed, ${s.lastMinute.failed} failed (${s.lastMinute.perSecond} articles/s)`);
  const o = s.oldestWaiting;
  lines.push(
    o
      ? `oldest waiting: ${o.uri ?? o.id} (job ${o.id.slice(0, 12)}), enqueued ${o.enqueuedAt}, ${o.ageSeconds} s ago`
      : 'oldest waiting: none',
  );
  return lines.join('\n');
}

export const statusCommand: Command = {
  name: 'status',
  usage: usageText({
    synopsis: ['Usage: zhnews status [--redis URL] [--queue NAME] [--json]'],
    options,
    notes: ['Throughput comes from the per-minute metrics the workers record (BullMQ metrics).'],
  }),
  async run(argv) {
    const { values } = parseOptions(argv, options);
    const { queueStatus } = await import('../../queue/inspect.js');
    const { openQueue } = await import('../../queue/queue.js');
    const { redisUrl, queueName } = queueTarget(values);
    const queue = await openQueue(redisUrl, queueName, retryNotice(redisUrl, errorLine));
    try {
      const s = await queueStatus(queue);
      process.stdout.write(`${values.json ? JSON.stringify(s) : render(s, redactRedisUrl(redisUrl))}\n`);
      return 0;
    } finally {
      await queue.close();
    }
  },
};
