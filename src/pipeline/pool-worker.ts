/** A worker thread of the pipeline pool: builds one pipeline (one model load) and serves requests. */
import { parentPort, workerData } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';
import { exitCodeOf } from '../errors/index.js';
import { fingerprint } from '../dedup/index.js';
import { createPipeline } from './pipeline.js';
import type { PipelineConfig } from './config.js';
import { encodeRecord } from './encode-record.js';
import type { PoolRequest, PoolResponse, PoolResult, ResultRequest, SerializedError } from './pool-protocol.js';
import type { NewsRecord } from '../record/schema.js';
import type { RawInput } from '../doc.js';
import { decodeJobInput, type JobInput } from '../queue/job-input.js';

function serialize(err: unknown): SerializedError {
  const e = err instanceof Error ? err : new Error(String(err));
  return { name: e.name, message: e.message, exitCode: exitCodeOf(err) };
}

const port = parentPort!;
const post = (msg: PoolResponse, transfer: TransferListItem[] = []) => port.postMessage(msg, transfer);

/**
 * The record in the form the caller asked for. Encoding and fingerprinting happen here, on
 * the pipeline's thread: the caller's event loop (which feeds every thread) only moves bytes.
 */
function shape(record: NewsRecord, want: ResultRequest): { result: PoolResult; transfer: TransferListItem[] } {
  const result: PoolResult = {};
  const transfer: TransferListItem[] = [];
  if (want.form === 'line') {
    result.encoded = encodeRecord(record);
    transfer.push(result.encoded.line.buffer as ArrayBuffer);
  } else {
    result.record = record;
  }
  if (want.signature) {
    result.signature = fingerprint(record.text);
    transfer.push(result.signature.buffer as ArrayBuffer);
  }
  return { result, transfer };
}

try {
  const pipeline = await createPipeline(workerData as PipelineConfig);
  port.on('message', async (msg: PoolRequest) => {
    const { id } = msg;
    let job: JobInput | null = null;
    try {
      // A queue job's data is parsed and decoded here, not on the thread that moves the jobs.
      if ('job' in msg) job = decodeJobInput(msg.job);
      const input = job ? job.input : (msg as { input: RawInput }).input;
      const { result, transfer } = shape(await pipeline.process(input), msg.want ?? { form: 'record' });
      if (job) result.job = { uri: job.input.uri, warning: job.warning };
      post({ id, ok: true, result }, transfer);
    } catch (err) {
      post({ id, ok: false, error: serialize(err), ...(job?.warning ? { warning: job.warning } : {}) });
    }
  });
  post({ id: -1, ready: true, model: pipeline.model });
} catch (err) {
  post({ id: -1, ready: false, error: serialize(err) });
}
