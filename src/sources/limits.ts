import { EntryTooLargeError } from '../errors/entry-too-large-error.js';
/**
 * Archives are untrusted input: these caps bound what one entry, and one archive, may
 * cost. An entry over a cap is refused with a reason (one failure line), never buffered
 * past the cap and never written to disk.
 */
export interface ArchiveLimits {
  /** Largest entry (decompressed) taken as an article. */
  maxEntryBytes: number;
  /** Largest decompressed/compressed ratio of a zip entry above `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries (and gzip streams) smaller than this are never judged by their ratio. */
  ratioFloorBytes: number;
  /** Decompressed bytes read from one archive, all entries together, before it is abandoned. */
  maxArchiveBytes: number;
  /** Longest JSONL line (bytes): the cap of a plain file, since one line is one article. */
  maxLineBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntryBytes: 16 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxArchiveBytes: 64 * 1024 * 1024 * 1024,
  maxLineBytes: 64 * 1024 * 1024,
};

export function resolveLimits(partial?: Partial<ArchiveLimits>): ArchiveLimits {
  return { ...DEFAULT_ARCHIVE_LIMITS, ...partial };
}

/** Why an entry name is refused (absolute, `..`, NUL), or null when it is a safe relative name. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\0')) return 'entry name contains a NUL byte';
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[a-zA-Z]:/.test(n)) return 'absolute path in archive entry refused';
  if (n.split('/').includes('..')) return 'path traversal (..) in archive entry refused';
  return null;
}

/**
 * Reads a stream of chunks into one buffer, throwing EntryTooLarge as soon as it passes
 * `limit` bytes (the rest is left unread: a hard cap, whatever sizes the headers claim).
 */
export async function readLimited(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > limit) throw new EntryTooLargeError(limit);
    parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  }
  return Buffer.concat(parts, total);
}

/** Counts the bytes that pass, to judge a gzip stream by its overall ratio and size. */
export class ByteMeter {
  compressed = 0;
  decompressed = 0;
  constructor(private readonly limits: ArchiveLimits) {}

  /** Why reading should stop (a decompression bomb or an archive over the total cap), or null. */
  verdict(): string | null {
    if (this.decompressed > this.limits.maxArchiveBytes) {
      return `archive abandoned: over ${this.limits.maxArchiveBytes} decompressed bytes`;
    }
    if (
      this.decompressed > this.limits.ratioFloorBytes &&
      this.compressed > 0 &&
      this.decompressed / this.compressed > this.limits.maxRatio
    ) {
      return `archive abandoned: compression ratio over ${this.limits.maxRatio}:1 (a decompression bomb?)`;
    }
    return null;
  }
}
