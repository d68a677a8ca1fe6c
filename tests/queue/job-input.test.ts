/**
 * A job's data is parsed, checked and decoded where its pipeline runs: on a pool thread for a
 * worker with a pool (its main thread passes the data on as BullMQ stored it), in-process
 * otherwise. Both give the same input, the same warning, and the same errors.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidPayloadError } from '../../src/errors/index.js';
import { ArticleWorkerJob, storedJson } from '../../src/queue/article-job.js';
import { decodeJobInput, parseJobData } from '../../src/queue/job-input.js';
import { encodeArticle } from '../../src/queue/payload.js';
import type { JobJson } from 'bullmq';
// The pool runs dist/ code on worker threads (npm test builds it first).
import { createPipelinePool, type PipelinePool } from '../../dist/pipeline/pool.js';
import { hasRedisServer, startRedisServer, type LocalRedis } from '../helpers/redis-server.js';

const ARTICLE = '<html><head><title>典礼</title></head><body><p>北京大学今天举行典礼，校长出席并讲话。</p></body></html>';
const payload = (patch: Record<string, unknown> = {}) => ({
  ...encodeArticle({ bytes: Buffer.from(ARTICLE), kind: 'html', uri: 'a.html', publishedAt: '2021-10-15T10:00:00+08:00' }, 1 << 20).data,
  ...patch,
});

describe('decoding a job', () => {
  it('gives the same input from the stored JSON as from the parsed data', () => {
    const data = payload();
    const fromJson = decodeJobInput({ id: '7', json: JSON.stringify(data) });
    const fromData = decodeJobInput({ id: '7', data });
    expect(fromJson).toEqual(fromData);
    expect(Buffer.from(fromJson.input.bytes).toString()).toBe(ARTICLE);
    expect(fromJson).toMatchObject({ input: { uri: 'a.html', publishedAt: '2021-10-15T10:00:00+08:00' }, warning: null });
  });

  it('drops a publishedAt that is not a date, with a warning naming the job and its uri', () => {
    const { input, warning } = decodeJobInput({ id: '7', json: JSON.stringify(payload({ publishedAt: 'yesterday' })) });
    expect(input.publishedAt).toBeNull();
    expect(warning).toMatch(/^job 7 \(a\.html\): ignoring publishedAt "yesterday"/);
  });

  it('data that is not JSON, or not a payload, is an invalid payload', () => {
    expect(() => parseJobData('{"v":1,"bytes":"PGh0bWw')).toThrowError(InvalidPayloadError);
    expect(() => decodeJobInput({ id: '1', json: '{"v":1,"bytes":"PGh0bWw' })).toThrowError(/^invalid job payload: data is not JSON \(/);
    expect(() => decodeJobInput({ id: '1', json: JSON.stringify(payload({ bytes: '这不是base64!' })) })).toThrowError(
      'invalid job payload: bytes: not base64',
    );
    // A JSON string is data, not a payload: the same message as in-process.
    expect(() => decodeJobInput({ id: '1', json: '"nope"' })).toThrowError(/^invalid job payload: \(root\)/);
    expect(parseJobData(undefined)).toEqual({});
  });
});

describe('a pool thread decoding the job', () => {
  let pool: PipelinePool;
  beforeAll(async () => {
    pool = await createPipelinePool({ threads: 1, config: { model: 'rules' } });
  });
  afterAll(() => pool.close());

  it('runs the stored JSON as the in-process pipeline runs the decoded input', async () => {
    const data = payload();
    const pooled = await pool.runJob({ id: '1', json: JSON.stringify(data) }, { form: 'record' });
    const direct = await pool.process(decodeJobInput({ id: '1', data }).input);
    expect(pooled.job).toEqual({ uri: 'a.html', warning: null });
    expect(pooled.record?.id).toBe(direct.id);
    expect(pooled.record?.text).toBe(direct.text);
    // Encoded too, as the store thread takes it.
    const line = await pool.runJob({ id: '1', data }, { form: 'line', signature: true });
    expect(line.encoded?.id).toBe(direct.id);
    expect(line.signature).toBeInstanceOf(Uint32Array);
  });

  it('rejects a bad payload with the in-process error, name and message', async () => {
    for (const json of ['{"v":1,"bytes":"PGh0bWw', JSON.stringify(payload({ bytes: '这不是base64!' })), JSON.stringify({ v: 2 })]) {
      const inProcess = (() => {
        try {
          decodeJobInput({ id: '1', json });
        } catch (e) {
          return e as Error;
        }
        throw new Error('decoded');
      })();
      const err = await pool.runJob({ id: '1', json }, { form: 'record' }).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect({ name: (err as Error).name, message: (err as Error).message, exitCode: (err as { exitCode?: number }).exitCode }).toEqual({
        name: 'InvalidPayloadError',
        message: inProcess.message,
        exitCode: 65,
      });
    }
  });

  it('returns the publishedAt warning with the result, and with an error after it', async () => {
    const ok = await pool.runJob({ id: '2', json: JSON.stringify(payload({ publishedAt: 'yesterday' })) }, { form: 'record' });
    expect(ok.job?.warning).toMatch(/^job 2 \(a\.html\): ignoring publishedAt "yesterday"/);
    const empty = payload({ publishedAt: 'yesterday', bytes: '' });
    const err = (await pool.runJob({ id: '3', json: JSON.stringify(empty) }, { form: 'record' }).catch((e: Error) => e)) as Error & {
      jobWarning?: string;
    };
    expect(err.name).toBe('InputError');
    expect(err.jobWarning).toMatch(/^job 3 \(a\.html\): ignoring publishedAt "yesterday"/);
  });
});

describe.skipIf(!hasRedisServer)("the worker's jobs", () => {
  let redis: LocalRedis;
  let queue: Queue;
  beforeAll(async () => {
    redis = await startRedisServer();
    queue = new Queue('worker-jobs', { connection: { url: redis.url } });
  });
  afterAll(async () => {
    await queue?.close();
    await redis?.stop();
  });

  const json = (data: string): JobJson =>
    ({ id: '9', name: 'article', data, opts: { attempts: 3 }, progress: 0, timestamp: 1, attemptsMade: 0 }) as unknown as JobJson;

  it('keep their stored data as is and parse it only when read', () => {
    const stored = JSON.stringify(payload());
    const job = ArticleWorkerJob.fromJSON(queue, json(stored), '9');
    expect(storedJson(job)).toBe(stored);
    expect((job.data as { uri: string }).uri).toBe('a.html');
    expect(job.opts.attempts).toBe(3);
    job.data = { replaced: true };
    expect(job.data).toEqual({ replaced: true });
  });

  it('read data that is not JSON as an empty payload, and leave its failure to the decoding', () => {
    const job = ArticleWorkerJob.fromJSON(queue, json('{"v":1,"bytes":"PGh0bWw'), '9');
    expect(job.data).toEqual({});
    expect(job.deferredFailure).toBeFalsy();
    expect(() => decodeJobInput({ id: job.id, json: storedJson(job) })).toThrowError(/data is not JSON/);
  });
});
