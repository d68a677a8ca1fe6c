/**
 * Runs inside the client namespace (the orchestrator's own namespace cannot reach the bridge):
 * one JSON line of queue counts a second on stdout, `null` while Redis is away, until stdin
 * closes or a signal comes.
 *
 * node dist-tools/cluster/probe.js --redis URL --queue NAME
 */
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { queueCounts, sleep } from '../harness/counts.js';

const { values } = parseArgs({ options: { redis: { type: 'string' }, queue: { type: 'string' } } });
const queue = new Queue(values.queue!, {
  connection: { url: values.redis!, maxRetriesPerRequest: null, retryStrategy: (t: number) => Math.min(t * 200, 1000) },
});
queue.on('error', () => {});
let running = true;
const stop = () => {
  running = false;
};
process.stdin.on('end', stop).resume();
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
while (running) {
  process.stdout.write(`${JSON.stringify(await queueCounts(queue))}\n`);
  await sleep(1000);
}
await queue.close();
process.exit(0);
