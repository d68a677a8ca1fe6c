/**
 * The store thread (of a queue worker, or of `batch --store`): opens its own connection to the
 * store and writes each group it is sent in one transaction, parsing the records' lines here
 * rather than on the main thread. Errors go back by name (StoreUnavailableError included), so
 * that the main thread tells an outage from a bad record.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { exitCodeOf } from '../../errors/index.js';
import { openStore } from '../index.js';
import type { SerializedError } from '../../pipeline/pool-protocol.js';
import { storeSink } from './write-sink.js';
import type { StoreThreadConfig, StoreThreadRequest, StoreThreadResponse } from './store-thread-protocol.js';

function serialize(err: unknown): SerializedError {
  const e = err instanceof Error ? err : new Error(String(err));
  return { name: e.name, message: e.message, exitCode: exitCodeOf(err) };
}

const port = parentPort!;
const post = (msg: StoreThreadResponse) => port.postMessage(msg);
const config = workerData as StoreThreadConfig;

try {
  const store = await openStore(config.uri);
  const sink = storeSink(store, config.dedupThreshold);
  // One message at a time, in the order sent: a close never lands in the middle of a write.
  let turn = Promise.resolve();
  port.on('message', (msg: StoreThreadRequest) => {
    turn = turn.then(() => handle(msg));
  });
  async function handle(msg: StoreThreadRequest): Promise<void> {
    const { id } = msg;
    try {
      if ('close' in msg) {
        await store.close();
        post({ id, ok: true, closed: true });
      } else {
        post({ id, ok: true, summaries: await sink.write(msg.items, { summaries: msg.summaries }) });
      }
    } catch (err) {
      post({ id, ok: false, error: serialize(err) });
    }
  }
  post({ id: -1, ready: true });
} catch (err) {
  post({ id: -1, ready: false, error: serialize(err) });
}
