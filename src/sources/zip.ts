import { promisify } from 'node:util';
import { EntryTooLargeError } from '../errors/entry-too-large-error.js';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { kindFromName } from './kind.js';
import { readLimited, resolveLimits, unsafeEntryName, type ArchiveLimits } from './limits.js';
import type { InputProgress } from './progress-tap.js';
import type { SourceItem } from './source-item.js';

const openZip = promisify(yauzl.open) as (path: string, opts: yauzl.Options) => Promise<yauzl.ZipFile>;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;

/** Entry names: UTF-8 when flagged or valid, else GB18030 (what Chinese Windows zips use). */
function decodeName(raw: Buffer | string, flags: number): string {
  if (typeof raw === 'string') return raw;
  if (flags & 0x800) return raw.toString('utf8');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return utf8.decode(raw);
  } catch {
    return iconv.decode(raw, 'gb18030');
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (e: yauzl.Entry) => {
      cleanup();
      resolve(e);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** Why a zip entry is refused before any byte of it is inflated, or null. */
function refusal(entry: yauzl.Entry, name: string, limits: ArchiveLimits): string | null {
  const unsafe = unsafeEntryName(name);
  if (unsafe) return unsafe;
  const mode = (entry.externalFileAttributes >>> 16) & 0xffff;
  const madeByUnix = entry.versionMadeBy >> 8 === 3;
  if (madeByUnix && (mode & S_IFMT) === S_IFLNK) return 'symlink entry refused';
  if (madeByUnix && (mode & S_IFMT) !== 0 && (mode & S_IFMT) !== S_IFREG) return 'special file entry refused';
  if (entry.isEncrypted()) return 'encrypted entry refused';
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    return `entry is ${entry.uncompressedSize} bytes, over the ${limits.maxEntryBytes}-byte limit`;
  }
  if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio) {
    return `compression ratio ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}:1 is over ${limits.maxRatio}:1 (a zip bomb?)`;
  }
  return null;
}

/**
 * Every file in a `.zip` as an article, read from the central directory one entry at a
 * time (random access, nothing extracted to disk). Sizes are checked against the
 * headers before inflating, and again while inflating (a lying header cannot get past
 * the byte cap: yauzl also fails an entry whose data runs past its declared size).
 */
export async function* readZip(path: string, limitsIn?: Partial<ArchiveLimits>, progress?: InputProgress): AsyncGenerator<SourceItem> {
  const limits = resolveLimits(limitsIn);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false });
  } catch (err) {
    yield { ok: false, uri: path, reason: `unreadable zip archive: ${(err as Error).message}` };
    return;
  }
  let total = 0;
  try {
    for (;;) {
      let entry: yauzl.Entry | null;
      try {
        entry = await nextEntry(zip);
      } catch (err) {
        yield { ok: false, uri: path, reason: `unreadable zip archive: ${(err as Error).message}` };
        return;
      }
      if (!entry) return;
      const name = decodeName(entry.fileName as unknown as Buffer, entry.generalPurposeBitFlag);
      const uri = `${path}!${name}`;
      if (name.endsWith('/')) continue;
      const refused = refusal(entry, name, limits);
      if (refused) {
        yield { ok: false, uri, reason: refused };
        continue;
      }
      if (total + entry.uncompressedSize > limits.maxArchiveBytes) {
        yield { ok: false, uri: path, reason: `archive abandoned: over ${limits.maxArchiveBytes} decompressed bytes` };
        return;
      }
      let bytes: Buffer;
      try {
        const stream = (await promisify(zip.openReadStream.bind(zip))(entry)) as NodeJS.ReadableStream & { destroy(): void };
        try {
          bytes = await readLimited(stream as AsyncIterable<Buffer>, limits.maxEntryBytes);
        } finally {
          stream.destroy();
        }
      } catch (err) {
        const reason = err instanceof EntryTooLargeError ? err.message : `unreadable zip entry: ${(err as Error).message}`;
        yield { ok: false, uri, reason };
        continue;
      }
      total += bytes.length;
      if (progress) progress.current = entry.relativeOffsetOfLocalHeader + entry.compressedSize;
      yield { ok: true, input: { bytes, kind: kindFromName(name), uri } };
    }
  } finally {
    zip.close();
  }
}
