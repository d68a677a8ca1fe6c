/**
 * What a worker does with one article job: decode the payload and run the pipeline (both on
 * the pool's threads, which get the job's data as stored, so the event loop stays free to
 * renew job locks), write the record, return a small summary. Bad articles fail at once
 * (UnrecoverableError, reason kept); a store outage is waited out by the store writer with the
 * record kept, since it is no fault of the article; anything else is thrown as is, so BullMQ
 * retries it with the job's backoff.
 */
import { UnrecoverableError, WaitingError, type Job } from 'bullmq';
import type { RawInput } from '../doc.js';
import type { NewsRecord } from '../record/schema.js';
import type { RecordStore } from '../store/store.js';
import { HandedBackError } from '../errors/handed-back-error.js';
import type { ArticlePayload } from './payload.js';
import { decodeJobInput, type JobData } from './job-input.js';
import { storedJson } from './article-job.js';
import { createStoreWriter, type StoreWriter } from './store-writer.js';
import type { PoolResult, ResultRequest } from '../pipeline/pool-protocol.js';
import { summarize, type RecordSummary, type WriteItem } from '../store/thread/write-sink.js';

/** The job's return value, kept on the completed job. */
export interface ArticleJobResult {
  recordId: string;
  uri: string | null;
  title: string | null;
  chars: number;
  entities: number;
  ms: number;
}

export interface ProcessorDeps {
  /**
   * An in-process pipeline, or the thread pool (`runJob`: the thread decodes the job's data, and
   * the record may come back encoded, see `encoded`).
   */
  pipeline: { process(input: RawInput): Promise<NewsRecord>; runJob?(job: JobData, want: ResultRequest): Promise<PoolResult> };
  store: Pick<RecordStore, 'put'>;
}

export interface ProcessorOptions {
  /**
   * Ask the pool for records as encoded lines (and fingerprints when `signature`), for a writer
   * whose sink parses them off this thread (the store thread). Ignored without `pipeline.runJob`.
   */
  encoded?: { signature: boolean };
  /** Writes records, waiting out store outages (default: a plain writer over `deps.store`). */
  writer?: StoreWriter;
  /** Warnings about a job that is processed anyway (one line each). */
  warn?: (line: string) => void;
}

/** Errors that no retry can fix: the article itself is unusable, or the pipeline rejects it deterministically. */
const PERMANENT = new Set(['InputError', 'InvalidPayloadError', 'RecordInvalidError', 'ArticleTooLargeError']);

export function isPermanentFailure(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const exitCode = (err as { exitCode?: unknown }).exitCode;
  return PERMANENT.has(err.name) || exitCode === 65;
}

/** Jobs running in this process, so a shutdown past its timeout can hand them back. */
export type ActiveJobs = Map<string, { job: Job<ArticlePayload>; token: string | undefined }>;

/** The job's data as the pool takes it: the stored JSON where this worker read the job (parsed by the thread). */
function jobData(job: Job<ArticlePayload>): JobData {
  const json = storedJson(job);
  return json === undefined ? { id: job.id, data: job.data } : { id: job.id, json };
}

/**
 * The job's input, decoded here (an in-process pipeline), without a `publishedAt` that is not a
 * real date (warned about). A bad payload throws InvalidPayloadError: a permanent failure.
 */
function readInput(job: Job<ArticlePayload>, warn: (line: string) => void): RawInput {
  const decoded = decodeJobInput(jobData(job));
  if (decoded.warning) warn(decoded.warning);
  return decoded.input;
}

/**
 * `work`, or HandedBackError as soon as the jobs are handed back. Not Promise.race against one
 * long-lived promise: every race leaves a reaction on it that keeps the race's result (the
 * record) alive until it settles, which it never does in a healthy worker (soak: RSS grew by
 * about 100 KB an article).
 */
function unlessHandedBack<T>(work: Promise<T>, handBack: AbortSignal): Promise<T> {
  if (handBack.aborted) {
    // The work was started as the jobs were handed back: nobody waits for it now, and its end (the pool
    // closing under it rejects it) must not become an unhandled rejection that kills the process.
    work.catch(() => {});
    return Promise.reject(new HandedBackError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new HandedBackError());
    handBack.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => handBack.removeEventListener('abort', onAbort));
  });
}

export function createArticleProcessor(deps: ProcessorDeps, active: ActiveJobs, handBack: AbortSignal, opts: ProcessorOptions = {}) {
  const writer = opts.writer ?? createStoreWriter(deps.store);
  const warn = opts.warn ?? (() => {});
  const runJob = deps.pipeline.runJob?.bind(deps.pipeline);
  const want: ResultRequest = opts.encoded ? { form: 'line', signature: opts.encoded.signature } : { form: 'record' };

  /** The article's record as the writer takes it (encoded by its thread when the sink parses it there), and its uri. */
  async function compute(job: Job<ArticlePayload>): Promise<{ item: WriteItem; uri: string | null }> {
    if (!runJob) {
      const input = readInput(job, warn);
      return { item: { record: await deps.pipeline.process(input) }, uri: input.uri };
    }
    let result: PoolResult;
    try {
      result = await runJob(jobData(job), want);
    } catch (err) {
      const warning = (err as { jobWarning?: string }).jobWarning;
      if (warning) warn(warning);
      throw err;
    }
    if (result.job?.warning) warn(result.job.warning);
    const uri = result.job?.uri ?? null;
    if (result.encoded) return { item: { encoded: result.encoded, signature: result.signature }, uri };
    return { item: { record: result.record!, signature: result.signature }, uri };
  }

  return async function processArticle(job: Job<ArticlePayload>, token?: string): Promise<ArticleJobResult> {
    const t0 = performance.now();
    const key = job.id ?? '';
    active.set(key, { job, token });
    try {
      let summary: RecordSummary;
      let uri: string | null;
      try {
        const { item, uri: source } = await unlessHandedBack(compute(job), handBack);
        uri = source;
        const written = await unlessHandedBack(writer.write(item, handBack), handBack);
        summary = written ?? summarize((item as { record: NewsRecord }).record);
      } catch (err) {
        if (err instanceof HandedBackError) {
          // BullMQ's way to give an active job back: move it to wait, then tell the worker so.
          await job.moveToWait(token);
          throw new WaitingError(err.message);
        }
        if (isPermanentFailure(err)) throw new UnrecoverableError(`${(err as Error).name}: ${(err as Error).message}`);
        throw err;
      }
      return {
        recordId: summary.id,
        uri,
        title: summary.title,
        chars: summary.chars,
        entities: summary.entities,
        ms: Math.round(performance.now() - t0),
      };
    } finally {
      active.delete(key);
    }
  };
}
