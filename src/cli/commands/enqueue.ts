import { z } from 'zod';
import { UsageError } from '../../errors/index.js';
import { queueOptions, queueTarget, retryNotice } from '../queue-flags.js';
import { redactRedisUrl } from '../../queue/redis-url.js';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, DEFAULT_MAX_ARTICLE_BYTES } from '../../queue/defaults.js';
import { ProgressLine } from '../../io/progress-line.js';
import { parseOptions, usageText } from '../options.js';
import type { Command } from '../command.js';
import { errorLine, logLine } from '../log.js';

const options = {
  ...queueOptions,
  attempts: {
    type: 'string',
    arg: 'N',
    schema: z.coerce.number().int().min(1).max(100),
    help: [`tries per article for transient failures (default ${DEFAULT_ATTEMPTS});`, 'a bad article fails at once'],
  },
  backoff: {
    type: 'string',
    arg: 'S',
    schema: z.coerce.number().positive(),
    help: `first retry delay in seconds, doubling each time (default ${DEFAULT_BACKOFF_MS / 1000})`,
  },
  'max-article-bytes': {
    type: 'string',
    arg: 'N',
    schema: z.coerce.number().int().positive(),
    help: [`largest article a job carries (default ${DEFAULT_MAX_ARTICLE_BYTES});`, 'larger ones fail here with a message'],
  },
} as const;

export const enqueueCommand: Command = {
  name: 'enqueue',
  usage: usageText({
    synopsis: ['Usage: zhnews enqueue <input...> [--redis URL] [--queue NAME]'],
    about: [
      'Inputs as for `zhnews batch`: files, folders (recursive), archives, .jsonl, - for stdin.',
      'One job per article, its id the SHA-256 of the raw bytes: an article the queue already',
      'holds (waiting, active, completed or failed) is not added again.',
    ],
    options,
    notes: [
      'Exit 0 even when some articles are refused (they are counted in the summary);',
      'non-zero when an input path does not exist (2) or Redis cannot be reached (1).',
    ],
  }),
  async run(argv) {
    const { values, positionals } = parseOptions(argv, options);
    const { assertInputsExist, readInputs } = await import('../../sources/read-inputs.js');
    const { enqueueItems, openQueue } = await import('../../queue/queue.js');
    if (positionals.length === 0) throw new UsageError('enqueue needs at least one input');
    const { redisUrl, queueName } = queueTarget(values);
    await assertInputsExist(positionals);
    const queue = await openQueue(redisUrl, queueName, retryNotice(redisUrl, errorLine));
    // Redrawn on a terminal at most every 100 ms; nothing off one (the summary says it all).
    const progress = new ProgressLine(process.stderr, { minIntervalMs: 100 });
    const t0 = performance.now();
    try {
      const summary = await enqueueItems(
        queue,
        readInputs(positionals),
        {
          attempts: values.attempts,
          backoffMs: values.backoff === undefined ? undefined : Math.round(values.backoff * 1000),
          maxArticleBytes: values['max-article-bytes'],
        },
        {
          onProgress: (p) => {
            const secs = (performance.now() - t0) / 1000;
            progress.update(
              `enqueue: ${p.added} added, ${p.known} already queued, ${p.failed} refused (${((p.added + p.known) / Math.max(secs, 1e-3)).toFixed(0)} articles/s)`,
            );
          },
          onFailure: (uri, reason) => {
            progress.clear();
            errorLine(`enqueue: ${uri ?? '(stdin)'}: ${reason}`);
          },
        },
      );
      progress.clear();
      const secs = (performance.now() - t0) / 1000;
      const known = Object.entries(summary.knownByState)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ');
      logLine(
        `enqueue: ${summary.added} added, ${summary.known} already queued${known ? ` (${known})` : ''}, ` +
          `${summary.failed} refused in ${secs.toFixed(1)} s -> queue "${queueName}" at ${redactRedisUrl(redisUrl)}`,
      );
      if ((summary.knownByState.failed ?? 0) > 0) logLine('enqueue: failed jobs are not re-added; `zhnews retry-failed` requeues them');
      return 0;
    } finally {
      progress.clear();
      await queue.close();
    }
  },
};
