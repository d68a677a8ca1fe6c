import { Worker } from 'node:worker_threads';
import { assertInputsExist, readInputs, type ReadInputsOptions } from './read-inputs.js';
import type { ReaderBatch, ReaderData, ReaderPull } from './reader-protocol.js';
import type { SourceItem } from './source-item.js';

const READER_URL = new URL('./reader-worker.js', import.meta.url);

/** One run of articles at most this long (items, bytes) is read ahead of what the caller has taken. */
const RUN: ReaderPull = { items: 32, bytes: 4 * 1024 * 1024 };

function toError(e: { name: string; message: string; exitCode: number }): Error {
  const err = new Error(e.message) as Error & { exitCode: number };
  err.name = e.name;
  err.exitCode = e.exitCode;
  return err;
}

/**
 * readInputs on a thread of its own: the same articles in the same order, each with its
 * `sha256` already computed, read (decompressed, unpacked, hashed) off the caller's event
 * loop. One run is read ahead while the caller takes the previous one. Standard input (`-`)
 * cannot be read from another thread: with it the inputs are read here, as readInputs does.
 */
export async function* readInputsInThread(paths: string[], opts: ReadInputsOptions = {}): AsyncGenerator<SourceItem> {
  if (paths.includes('-') || opts.warn) {
    yield* readInputs(paths, opts);
    return;
  }
  // A missing input is a usage error before any work starts, raised here as it always was.
  await assertInputsExist(paths);
  const data: ReaderData = { paths, limits: opts.limits };
  const worker = new Worker(READER_URL, { workerData: data });
  const waiting: { resolve: (b: ReaderBatch) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const fail = (err: Error) => {
    failure ??= err;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on('message', (b: ReaderBatch) => waiting.shift()?.resolve(b));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`input reader thread exited with code ${code}`)));
  const pull = (): Promise<ReaderBatch> =>
    failure
      ? Promise.reject(failure)
      : new Promise<ReaderBatch>((resolve, reject) => {
          waiting.push({ resolve, reject });
          worker.postMessage(RUN);
        });
  let next = pull();
  try {
    for (;;) {
      const batch = await next;
      if ('error' in batch) throw toError(batch.error);
      if (!batch.done) next = pull();
      if (opts.progress) {
        opts.progress.base = batch.progress.base;
        opts.progress.current = batch.progress.current;
      }
      yield* batch.items;
      if (batch.done) return;
    }
  } finally {
    // Stopped early (--limit, an interrupt): the run being read ahead is dropped with the thread.
    next.catch(() => {});
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
