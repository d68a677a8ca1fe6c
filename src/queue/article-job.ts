/**
 * BullMQ parses a job's stored data (JSON.parse in Job.fromJSON) before any processor runs,
 * and a worker that cannot parse it only logs the error: the job stays active, unlocked,
 * and comes back as stalled forever. This Job class reads data that is not JSON as an empty
 * payload marked with a deferred failure, which BullMQ's worker turns into an immediate,
 * unrecoverable failure with that reason; on the read side (status, failed) the job simply
 * shows no payload. The queue and the worker both build their jobs with it.
 */
import { Job, Queue, Worker, type JobJson } from 'bullmq';
import { InvalidPayloadError } from '../errors/invalid-payload-error.js';

type JobQueue = Parameters<typeof Job.fromJSON>[0];

export class ArticleJob extends Job {
  static override fromJSON<T, R, N extends string = string>(queue: JobQueue, json: JobJson, jobId?: string): Job<T, R, N> {
    try {
      return super.fromJSON<T, R, N>(queue, json, jobId);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      const job = super.fromJSON<T, R, N>(queue, { ...json, data: '{}' }, jobId);
      const bad = new InvalidPayloadError(`data is not JSON (${err.message})`);
      job.deferredFailure ||= `${bad.name}: ${bad.message}`;
      return job;
    }
  }
}

/**
 * A BullMQ Queue whose getters read jobs with ArticleJob. A connection it was handed (a
 * Cluster client) is its own: BullMQ leaves a shared connection open, so close() quits it.
 */
export class ArticleJobQueue<D = unknown> extends Queue<D> {
  owned: { quit(): Promise<unknown> } | null = null;

  protected override get Job(): typeof Job {
    // Only fromJSON differs; TypeScript cannot match the generic constructor signatures.
    return ArticleJob as typeof Job;
  }

  override async close(): Promise<void> {
    await super.close();
    await this.owned?.quit().catch(() => {});
    this.owned = null;
  }
}

/** A BullMQ Worker that builds the jobs it takes with ArticleJob; like the queue, it quits a connection it owns. */
export class ArticleJobWorker<D = unknown, R = unknown> extends Worker<D, R> {
  owned: { quit(): Promise<unknown> } | null = null;

  protected override get Job(): typeof Job {
    // Only fromJSON differs; TypeScript cannot match the generic constructor signatures.
    return ArticleJob as typeof Job;
  }

  override async close(force?: boolean): Promise<void> {
    await super.close(force);
    await this.owned?.quit().catch(() => {});
    this.owned = null;
  }
}
