import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ByteMeter, type ArchiveLimits } from './limits.js';
import type { InputProgress } from './progress-tap.js';

function counter(onBytes: (n: number) => string | null): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      const stop = onBytes(chunk.length);
      if (stop) cb(new Error(stop));
      else cb(null, chunk);
    },
  });
}

/**
 * The decompressed bytes of a file (gunzipped when `gzip`, concatenated gzip members
 * included), streamed; the stream fails with a clear reason once the archive passes its
 * total cap or its overall compression ratio looks like a bomb.
 */
export function openMetered(path: string, gzip: boolean, limits: ArchiveLimits, progress?: InputProgress): Readable {
  const meter = new ByteMeter(limits);
  const file = createReadStream(path, { highWaterMark: 64 * 1024 });
  if (progress)
    file.on('data', (chunk) => {
      progress.current += chunk.length;
    });
  const out = counter((n) => {
    meter.decompressed += n;
    return meter.verdict();
  });
  if (gzip) {
    const inCount = counter((n) => {
      meter.compressed += n;
      return null;
    });
    pipeline(file, inCount, createGunzip(), out, () => {});
  } else {
    meter.compressed = Infinity;
    pipeline(file, out, () => {});
  }
  return out;
}
