import { closeSync, fstatSync, ftruncateSync, openSync } from 'node:fs';
import { fdatasync, write as writeCb } from 'node:fs';
import { promisify } from 'node:util';
import type { NewsRecord } from '../record/schema.js';
import type { RecordStore } from '../store/store.js';
import type { Journal, JournalEntry } from './journal.js';

/** What became of one input article. */
export type Outcome =
  | { key: string; uri: string | null; record: NewsRecord }
  | { key: string; uri: string | null; reason: string };

/** Where a batch's outcomes go, a group at a time, in input order. */
export interface BatchSink {
  commit(outcomes: Outcome[]): Promise<void>;
  close(): Promise<void>;
}

const writeAsync = promisify(writeCb) as unknown as (fd: number, buf: Buffer, off: number, len: number) => Promise<{ bytesWritten: number }>;
const datasyncAsync = promisify(fdatasync);

/** An append-only file whose length is known, cut back to a journal offset on resume. */
export class AppendFile {
  private fd: number;
  size: number;

  constructor(readonly path: string, resumeAt: number | null) {
    if (resumeAt === null) {
      this.fd = openSync(path, 'w');
      this.size = 0;
    } else {
      this.fd = openSync(path, 'a+');
      // Whatever lies past the journal's offset was written by an article whose journal
      // line never landed: it is done again, so its first copy goes.
      if (fstatSync(this.fd).size > resumeAt) ftruncateSync(this.fd, resumeAt);
      this.size = Math.min(resumeAt, fstatSync(this.fd).size);
    }
  }

  /** Appends (asynchronously: the event loop keeps feeding the pipeline threads meanwhile). */
  async write(text: string): Promise<void> {
    if (text.length === 0) return;
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < buf.length) off += (await writeAsync(this.fd, buf, off, buf.length - off)).bytesWritten;
    this.size += buf.length;
  }

  async sync(): Promise<void> {
    await datasyncAsync(this.fd);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

function failureLine(o: Outcome & { reason: string }): string {
  return `${JSON.stringify({ input: o.uri, reason: o.reason })}\n`;
}

function resumeOffset(journal: Journal, resume: boolean, name: string): number | null {
  if (!resume) return null;
  return journal.offsets?.[name] ?? 0;
}

/**
 * Records as JSONL lines in `--out`, failures in `<out>.failures.jsonl`. Each group is
 * written, synced, and only then journalled with the files' lengths after each article.
 */
export class JsonlFileSink implements BatchSink {
  private out: AppendFile;
  private failures: AppendFile;

  constructor(outPath: string, failuresPath: string, private journal: Journal, resume: boolean) {
    this.out = new AppendFile(outPath, resumeOffset(journal, resume, 'out'));
    this.failures = new AppendFile(failuresPath, resumeOffset(journal, resume, 'failures'));
  }

  async commit(outcomes: Outcome[]): Promise<void> {
    const entries: JournalEntry[] = [];
    let outText = '';
    let failText = '';
    let outSize = this.out.size;
    let failSize = this.failures.size;
    for (const o of outcomes) {
      if ('record' in o) {
        const line = `${JSON.stringify(o.record)}\n`;
        outText += line;
        outSize += Buffer.byteLength(line);
      } else {
        const line = failureLine(o);
        failText += line;
        failSize += Buffer.byteLength(line);
      }
      entries.push({ k: o.key, s: 'record' in o ? 'd' : 'f', o: { out: outSize, failures: failSize } });
    }
    await this.out.write(outText);
    await this.failures.write(failText);
    await Promise.all([outText ? this.out.sync() : null, failText ? this.failures.sync() : null]);
    await this.journal.append(entries);
  }

  async close(): Promise<void> {
    this.out.close();
    this.failures.close();
  }
}

/** Records upserted into a store (idempotent by id), failures in a file beside it. */
export class StoreSink implements BatchSink {
  private failures: AppendFile;

  constructor(private store: RecordStore, failuresPath: string, private journal: Journal, resume: boolean) {
    this.failures = new AppendFile(failuresPath, resumeOffset(journal, resume, 'failures'));
  }

  async commit(outcomes: Outcome[]): Promise<void> {
    const entries: JournalEntry[] = [];
    let failText = '';
    let failSize = this.failures.size;
    for (const o of outcomes) {
      if ('record' in o) {
        await this.store.put(o.record);
      } else {
        const line = failureLine(o);
        failText += line;
        failSize += Buffer.byteLength(line);
      }
      entries.push({ k: o.key, s: 'record' in o ? 'd' : 'f', o: { failures: failSize } });
    }
    await this.failures.write(failText);
    if (failText) await this.failures.sync();
    await this.journal.append(entries);
  }

  async close(): Promise<void> {
    this.failures.close();
  }
}
