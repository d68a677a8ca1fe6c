import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { queueOptions, queueTarget } from '../queue-flags.js';
import { redactRedisUrl } from '../../queue/redis-url.js';
import {
  DEFAULT_LOCK_DURATION_MS,
  DEFAULT_MAX_STALLED_COUNT,
  DEFAULT_SHUTDOWN_TIMEOUT_MS,
  DEFAULT_STALLED_INTERVAL_MS,
  DEFAULT_STORE,
} from '../../queue/defaults.js';
import { parseOptions, seconds, usageText } from '../options.js';
import type { Command } from '../command.js';
import { logLine } from '../log.js';
import { dedupFromFlags, dedupOptions, pipelineConfigFromFlags, pipelineOptions } from '../pipeline-flags.js';

const options = {
  ...queueOptions,
  ...dedupOptions,
  concurrency: {
    type: 'string',
    arg: 'N',
    schema: z.coerce.number().int().min(1).max(256),
    help: ['articles at once, each on its own pipeline thread', `(default: ${availableParallelism()}, the cores here; one core each)`],
  },
  store: {
    type: 'string',
    arg: 'URI',
    schema: z.string().min(1),
    help: [
      `where records go: sqlite:path.db, postgres://..., jsonl:path (default ${DEFAULT_STORE});`,
      'records are upserted by id, so an article processed twice is stored once',
    ],
  },
  'shutdown-timeout': {
    type: 'string',
    arg: 'S',
    schema: seconds,
    help: [
      'on SIGTERM/SIGINT, how long running articles may take to finish before they',
      `are handed back to the queue (default ${DEFAULT_SHUTDOWN_TIMEOUT_MS / 1000}); a second signal hands back at once`,
    ],
  },
  'lock-duration': {
    type: 'string',
    arg: 'S',
    schema: seconds,
    help: `BullMQ job lock (default ${DEFAULT_LOCK_DURATION_MS / 1000}); a killed worker's jobs come back after it`,
  },
  'stalled-interval': {
    type: 'string',
    arg: 'S',
    schema: seconds,
    help: `how often this worker looks for stalled jobs (default ${DEFAULT_STALLED_INTERVAL_MS / 1000})`,
  },
  'max-stalled': {
    type: 'string',
    arg: 'N',
    schema: z.coerce.number().int().min(0),
    help: `times a job may come back from a dead worker before it fails (default ${DEFAULT_MAX_STALLED_COUNT})`,
  },
  ...pipelineOptions,
} as const;

export const workerCommand: Command = {
  name: 'worker',
  usage: usageText({
    synopsis: ['Usage: zhnews worker [--redis URL] [--queue NAME] [--concurrency N] [--store URI] [--dedup [--dedup-threshold J]]'],
    options,
    notes: [
      'Bad articles fail at once with their reason (`zhnews failed`); other errors are retried',
      'with exponential backoff as set by `zhnews enqueue --attempts/--backoff`. While the store',
      'is unavailable the worker takes no new jobs and retries the writes it holds.',
      'Exit 0 after a SIGTERM/SIGINT shutdown; 1 when the store or the pipeline cannot start.',
    ],
  }),
  async run(argv) {
    const { values } = parseOptions(argv, options);
    const { createPipelinePool } = await import('../../pipeline/pool.js');
    const { startQueueWorker } = await import('../../queue/worker.js');
    const { openStore, withDedup, parseStoreUri } = await import('../../store/index.js');
    const { redisUrl, queueName } = queueTarget(values);
    const concurrency = values.concurrency ?? availableParallelism();
    const storeUri = values.store ?? DEFAULT_STORE;
    const shutdownTimeoutMs = values['shutdown-timeout'] ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
    const log = (line: string) => logLine(`worker[${process.pid}]: ${line}`);

    // Signals that arrive while starting up still stop the worker once it is up.
    let signalled: NodeJS.Signals | null = null;
    let onSignal: (sig: NodeJS.Signals) => void = (sig) => {
      signalled = sig;
    };
    const handler = (sig: NodeJS.Signals) => onSignal(sig);
    process.on('SIGTERM', handler);
    process.on('SIGINT', handler);

    const dedup = dedupFromFlags(values);
    const opened = await openStore(storeUri);
    const store = dedup ? withDedup(opened, dedup.threshold) : opened;
    let pool;
    try {
      pool = await createPipelinePool({ threads: concurrency, config: pipelineConfigFromFlags(values) });
    } catch (err) {
      await store.close();
      throw err;
    }
    const t0 = performance.now();
    try {
      const qw = startQueueWorker(
        { pipeline: pool, store },
        {
          redisUrl,
          queueName,
          concurrency,
          lockDurationMs: values['lock-duration'],
          stalledIntervalMs: values['stalled-interval'],
          maxStalledCount: values['max-stalled'],
          log,
          // SQLite and PostgreSQL are written from a thread of their own (records arrive encoded).
          storeThread: parseStoreUri(storeUri).kind === 'jsonl' ? undefined : { uri: storeUri, dedupThreshold: dedup?.threshold },
        },
      );
      const stopped = new Promise<NodeJS.Signals>((resolve) => {
        onSignal = (sig) => {
          if (signalled) {
            log(`${sig} again: handing running articles back to the queue now`);
            qw.handBackNow();
            return;
          }
          signalled = sig;
          resolve(sig);
        };
        if (signalled) resolve(signalled);
      });
      // Redis may not be up yet: the worker keeps trying, and a signal still stops it meanwhile.
      await Promise.race([qw.ready, stopped]);
      if (!signalled)
        log(
          `ready: queue "${queueName}" at ${redactRedisUrl(redisUrl)}, concurrency ${concurrency}, model ${pool.model}, store ${storeUri}`,
        );
      const sig = await stopped;
      log(`${sig}: taking no more jobs; waiting up to ${shutdownTimeoutMs / 1000} s for ${qw.running} running`);
      const result = await qw.stop(shutdownTimeoutMs);
      if (result.handedBack > 0) log(`handed ${result.handedBack} running article(s) back to the queue`);
      const secs = (performance.now() - t0) / 1000;
      const s = qw.stats;
      log(
        `stopped after ${secs.toFixed(1)} s: ${s.completed} completed, ${s.failed} failed, ${s.retried} retried, ${s.stalled} stalled jobs recovered, ${s.handedBack} handed back`,
      );
      return 0;
    } finally {
      await pool.close();
      await store.close();
      process.off('SIGTERM', handler);
      process.off('SIGINT', handler);
      // Whatever still holds the event loop open after a clean shutdown must not keep the process.
      setTimeout(() => process.exit(process.exitCode ?? 0), 3000).unref();
    }
  },
};
