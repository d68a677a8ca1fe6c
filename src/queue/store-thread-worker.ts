/**
 * The store thread of a queue worker: opens its own connection to the store and writes each
 * group it is sent in one transaction, parsing the records' lines here rather than on the
 * worker's event loop. Errors go back by name (StoreUnavailableError included), so that the
 * main thread tells an outage from a bad record as before.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { exitCodeOf } from '../errors/index.js';
import { openStore } from '../store/index.js';
import type { SerializedError } from '../pipeline/pool-protocol.js';
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
  port.on('message', async ({ id, items }: StoreThreadRequest) => {
    try {
      post({ id, ok: true, summaries: await sink.write(items) });
    } catch (err) {
      post({ id, ok: false, error: serialize(err) });
    }
  });
  post({ id: -1, ready: true });
} catch (err) {
  post({ id: -1, ready: false, error: serialize(err) });
}
