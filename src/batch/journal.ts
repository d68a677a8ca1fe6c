import { createHash } from 'node:crypto';
import { closeSync, existsSync, fdatasync, ftruncateSync, openSync, readFileSync, rmSync, write } from 'node:fs';
import { promisify } from 'node:util';
import { completeLength } from '../store/jsonl.js';

const writeAsync = promisify(write) as unknown as (fd: number, buf: Buffer, off: number, len: number) => Promise<{ bytesWritten: number }>;
const datasyncAsync = promisify(fdatasync);

/** One finished article: its key, and the length of each output file once it was written. */
export interface JournalEntry {
  /** articleKey(uri, sha256) */
  k: string;
  /** done | failed */
  s: 'd' | 'f';
  /** Bytes of the outputs (e.g. { out, failures }) right after this article was written. */
  o: Record<string, number>;
}

/** What identifies an article across runs: where it came from and what its bytes were. */
export function articleKey(uri: string | null, sha256: string): string {
  return createHash('sha256').update(`${uri ?? '-'}\n${sha256}`).digest('base64url').slice(0, 22);
}

/**
 * The batch's progress journal: one JSON line per finished article, fdatasync'd after
 * each group of appends. An interrupted run (even SIGKILL) is resumed from it: the keys
 * say which articles to skip, and the offsets of the last complete line say where each
 * output file ended, so anything written past it (an article whose journal line never
 * landed) is cut off and done again, neither lost nor doubled.
 */
export class Journal {
  private constructor(private fd: number, readonly path: string, readonly done: Set<string>, readonly offsets: Record<string, number> | null) {}

  /** Opens the journal; with `resume`, reads what a previous run finished, else starts empty. */
  static open(path: string, resume: boolean): Journal {
    const done = new Set<string>();
    let offsets: Record<string, number> | null = null;
    if (resume && existsSync(path)) {
      const fd = openSync(path, 'r+');
      const len = completeLength(fd);
      ftruncateSync(fd, len);
      closeSync(fd);
      const text = readFileSync(path, 'utf8');
      for (const line of text.split('\n')) {
        if (!line) continue;
        const e = JSON.parse(line) as JournalEntry;
        done.add(e.k);
        offsets = e.o;
      }
    }
    const fd = openSync(path, resume ? 'a' : 'w');
    return new Journal(fd, path, done, offsets);
  }

  /** Whether a journal from an earlier run is there (to say so when not resuming). */
  static exists(path: string): boolean {
    return existsSync(path);
  }

  async append(entries: JournalEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const buf = Buffer.from(entries.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
    let off = 0;
    while (off < buf.length) off += (await writeAsync(this.fd, buf, off, buf.length - off)).bytesWritten;
    await datasyncAsync(this.fd);
    for (const e of entries) this.done.add(e.k);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  /** The run finished: nothing left to resume. */
  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}
