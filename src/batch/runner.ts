import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { inputsSize, InputProgress, type ArchiveLimits } from '../sources/read-inputs.js';
import { readInputsInThread } from '../sources/read-in-thread.js';
import type { ResultRequest } from '../pipeline/pool-protocol.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { createPipelinePool } from '../pipeline/pool.js';
import { sha256Hex } from '../pipeline/hash.js';
import { openStore } from '../store/index.js';
import { storeThreadSink } from '../store/thread/store-thread.js';
import type { WriteSink } from '../store/thread/write-sink.js';
import { writeDataset, type DatasetFormat } from './dataset/index.js';
import { articleKey, Journal } from './journal.js';
import { ProgressReporter, type Counts } from './progress.js';
import { isDone, JsonlFileSink, StoreSink, type BatchSink, type Outcome, type SinkDedup } from './sinks.js';
import { acquireRunLocks } from './lock.js';
import { batchPaths, type BatchPaths, type BatchTarget } from './paths.js';

/** Default old-generation cap per pipeline thread, MB (see BatchOptions.threadHeapMb). */
export const BATCH_THREAD_HEAP_MB = 512;

export interface BatchOptions {
  inputs: string[];
  target: BatchTarget;
  /** Pipeline threads (default: os.availableParallelism()). */
  concurrency?: number;
  /** Continue an interrupted run from its journal. */
  resume?: boolean;
  /** Process at most this many articles in this run (skipped ones not counted). */
  limit?: number;
  config: PipelineConfig;
  limits?: Partial<ArchiveLimits>;
  /** Where progress goes (default stderr); null for none. */
  progress?: (NodeJS.WritableStream & { isTTY?: boolean; columns?: number }) | null;
  progressIntervalMs?: number;
  /** Articles in flight per thread (read ahead, queued or running): bounds memory. */
  inFlightPerThread?: number;
  /**
   * Old-generation heap cap of each pipeline thread (MB). A modest cap makes V8 collect
   * sooner instead of letting each thread's heap drift upwards over a long run (what keeps
   * peak memory flat from 100 to 100,000 articles); the largest page an archive may hold
   * (16 MiB) needs far less. A thread that still runs out fails only its own article.
   */
  threadHeapMb?: number;
  /** Called once the pipeline threads are ready (models loaded), before the first article. */
  onReady?: () => void;
  /** Set to stop taking new articles (SIGINT): the run finishes what is in flight and keeps its journal. */
  signal?: AbortSignal;
  /** `--dedup`: mark near-duplicates (`duplicateOf`) as records are written. */
  dedup?: SinkDedup | null;
}

export interface BatchSummary extends Counts {
  seconds: number;
  /** Seconds from the pool being ready (models loaded) to the last article written. */
  processingSeconds: number;
  threads: number;
  interrupted: boolean;
  /** Stopped by --limit with articles left (its journal is kept: --resume goes on). */
  limitHit: boolean;
  /** Where the records went (a file or a store URI), and the failures file. */
  output: string;
  failuresPath: string;
}

interface Pending {
  settled: boolean;
  outcome: Outcome | null;
  promise: Promise<void>;
}

/** Most outcomes written (and synced, and journalled) as one group. */
const GROUP_MAX = 256;
/** How long the writer waits for more settled outcomes before it commits a small group, ms. */
const GROUP_WAIT_MS = 20;

/**
 * Runs the pipeline over every article of the inputs on a pool of worker threads,
 * streaming: at most `threads × inFlightPerThread` articles wait in its queue (read ahead,
 * queued, running or awaiting their turn to be written), plus the group being written,
 * so memory stays flat however large the archive. A writer writes outcomes in input
 * order, a group at a time, each group synced and then journalled (see Journal) so that
 * --resume neither redoes nor doubles an article, while the reader keeps the threads fed.
 * A bad article is a failure line, never the end of the run.
 */
export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const paths = batchPaths(opts.target);
  // Before anything is loaded or touched: a second run on the same output would empty
  // this one's failures file and delete its journal (see RunLock).
  const locks = acquireRunLocks([paths.journal, paths.failures], paths.out ?? paths.storeUri!);
  try {
    return await runLocked(opts, paths);
  } finally {
    for (const l of locks) l.release();
  }
}

async function runLocked(opts: BatchOptions, paths: BatchPaths): Promise<BatchSummary> {
  const t0 = performance.now();
  const threads = Math.max(1, Math.floor(opts.concurrency ?? availableParallelism()));
  const window = threads * Math.max(1, opts.inFlightPerThread ?? 8);
  const resume = opts.resume ?? false;
  const counts: Counts = { done: 0, failed: 0, skipped: 0 };

  // The pool first: a model that cannot load stops the run before any output is touched.
  const pool = await createPipelinePool({
    threads,
    config: opts.config,
    maxOldGenerationSizeMb: opts.threadHeapMb ?? BATCH_THREAD_HEAP_MB,
  });
  // Records go to a store through a thread of its own, which opens the store by URI (see StoreSink).
  let storeThread: WriteSink | null = null;
  let journal: Journal;
  let sink: BatchSink;
  try {
    if (!resume && Journal.exists(paths.journal)) {
      process.stderr.write(`batch: an unfinished run left ${paths.journal}; starting over (--resume continues it instead)\n`);
    }
    if (paths.storeUri) {
      if (!resume && paths.workStore) for (const f of paths.workStoreFiles) rmSync(f, { force: true });
      const thread = storeThreadSink({ uri: paths.storeUri, dedupThreshold: opts.dedup?.threshold });
      storeThread = thread;
      // A store that cannot be opened stops the run here, before the journal is touched.
      await thread.ready;
    }
    journal = Journal.open(paths.journal, resume);
    sink = storeThread
      ? new StoreSink(storeThread, paths.failures, journal, resume)
      : new JsonlFileSink(paths.out!, paths.failures, journal, resume, opts.dedup ?? null);
  } catch (err) {
    await pool.close();
    await storeThread?.close();
    throw err;
  }

  const input = new InputProgress();
  input.total = await inputsSize(opts.inputs).catch(() => null);
  const reporter =
    opts.progress === null ? null : new ProgressReporter(counts, input, opts.progress ?? process.stderr, opts.progressIntervalMs);
  reporter?.start();
  opts.onReady?.();
  const tReady = performance.now();
  let tDone = tReady;

  // Each record comes as the JSONL line its thread encoded: a file gets it as is, the store thread
  // parses it. With --dedup the thread also computes the fingerprint: only the lookup runs after.
  const want: ResultRequest = { form: 'line', signature: opts.dedup != null };
  const queue: Pending[] = [];
  let taken = 0;
  let interrupted = false;
  let limitHit = false;
  let readerDone = false;
  let writerFailed = false;
  let wakeWriter: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  let wakeSettled: (() => void) | null = null;
  const settled = (p: Pending) => {
    p.settled = true;
    const w = wakeSettled;
    wakeSettled = null;
    w?.();
  };
  // A group as large as the window allows while every thread still has an article: each group
  // costs a write, two fsyncs and a journal line, whatever its size.
  const groupTarget = Math.max(1, Math.min(GROUP_MAX, window - threads));
  const settledRun = () => {
    let n = 0;
    while (n < queue.length && queue[n]!.settled) n += 1;
    return n;
  };
  /** After the head settled: waits (a little) for more of the queue to settle behind it. */
  const gather = async () => {
    const deadline = performance.now() + GROUP_WAIT_MS;
    while (settledRun() < Math.min(groupTarget, queue.length)) {
      const left = deadline - performance.now();
      if (left <= 0) return;
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        wakeSettled = () => {
          clearTimeout(t);
          r();
        };
      });
    }
  };
  const notify = (which: 'writer' | 'reader') => {
    const w = which === 'writer' ? wakeWriter : wakeReader;
    if (which === 'writer') wakeWriter = null;
    else wakeReader = null;
    w?.();
  };

  // The writer: commits the settled head of the queue, a group at a time, in input order,
  // while the reader goes on feeding the pool (a slow fsync never starves the threads).
  const writer = (async () => {
    for (;;) {
      if (queue.length === 0) {
        if (readerDone) return;
        await new Promise<void>((r) => {
          wakeWriter = r;
        });
        continue;
      }
      await queue[0]!.promise;
      await gather();
      const group: Outcome[] = [];
      while (queue.length > 0 && queue[0]!.settled && group.length < GROUP_MAX) group.push(queue.shift()!.outcome!);
      notify('reader');
      await sink.commit(group);
      for (const o of group) {
        if (isDone(o)) counts.done += 1;
        else counts.failed += 1;
      }
    }
  })().catch((err: unknown) => {
    writerFailed = true;
    notify('reader');
    throw err;
  });

  try {
    // Files and archives are read, unpacked and hashed on a thread of their own (see readInputsInThread).
    for await (const item of readInputsInThread(opts.inputs, { limits: opts.limits, progress: input })) {
      if (writerFailed) break;
      if (opts.signal?.aborted) {
        interrupted = true;
        break;
      }
      if (opts.limit !== undefined && taken >= opts.limit) {
        // More articles remain: keep the journal, so that --resume goes on from here.
        limitHit = true;
        break;
      }
      const uri = item.ok ? item.input.uri : item.uri;
      // The reader thread hashed the bytes; the pipeline thread takes that hash as the source's.
      const key = item.ok
        ? articleKey(uri, (item.input.sha256 ??= sha256Hex(item.input.bytes)))
        : articleKey(uri, `refused:${item.reason}`);
      if (journal.done.has(key)) {
        counts.skipped += 1;
        continue;
      }
      taken += 1;
      const p: Pending = { settled: false, outcome: null, promise: Promise.resolve() };
      if (item.ok) {
        p.promise = pool
          .run(item.input, want)
          .then(
            (r) => {
              p.outcome = r.encoded
                ? { key, uri, encoded: r.encoded, signature: r.signature }
                : { key, uri, record: r.record!, signature: r.signature };
            },
            (err: Error) => {
              p.outcome = { key, uri, reason: err?.message ?? String(err) };
            },
          )
          .finally(() => settled(p));
      } else {
        p.outcome = { key, uri, reason: item.reason };
        p.settled = true;
      }
      queue.push(p);
      notify('writer');
      while (queue.length >= window && !writerFailed)
        await new Promise<void>((r) => {
          wakeReader = r;
        });
    }
    readerDone = true;
    notify('writer');
    await writer;
    tDone = performance.now();
  } catch (err) {
    readerDone = true;
    notify('writer');
    await writer.catch(() => {});
    throw err;
  } finally {
    reporter?.stop();
    await pool.close();
    await sink.close();
  }

  let output = paths.out ?? paths.storeUri!;
  if (paths.workStore && !interrupted) {
    // csv/parquet: the records were gathered in a work store (its thread has closed it); write the dataset from it.
    const store = await openStore(paths.storeUri!);
    try {
      await writeDataset(store.records(), paths.out!, paths.format as DatasetFormat, { bom: paths.bom });
    } finally {
      await store.close();
    }
    output = paths.out!;
  }
  if (interrupted || limitHit) {
    journal.close();
  } else {
    journal.remove();
    if (paths.workStore) for (const f of paths.workStoreFiles) rmSync(f, { force: true });
  }
  return {
    ...counts,
    seconds: (performance.now() - t0) / 1000,
    processingSeconds: (tDone - tReady) / 1000,
    threads,
    interrupted,
    limitHit,
    output,
    failuresPath: paths.failures,
  };
}
