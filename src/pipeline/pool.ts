import { Worker } from 'node:worker_threads';
import type { RawInput } from '../doc.js';
import type { NewsRecord } from '../record/schema.js';
import type { PipelineConfig } from './config.js';
import { PipelineWorkerError } from '../errors/pipeline-worker-error.js';
import type { JobData } from '../queue/job-input.js';
import type { PoolRequest, PoolResponse, PoolResult, ResultRequest, SerializedError } from './pool-protocol.js';

export interface PipelinePoolOptions {
  threads: number;
  config: PipelineConfig;
  /** Per-thread heap cap, so one pathological article kills its thread, not the process. */
  maxOldGenerationSizeMb?: number;
}

export interface PipelinePool {
  readonly threads: number;
  readonly model: string;
  /** Runs one article on a free thread; rejects with the pipeline's error (name, message, exitCode kept). */
  process(input: RawInput): Promise<NewsRecord>;
  /**
   * Runs one article and gets it back in the form asked for (e.g. its JSONL line, encoded and
   * transferred by the thread, and its dedup fingerprint): see ResultRequest.
   */
  run(input: RawInput, want: ResultRequest): Promise<PoolResult>;
  /**
   * `run` of a queue job's data, decoded by the thread (result.job says what it held). A bad
   * payload rejects with InvalidPayloadError; an error after a refused `publishedAt` carries
   * that warning as `jobWarning`.
   */
  runJob(job: JobData, want: ResultRequest): Promise<PoolResult>;
  close(): Promise<void>;
}

interface Task {
  id: number;
  article: { input: RawInput } | { job: JobData };
  want: ResultRequest;
  resolve: (r: PoolResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

function toError(e: SerializedError): Error {
  const err = new Error(e.message) as Error & { exitCode: number };
  err.name = e.name;
  err.exitCode = e.exitCode;
  return err;
}

const WORKER_URL = new URL('./pool-worker.js', import.meta.url);

/**
 * Runs the pipeline on worker threads: CPU-bound stages (parsing, jieba, ONNX) stay off
 * the caller's event loop, and each thread loads the model once. A thread that dies
 * (out of memory on a pathological page) fails only its own article and is replaced.
 */
export async function createPipelinePool(opts: PipelinePoolOptions): Promise<PipelinePool> {
  const threads = Math.max(1, Math.floor(opts.threads));
  // One onnxruntime thread per pipeline thread, so that N threads use N cores: onnxruntime would
  // otherwise start a thread per core in every pipeline, and they would fight over the cores.
  const config: PipelineConfig = { ...opts.config, nerThreads: opts.config.nerThreads ?? 1 };
  const pending: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  let model = 'unknown';

  function spawn(): Promise<Slot> {
    const worker = new Worker(WORKER_URL, {
      workerData: config,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 2048 },
    });
    const slot: Slot = { worker, task: null };
    return new Promise((resolve, reject) => {
      worker.once('message', (msg: PoolResponse) => {
        if ('ready' in msg && msg.ready) {
          model = msg.model;
          worker.on('message', (m: PoolResponse) => onResult(slot, m));
          resolve(slot);
        } else if ('ready' in msg) {
          void worker.terminate();
          reject(toError(msg.error));
        }
      });
      worker.on('error', (err) => onCrash(slot, err));
      worker.on('exit', (code) => {
        if (!closed && code !== 0) onCrash(slot, new PipelineWorkerError(`pipeline thread exited with code ${code}`));
      });
    });
  }

  function onResult(slot: Slot, msg: PoolResponse) {
    const task = slot.task;
    if (!task || msg.id !== task.id || 'ready' in msg) return;
    slot.task = null;
    if (msg.ok) task.resolve(msg.result);
    else task.reject(msg.warning ? Object.assign(toError(msg.error), { jobWarning: msg.warning }) : toError(msg.error));
    dispatch();
  }

  function onCrash(slot: Slot, err: Error) {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    const task = slot.task;
    slot.task = null;
    task?.reject(new PipelineWorkerError(`pipeline thread failed on this article: ${err.message}`));
    if (closed) return;
    spawn().then(
      (s) => {
        slots.push(s);
        dispatch();
      },
      (e: Error) => {
        for (const t of pending.splice(0)) t.reject(e);
      },
    );
  }

  function dispatch() {
    for (const slot of slots) {
      if (slot.task || pending.length === 0) continue;
      const task = pending.shift()!;
      slot.task = task;
      const msg: PoolRequest = { id: task.id, want: task.want, ...task.article };
      slot.worker.postMessage(msg);
    }
  }

  slots.push(...(await Promise.all(Array.from({ length: threads }, spawn))));

  const submit = (article: Task['article'], want: ResultRequest): Promise<PoolResult> => {
    if (closed) return Promise.reject(new PipelineWorkerError('pipeline pool is closed'));
    return new Promise<PoolResult>((resolve, reject) => {
      pending.push({ id: nextId++, article, want, resolve, reject });
      dispatch();
    });
  };
  const run = (input: RawInput, want: ResultRequest) => submit({ input }, want);

  return {
    threads,
    get model() {
      return model;
    },
    async process(input: RawInput) {
      return (await run(input, { form: 'record' })).record!;
    },
    run,
    runJob: (job: JobData, want: ResultRequest) => submit({ job }, want),
    async close() {
      closed = true;
      for (const t of pending.splice(0)) t.reject(new PipelineWorkerError('pipeline pool is closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
