/**
 * A WriteSink on a thread of its own (store-thread-worker.ts), which opens the store by URI.
 * The records travel as their encoded lines (bytes, not objects to clone). A thread that dies
 * fails the group it was writing (a queue worker's jobs are retried by BullMQ, a batch stops
 * with its journal: the writes are upserts) and is started again for the next group.
 */
import { Worker } from 'node:worker_threads';
import { PipelineWorkerError } from '../../errors/pipeline-worker-error.js';
import type { SerializedError } from '../../pipeline/pool-protocol.js';
import type { StoreThreadConfig, StoreThreadRequest, StoreThreadResponse } from './store-thread-protocol.js';
import type { RecordSummary, WriteItem, WriteOptions, WriteSink } from './write-sink.js';

const WORKER_URL = new URL('./store-thread-worker.js', import.meta.url);

function toError(e: SerializedError): Error {
  const err = new Error(e.message) as Error & { exitCode: number };
  err.name = e.name;
  err.exitCode = e.exitCode;
  return err;
}

interface Pending {
  resolve(s: (RecordSummary | null)[]): void;
  reject(e: Error): void;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, Pending>;
}

/** Starts the thread; `ready` resolves once its store is open (writes wait for it). */
export function storeThreadSink(config: StoreThreadConfig): WriteSink & { ready: Promise<void> } {
  let nextId = 0;
  let closed = false;

  function start(): Thread {
    const worker = new Worker(WORKER_URL, { workerData: config });
    const pending = new Map<number, Pending>();
    const fail = (err: Error) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      if (thread === t) thread = null;
    };
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (msg: StoreThreadResponse) => {
        if ('ready' in msg) {
          if (msg.ready) resolve();
          else reject(toError(msg.error));
          return;
        }
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.ok) p?.resolve('summaries' in msg ? msg.summaries : []);
        else p?.reject(toError(msg.error));
      });
      worker.on('error', (err) => {
        reject(err);
        fail(new PipelineWorkerError(`store thread failed: ${err.message}`));
      });
      worker.on('exit', (code) => {
        const err = new PipelineWorkerError(`store thread exited with code ${code}`);
        reject(err);
        fail(err);
      });
    });
    ready.catch(() => {});
    const t: Thread = { worker, ready, pending };
    return t;
  }

  let thread: Thread | null = start();

  function request(t: Thread, msg: StoreThreadRequest): Promise<(RecordSummary | null)[]> {
    return new Promise((resolve, reject) => {
      t.pending.set(msg.id, { resolve, reject });
      t.worker.postMessage(msg);
    });
  }

  return {
    ready: thread.ready,
    groups: true,
    async write(items: WriteItem[], opts?: WriteOptions) {
      if (closed) throw new PipelineWorkerError('store thread is closed');
      thread ??= start();
      const t = thread;
      await t.ready;
      // Copied, not transferred: a group that meets a store outage is sent again. A line is one
      // memcpy (microseconds); what costs on this thread is parsing and cloning objects.
      return request(t, { id: nextId++, items, summaries: opts?.summaries !== false });
    },
    async close() {
      closed = true;
      const t = thread;
      thread = null;
      if (!t) return;
      // The store closes itself first (connections ended, SQLite's WAL checkpointed and removed);
      // a thread that never opened its store, or cannot close it, is just ended.
      if (
        await t.ready.then(
          () => true,
          () => false,
        )
      )
        await request(t, { id: nextId++, close: true }).catch(() => {});
      await t.worker.terminate();
    },
  };
}
