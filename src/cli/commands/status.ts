import { z } from 'zod';
import { queueFlagHelp, queueFlagOptions, queueFlagSchema, queueTarget, retryNotice } from '../queue-flags.js';
import { redactRedisUrl } from '../../queue/connection.js';
import { queueStatus, type QueueStatus } from '../../queue/inspect.js';
import { openQueue } from '../../queue/queue.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { errorLine } from '../log.js';

const Flags = queueFlagSchema.extend({ json: z.boolean().optional() });

function render(s: QueueStatus, where: string): string {
  const width = Math.max(...Object.keys(s.counts).map((k) => k.length));
  const lines = [`queue "${s.queue}" at ${where}: ${s.workers} worker${s.workers === 1 ? '' : 's'} connected`];
  for (const [state, n] of Object.entries(s.counts)) lines.push(`  ${state.padEnd(width)}  ${n}`);
  lines.push(`last minute: ${s.lastMinute.completed} completed, ${s.lastMinute.failed} failed (${s.lastMinute.perSecond} articles/s)`);
  const o = s.oldestWaiting;
  lines.push(o ? `oldest waiting: ${o.uri ?? o.id} (job ${o.id.slice(0, 12)}), enqueued ${o.enqueuedAt}, ${o.ageSeconds} s ago` : 'oldest waiting: none');
  return lines.join('\n');
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'queue counts per state, throughput over the last minute, oldest waiting job',
  usage: [
    'Usage: zhnews status [--redis URL] [--queue NAME] [--json]',
    '',
    queueFlagHelp,
    '  --json             one JSON object on stdout instead of the table',
    '',
    'Throughput comes from the per-minute metrics the workers record (BullMQ metrics).',
  ].join('\n'),
  async run(argv) {
    const { values } = parseCommandArgs(argv, { ...queueFlagOptions, json: { type: 'boolean' } }, Flags);
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
