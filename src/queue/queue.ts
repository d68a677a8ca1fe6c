/**
 * The producer side: opens the BullMQ queue and turns source items into article jobs.
 */
import type { JobsOptions, Queue } from 'bullmq';
import { ArticleJobQueue } from './article-job.js';
import type { SourceItem } from '../sources/source-item.js';
import { Cluster } from 'ioredis';
import { CLUSTER_PREFIX, DEFAULT_PREFIX, queueConnection, type ConnectionSettings } from './connection.js';
import { UsageError } from '../errors/usage-error.js';
import {
  ARTICLE_JOB_NAME,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_MAX_ARTICLE_BYTES,
  KEEP_COMPLETED,
  KEEP_FAILED,
} from './defaults.js';
import { RedisUnavailableError } from '../errors/redis-unavailable-error.js';
import { encodeArticle, payloadSizeLimit, type ArticlePayload, type EncodedArticle } from './payload.js';

export type ArticleQueue = Queue<ArticlePayload>;

/** Opens the queue and waits until Redis answers (RedisUnavailableError if it never does). */
export async function openQueue(redisUrl: string, queueName: string, settings: Partial<ConnectionSettings> = {}): Promise<ArticleQueue> {
  // ArticleJobQueue: status and failed must still list a job whose data is not JSON.
  const { connection, prefix } = queueConnection(redisUrl, { role: 'client', ...settings });
  const q = new ArticleJobQueue<ArticlePayload>(queueName, { connection, prefix });
  if (connection instanceof Cluster) q.owned = connection;
  const queue: ArticleQueue = q;
  // Without a listener an 'error' event would throw; failures surface through the awaited calls.
  queue.on('error', () => {});
  try {
    await queue.waitUntilReady();
  } catch (err) {
    await queue.close().catch(() => {});
    throw new RedisUnavailableError(redisUrl, err);
  }
  if (connection instanceof Cluster && prefix === CLUSTER_PREFIX) await refuseOldPrefix(queue, connection, queueName);
  return queue;
}

/**
 * On a cluster the queue lives under the hash-tagged prefix. A queue of the same name under
 * BullMQ's default prefix (made before, on one node) would be silently ignored: refused instead.
 */
async function refuseOldPrefix(queue: ArticleQueue, cluster: Cluster, name: string): Promise<void> {
  // Two keys of the old layout, one at a time: they may live in different slots.
  const old = (await cluster.exists(`${DEFAULT_PREFIX}:${name}:meta`)) + (await cluster.exists(`${DEFAULT_PREFIX}:${name}:id`));
  if (old > 0) {
    await queue.close();
    throw new UsageError(
      `queue "${name}" exists under the prefix "${DEFAULT_PREFIX}", which a cluster cannot use; drain it first (zhnews worker with --redis redis://<one node>), or use another --queue name`,
    );
  }
}

export interface EnqueueOptions {
  /** Attempts per job in all (the first try included); transient failures only. */
  attempts?: number;
  /** First retry delay in ms; doubles each time. */
  backoffMs?: number;
  /** Largest raw article carried by a job. */
  maxArticleBytes?: number;
  /** Jobs added per round trip. */
  chunkSize?: number;
}

export interface EnqueueProgress {
  /** New jobs added. */
  added: number;
  /** Articles whose job the queue already holds (same bytes), by state: nothing added. */
  known: number;
  /** Articles refused at enqueue (unreadable, too large). */
  failed: number;
}

export interface EnqueueSummary extends EnqueueProgress {
  /** `known` broken down by the existing job's state (waiting, active, completed, failed, ...). */
  knownByState: Record<string, number>;
}

export interface EnqueueHooks {
  onProgress?: (p: EnqueueProgress) => void;
  onFailure?: (uri: string | null, reason: string) => void;
}

/** The options every article job gets. */
export function articleJobOptions(opts: EnqueueOptions = {}): JobsOptions {
  return {
    attempts: opts.attempts ?? DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: opts.backoffMs ?? DEFAULT_BACKOFF_MS },
    removeOnComplete: { ...KEEP_COMPLETED },
    removeOnFail: { ...KEEP_FAILED },
    sizeLimit: payloadSizeLimit(opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES),
  };
}

/**
 * Adds one job per article. Articles already known to the queue (same raw bytes) are
 * counted, not added again. Unreadable or too-large articles are counted as failed and
 * reported through `onFailure`; they never stop the run.
 */
export async function enqueueItems(
  queue: ArticleQueue,
  items: AsyncIterable<SourceItem>,
  opts: EnqueueOptions = {},
  hooks: EnqueueHooks = {},
): Promise<EnqueueSummary> {
  const maxBytes = opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const chunkSize = opts.chunkSize ?? 64;
  const jobOpts = articleJobOptions(opts);
  const summary: EnqueueSummary = { added: 0, known: 0, failed: 0, knownByState: {} };
  let chunk: EncodedArticle[] = [];
  const inChunk = new Set<string>();

  const flush = async () => {
    if (chunk.length === 0) return;
    const jobs = chunk;
    chunk = [];
    inChunk.clear();
    // Which of these the queue already holds, for the summary (adding them again is a no-op in BullMQ).
    const states = await Promise.all(jobs.map((j) => queue.getJobState(j.jobId)));
    const fresh = jobs.filter((_, i) => states[i] === 'unknown');
    for (const s of states) {
      if (s === 'unknown') continue;
      summary.known += 1;
      summary.knownByState[s] = (summary.knownByState[s] ?? 0) + 1;
    }
    if (fresh.length > 0) {
      await queue.addBulk(fresh.map((j) => ({ name: ARTICLE_JOB_NAME, data: j.data, opts: { ...jobOpts, jobId: j.jobId } })));
    }
    summary.added += fresh.length;
    hooks.onProgress?.(summary);
  };

  for await (const item of items) {
    if (!item.ok) {
      summary.failed += 1;
      hooks.onFailure?.(item.uri, item.reason);
      continue;
    }
    let encoded: EncodedArticle;
    try {
      encoded = encodeArticle(item.input, maxBytes);
    } catch (err) {
      summary.failed += 1;
      hooks.onFailure?.(item.input.uri, (err as Error).message);
      continue;
    }
    if (inChunk.has(encoded.jobId)) {
      summary.known += 1;
      summary.knownByState['repeated in inputs'] = (summary.knownByState['repeated in inputs'] ?? 0) + 1;
      continue;
    }
    inChunk.add(encoded.jobId);
    chunk.push(encoded);
    if (chunk.length >= chunkSize) await flush();
  }
  await flush();
  return summary;
}
