import { closeSync, fdatasync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readSync, write, writeSync } from 'node:fs';
import { promisify } from 'node:util';

const writeAsync = promisify(write) as unknown as (fd: number, buf: Buffer, off: number, len: number) => Promise<{ bytesWritten: number }>;
const datasyncAsync = promisify(fdatasync);

/**
 * The length of the file up to and including its last "\n": what a crash mid-append
 * leaves past it is a partial line, cut off on open.
 */
function completeLength(fd: number): number {
  const size = fstatSync(fd).size;
  const buf = Buffer.alloc(64 * 1024);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - buf.length);
    const n = readSync(fd, buf, 0, end - start, start);
    const i = buf.subarray(0, n).lastIndexOf(0x0a);
    if (i >= 0) return start + i + 1;
    end = start;
  }
  return 0;
}

/**
 * Where to start appending to a file that is already there: at a length recorded
 * elsewhere (a journal's offset: anything past it was written by work that is done
 * again), or after its last complete line (a crash mid-append leaves a partial one).
 */
export type ReopenAt = number | 'last-line';

/**
 * A file written only at its end, whose length is known, and made durable on demand:
 * append, then `sync` (fdatasync) before recording anywhere that the bytes are there.
 * What is appended but not yet synced may be lost to a crash or power cut, and is cut
 * off on the next reopen (see ReopenAt), never read half-written.
 */
export class DurableAppend {
  private constructor(
    private fd: number,
    readonly path: string,
    public size: number,
  ) {}

  /** A new, empty file (an existing one is emptied). */
  static create(path: string): DurableAppend {
    return new DurableAppend(openSync(path, 'w'), path, 0);
  }

  /** The file (created empty if missing), cut back to `at` and appended to from there. */
  static reopen(path: string, at: ReopenAt): DurableAppend {
    const fd = openSync(path, 'a+');
    const size = fstatSync(fd).size;
    const keep = at === 'last-line' ? completeLength(fd) : Math.min(at, size);
    if (size > keep) ftruncateSync(fd, keep);
    return new DurableAppend(fd, path, keep);
  }

  /** Appends without blocking the event loop (a batch keeps feeding its threads meanwhile). */
  async append(data: string | Buffer): Promise<void> {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += (await writeAsync(this.fd, buf, off, buf.length - off)).bytesWritten;
    this.size += buf.length;
  }

  appendSync(data: string | Buffer): void {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
    this.size += buf.length;
  }

  /** Makes what was appended durable (data and the length needed to read it back). */
  async sync(): Promise<void> {
    await datasyncAsync(this.fd);
  }

  syncSync(): void {
    fdatasyncSync(this.fd);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}
