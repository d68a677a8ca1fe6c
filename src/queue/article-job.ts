/**
 * BullMQ parses a job's stored data (JSON.parse in Job.fromJSON) before any processor runs,
 * and a worker that cannot parse it only logs the error: the job stays active, unlocked,
 * and comes back as stalled forever. This Job class reads data that is not JSON as an empty
 * payload marked with a deferred failure, which BullMQ's worker turns into an immediate,
 * unrecoverable failure with that reason; on the read side (status, failed) the job simply
 * shows no payload. The queue builds its jobs with it; the worker's (ArticleWorkerJob) do not
 * parse their data at all.
 */
import { Job, Queue, Worker, type JobJson } from 'bullmq';
import { InvalidPayloadError } from '../errors/invalid-payload-error.js';
import { parseJobData } from './job-input.js';

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
 * The worker's jobs keep their data as stored (`json`) and parse it only when `data` is read
 * (a failure's log line): the article goes to its pipeline thread as that string, and is parsed,
 * checked and decoded there (./job-input.ts), off the thread that moves jobs and renews locks.
 * Data that is not JSON reads as an empty payload here; the pipeline thread fails the job with
 * the parse error's reason, unrecoverable, as ArticleJob does.
 */
export class ArticleWorkerJob extends Job {
  /** The job's data as BullMQ stored it (JSON), or undefined for a job made otherwise. */
  json: string | undefined;

  static override fromJSON<T, R, N extends string = string>(queue: JobQueue, json: JobJson, jobId?: string): Job<T, R, N> {
    const job = super.fromJSON<T, R, N>(queue, { ...json, data: '' }, jobId);
    const raw = json.data;
    let data: unknown;
    let parsed = false;
    Object.defineProperty(job, 'data', {
      configurable: true,
      enumerable: true,
      get() {
        if (!parsed) {
          parsed = true;
          try {
            data = parseJobData(raw);
          } catch {
            data = {};
          }
        }
        return data;
      },
      set(value: unknown) {
        parsed = true;
        data = value;
      },
    });
    (job as unknown as ArticleWorkerJob).json = raw;
    return job;
  }
}

/** The job's stored data when the job was read by this worker (a string to send as is), else undefined. */
export function storedJson(job: Job): string | undefined {
  return job instanceof ArticleWorkerJob ? job.json : undefined;
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

/** A BullMQ Worker that builds the jobs it takes with ArticleWorkerJob; like the queue, it quits a connection it owns. */
export class ArticleJobWorker<D = unknown, R = unknown> extends Worker<D, R> {
  owned: { quit(): Promise<unknown> } | null = null;

  protected override get Job(): typeof Job {
    // Only fromJSON differs; TypeScript cannot match the generic constructor signatures.
    return ArticleWorkerJob as typeof Job;
  }

  override async close(force?: boolean): Promise<void> {
    await super.close(force);
    await this.owned?.quit().catch(() => {});
    this.owned = null;
  }
}
