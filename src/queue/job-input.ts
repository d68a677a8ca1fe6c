/**
 * A job's data as the pipeline takes it: parsed (it comes as BullMQ stored it, JSON), checked
 * and decoded (base64 to bytes), with a refused `publishedAt` dropped. A worker with a thread
 * pool does this on the pipeline's thread (src/pipeline/pool-worker.ts), so that its main
 * thread, which renews the job locks and moves every job, never parses or copies an article.
 */
import type { RawInput } from '../doc.js';
import { InvalidPayloadError } from '../errors/invalid-payload-error.js';
import { checkPublishedAt } from '../sources/published-at.js';
import { decodeArticle } from './payload.js';

/** A job to decode: its id (for warnings) and its data, as stored (`json`) or already parsed (`data`). */
export type JobData = { id: string | undefined } & ({ json: string | undefined } | { data: unknown });

export interface JobInput {
  input: RawInput;
  /** A refused `publishedAt`, naming the job (one line), or null. */
  warning: string | null;
}

/** The stored data as a value; data that is not JSON is an invalid payload, never retried. */
export function parseJobData(raw: string | undefined): unknown {
  try {
    return JSON.parse(raw || '{}');
  } catch (err) {
    throw new InvalidPayloadError(`data is not JSON (${(err as Error).message})`);
  }
}

/** Job data -> the article to run; throws InvalidPayloadError for anything that is not a payload. */
export function decodeJobInput(job: JobData): JobInput {
  const input = decodeArticle('json' in job ? parseJobData(job.json) : job.data);
  const publishedAt = checkPublishedAt(input.publishedAt, `job ${job.id} (${input.uri ?? 'no uri'})`);
  return { input: { ...input, publishedAt: publishedAt.value }, warning: publishedAt.warning };
}
