import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { DurableAppend } from '../io/durable-append.js';
import { jsonLine } from '../io/json-line.js';

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
  return createHash('sha256')
    .update(`${uri ?? '-'}\n${sha256}`)
    .digest('base64url')
    .slice(0, 22);
}

/**
 * The batch's progress journal: one JSON line per finished article, fdatasync'd after
 * each group of appends. An interrupted run (even SIGKILL) is resumed from it: the keys
 * say which articles to skip, and the offsets of the last complete line say where each
 * output file ended, so anything written past it (an article whose journal line never
 * landed) is cut off and done again, neither lost nor doubled.
 */
export class Journal {
  private constructor(
    private file: DurableAppend,
    readonly path: string,
    readonly done: Set<string>,
    readonly offsets: Record<string, number> | null,
  ) {}

  /** Opens the journal; with `resume`, reads what a previous run finished, else starts empty. */
  static open(path: string, resume: boolean): Journal {
    const done = new Set<string>();
    let offsets: Record<string, number> | null = null;
    // A line torn by a crash is cut off: its article was never done as far as the outputs know.
    const file = resume ? DurableAppend.reopen(path, 'last-line') : DurableAppend.create(path);
    if (resume) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line) continue;
        const e = JSON.parse(line) as JournalEntry;
        done.add(e.k);
        offsets = e.o;
      }
    }
    return new Journal(file, path, done, offsets);
  }

  /** Whether a journal from an earlier run is there (to say so when not resuming). */
  static exists(path: string): boolean {
    return existsSync(path);
  }

  async append(entries: JournalEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.file.append(entries.map(jsonLine).join(''));
    await this.file.sync();
    for (const e of entries) this.done.add(e.k);
  }

  close(): void {
    this.file.close();
  }

  /** The run finished: nothing left to resume. */
  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}
