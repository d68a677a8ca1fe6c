/** A worker thread of the pipeline pool: builds one pipeline (one model load) and serves requests. */
import { parentPort, workerData } from 'node:worker_threads';
import { exitCodeOf } from '../errors/index.js';
import { createPipeline } from './pipeline.js';
import type { PipelineConfig } from './config.js';
import type { PoolRequest, PoolResponse, SerializedError } from './pool-protocol.js';

function serialize(err: unknown): SerializedError {
  const e = err instanceof Error ? err : new Error(String(err));
  return { name: e.name, message: e.message, exitCode: exitCodeOf(err) };
}

const port = parentPort!;
const post = (msg: PoolResponse) => port.postMessage(msg);

try {
  const pipeline = await createPipeline(workerData as PipelineConfig);
  port.on('message', async ({ id, input }: PoolRequest) => {
    try {
      post({ id, ok: true, record: await pipeline.process(input) });
    } catch (err) {
      post({ id, ok: false, error: serialize(err) });
    }
  });
  post({ id: -1, ready: true, model: pipeline.model });
} catch (err) {
  post({ id: -1, ready: false, error: serialize(err) });
}
