/**
 * A job that starts just as the worker hands its jobs back: it goes back to the queue, and the run
 * it started, which nobody waits for any more, ends without an unhandled rejection when the pool
 * closes under it (the CI finding: the worker exited 1 on SIGTERM, "pipeline pool is closed").
 * The pipeline and the job are stand-ins here: the race is one of a few microseconds, which the
 * real worker in tests/queue/queue.test.ts meets only now and then.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from 'bullmq';
import { WaitingError } from 'bullmq';
import { createArticleProcessor, type ActiveJobs } from '../../src/queue/processor.js';
import { PipelineWorkerError } from '../../src/errors/index.js';
import type { ArticlePayload } from '../../src/queue/payload.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('a job started as the jobs are handed back', () => {
  it('goes back to the queue, and its run ends with no unhandled rejection when the pool closes', async () => {
    process.on('unhandledRejection', onUnhandled);
    let closePool: (err: Error) => void = () => {};
    const pipeline = {
      process: () => Promise.reject(new Error('not used: the pool runs the job')),
      runJob: () => new Promise<never>((_, reject) => (closePool = reject)),
    };
    const store = { put: () => Promise.reject(new Error('not reached')) };
    const handBack = new AbortController();
    handBack.abort();
    let movedToWait = 0;
    const job = {
      id: '1',
      data: { input: { kind: 'text', text: '正文' } },
      moveToWait: async () => {
        movedToWait++;
      },
    } as unknown as Job<ArticlePayload>;
    const process_ = createArticleProcessor({ pipeline, store } as never, new Map() as ActiveJobs, handBack.signal);
    await expect(process_(job, 'token')).rejects.toBeInstanceOf(WaitingError);
    expect(movedToWait).toBe(1);
    closePool(new PipelineWorkerError('pipeline pool is closed'));
    // Two turns of the event loop: an unhandled rejection is reported after the microtasks run out.
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
  });
});
