import tarStream from 'tar-stream';
import { EntryTooLargeError } from '../errors/entry-too-large-error.js';
import { kindFromName } from './kind.js';
import { readLimited, resolveLimits, unsafeEntryName, type ArchiveLimits } from './limits.js';
import { openMetered } from './meter-stream.js';
import type { InputProgress } from './progress-tap.js';
import type { SourceItem } from './source-item.js';

const REFUSED_TYPES: Record<string, string> = {
  symlink: 'symlink entry refused',
  link: 'hard link entry refused',
  'character-device': 'device entry refused',
  'block-device': 'device entry refused',
  fifo: 'fifo entry refused',
};

/**
 * Every regular file in a `.tar` (or, with `gzip`, `.tar.gz`/`.tgz`) as an article,
 * streamed entry by entry: nothing is extracted to disk, and one entry at most is held.
 */
export async function* readTar(
  path: string,
  gzip: boolean,
  limitsIn?: Partial<ArchiveLimits>,
  progress?: InputProgress,
): AsyncGenerator<SourceItem> {
  const limits = resolveLimits(limitsIn);
  const extract = tarStream.extract();
  const source = openMetered(path, gzip, limits, progress);
  source.on('error', (err) => extract.destroy(err));
  source.pipe(extract);
  try {
    for await (const entry of extract) {
      const h = entry.header;
      const uri = `${path}!${h.name}`;
      const type = h.type ?? 'file';
      if (type === 'directory') {
        entry.resume();
        continue;
      }
      const refused =
        REFUSED_TYPES[type] ?? (type === 'file' || type === 'contiguous-file' ? unsafeEntryName(h.name) : `${type} entry refused`);
      if (refused) {
        entry.resume();
        yield { ok: false, uri, reason: refused };
        continue;
      }
      if ((h.size ?? 0) > limits.maxEntryBytes) {
        entry.resume();
        yield { ok: false, uri, reason: `entry is ${h.size} bytes, over the ${limits.maxEntryBytes}-byte limit` };
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readLimited(entry as AsyncIterable<Uint8Array>, limits.maxEntryBytes);
      } catch (err) {
        entry.resume();
        if (err instanceof EntryTooLargeError) {
          yield { ok: false, uri, reason: err.message };
          continue;
        }
        throw err;
      }
      yield { ok: true, input: { bytes, kind: kindFromName(h.name), uri } };
    }
  } catch (err) {
    yield { ok: false, uri: path, reason: `unreadable tar archive: ${(err as Error).message}` };
  } finally {
    source.destroy();
    extract.destroy();
  }
}
