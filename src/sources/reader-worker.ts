/**
 * The reader thread of a batch: walks the inputs, decompresses and unpacks archives, and
 * hashes each article's bytes, so that the main thread (which feeds every pipeline thread)
 * only moves buffers. Articles go out in runs, on request, so that at most one run is read
 * ahead of what the main thread has taken (memory stays bounded).
 */
import { createHash } from 'node:crypto';
import { parentPort, workerData, type TransferListItem } from 'node:worker_threads';
import { exitCodeOf } from '../errors/index.js';
import { InputProgress } from './progress-tap.js';
import { readInputs } from './read-inputs.js';
import type { ReaderBatch, ReaderData, ReaderPull } from './reader-protocol.js';
import type { SourceItem } from './source-item.js';

const port = parentPort!;
const data = workerData as ReaderData;
const progress = new InputProgress();
const items = readInputs(data.paths, { limits: data.limits, progress });

/** The bytes in an ArrayBuffer of their own: a slice of a shared one (Buffer's pool) cannot be transferred. */
function own(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

async function readRun(pull: ReaderPull): Promise<{ batch: ReaderBatch; transfer: TransferListItem[] }> {
  const run: SourceItem[] = [];
  const transfer: TransferListItem[] = [];
  let bytes = 0;
  let done = false;
  while (run.length < pull.items && bytes < pull.bytes) {
    const next = await items.next();
    if (next.done) {
      done = true;
      break;
    }
    const item = next.value;
    if (item.ok) {
      const input = { ...item.input, bytes: own(item.input.bytes) };
      input.sha256 ??= createHash('sha256').update(input.bytes).digest('hex');
      transfer.push(input.bytes.buffer as ArrayBuffer);
      bytes += input.bytes.byteLength;
      run.push({ ok: true, input });
    } else {
      run.push(item);
    }
  }
  return { batch: { items: run, done, progress: { base: progress.base, current: progress.current } }, transfer };
}

// Pulls are answered one at a time, in order (the main thread asks for the next run only once
// it has the previous one).
let chain = Promise.resolve();
port.on('message', (pull: ReaderPull) => {
  chain = chain.then(async () => {
    try {
      const { batch, transfer } = await readRun(pull);
      port.postMessage(batch, transfer);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      port.postMessage({ error: { name: e.name, message: e.message, exitCode: exitCodeOf(err) } } satisfies ReaderBatch);
    }
  });
});
