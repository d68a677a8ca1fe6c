import { z } from 'zod';
import { UsageError } from '../../errors/index.js';
import { parseOptions, usageText } from '../options.js';
import type { Command } from '../command.js';
import { logLine } from '../log.js';
import { queueOptions, queueTarget, retryNotice } from '../queue-flags.js';
import { assertStoreExists, storeInOption } from '../store-flags.js';

const options = {
  ...storeInOption,
  port: {
    type: 'string',
    arg: 'N',
    schema: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .refine((n) => n <= 65_535, 'must be at most 65535'),
    help: 'port (default 8080; 0 picks a free one)',
  },
  host: {
    type: 'string',
    arg: 'H',
    schema: z.string().min(1),
    help: 'listen on this address instead of 127.0.0.1 (then a token is required)',
  },
  token: { type: 'string', arg: 'T', schema: z.string().min(8), help: 'a token every request must carry (or ZHNEWS_SERVE_TOKEN)' },
  'allow-actions': {
    type: 'boolean',
    schema: z.boolean(),
    help: 'allow actions on the queue in bull-board, such as retrying failed jobs (read-only otherwise)',
  },
  ...queueOptions,
} as const;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export const serveCommand: Command = {
  name: 'serve',
  usage: usageText({
    synopsis: ['Usage: zhnews serve --store URI [--redis URL] [--queue NAME] [--port N] [--host H] [--token T] [--allow-actions]'],
    about: [
      'A local web viewer: articles (search, filters), each article with its entities highlighted,',
      'organisations (mentions over time, co-mentions), and the queue with --redis.',
    ],
    options,
    notes: ['Runs until SIGINT/SIGTERM. Without --host it listens on 127.0.0.1 only.'],
  }),
  async run(argv) {
    const { values, positionals } = parseOptions(argv, options);
    if (positionals.length > 0) throw new UsageError(`serve takes no inputs (got "${positionals[0]}")`);
    const token = values.token ?? process.env.ZHNEWS_SERVE_TOKEN ?? null;
    const host = values.host ?? '127.0.0.1';
    if (!LOOPBACK.has(host) && !token) throw new UsageError('--host needs a token: --token T or ZHNEWS_SERVE_TOKEN');
    await assertStoreExists(values.store);
    const { openViewerDb } = await import('../../serve/open-store.js');
    const { createViewer } = await import('../../serve/server.js');
    const { db, cleanup } = await openViewerDb(values.store, logLine);
    let queue = null;
    if (values.redis || values.queue || process.env.ZHNEWS_REDIS_URL) {
      const { openQueue } = await import('../../queue/queue.js');
      const { redisUrl, queueName } = queueTarget(values);
      queue = await openQueue(redisUrl, queueName, retryNotice(redisUrl, logLine));
    }
    const server = createViewer({ db, token, allowActions: values['allow-actions'] ?? false, queue, log: logLine });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(values.port ?? 8080, host, () => resolve());
    });
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : values.port;
    logLine(
      `serve: ${await db.count()} articles at http://${host.includes(':') ? `[${host}]` : host}:${port}/${token ? ' (token required)' : ''}`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    server.close();
    await queue?.close();
    await db.close();
    cleanup();
    return 0;
  },
};
