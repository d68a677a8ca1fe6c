import { DurableAppend } from '../io/durable-append.js';
import { jsonLine } from '../io/json-line.js';
import type { NewsRecord } from '../record/schema.js';
import type { RecordStore } from '../store/store.js';
import { fingerprint } from '../dedup/index.js';
import { FileDedup } from './file-dedup.js';
import type { Journal, JournalEntry } from './journal.js';

/** `--dedup`: mark near-duplicates as records are written (threshold: estimated Jaccard). */
export interface SinkDedup {
  threshold: number;
}

/** What became of one input article. */
export type Outcome = { key: string; uri: string | null; record: NewsRecord } | { key: string; uri: string | null; reason: string };

/** Where a batch's outcomes go, a group at a time, in input order. */
export interface BatchSink {
  commit(outcomes: Outcome[]): Promise<void>;
  close(): Promise<void>;
}

/** What a group adds to the output files, and its journal entries. */
interface Group {
  out: string;
  failures: string;
  entries: JournalEntry[];
}

/**
 * Lays out a group: records as JSONL lines for `out` (when records go to a file), failures
 * as { input, reason } lines, and one journal entry per article with the lengths the files
 * will have once its lines are written.
 */
function layOut(outcomes: Outcome[], out: DurableAppend | null, failures: DurableAppend): Group {
  const group: Group = { out: '', failures: '', entries: [] };
  let outSize = out?.size ?? 0;
  let failSize = failures.size;
  for (const o of outcomes) {
    if (!('record' in o)) {
      const line = jsonLine({ input: o.uri, reason: o.reason });
      group.failures += line;
      failSize += Buffer.byteLength(line);
    } else if (out) {
      const line = jsonLine(o.record);
      group.out += line;
      outSize += Buffer.byteLength(line);
    }
    group.entries.push({ k: o.key, s: 'record' in o ? 'd' : 'f', o: out ? { out: outSize, failures: failSize } : { failures: failSize } });
  }
  return group;
}

/**
 * An output file of the batch: new, or on resume cut back to the journal's offset for it,
 * since whatever lies past it was written by an article whose journal line never landed:
 * it is done again, so its first copy goes.
 */
function openOutput(path: string, journal: Journal, resume: boolean, name: string): DurableAppend {
  return resume ? DurableAppend.reopen(path, journal.offsets?.[name] ?? 0) : DurableAppend.create(path);
}

/**
 * Records as JSONL lines in `--out`, failures in `<out>.failures.jsonl`. Each group is
 * written, synced, and only then journalled with the files' lengths after each article.
 */
export class JsonlFileSink implements BatchSink {
  private out: DurableAppend;
  private failures: DurableAppend;
  private dedup: Promise<FileDedup> | null;

  constructor(
    outPath: string,
    failuresPath: string,
    private journal: Journal,
    resume: boolean,
    dedup: SinkDedup | null = null,
  ) {
    this.out = openOutput(outPath, journal, resume, 'out');
    this.failures = openOutput(failuresPath, journal, resume, 'failures');
    // After the output is cut back to the journal: what is left is what the index must know.
    this.dedup = dedup ? FileDedup.open(outPath, resume, dedup.threshold) : null;
  }

  async commit(given: Outcome[]): Promise<void> {
    const dedup = this.dedup && (await this.dedup);
    const outcomes = dedup ? given.map((o) => ('record' in o ? { ...o, record: dedup.mark(o.record) } : o)) : given;
    const group = layOut(outcomes, this.out, this.failures);
    await this.out.append(group.out);
    await this.failures.append(group.failures);
    await Promise.all([group.out ? this.out.sync() : null, group.failures ? this.failures.sync() : null]);
    await this.journal.append(group.entries);
  }

  async close(): Promise<void> {
    this.out.close();
    this.failures.close();
  }
}

/** Records upserted into a store (idempotent by id), failures in a file beside it. */
export class StoreSink implements BatchSink {
  private failures: DurableAppend;

  constructor(
    private store: RecordStore,
    failuresPath: string,
    private journal: Journal,
    resume: boolean,
    private dedup: SinkDedup | null = null,
  ) {
    this.failures = openOutput(failuresPath, journal, resume, 'failures');
  }

  async commit(outcomes: Outcome[]): Promise<void> {
    const dedup = this.dedup;
    for (const o of outcomes)
      if ('record' in o)
        await this.store.put(o.record, dedup ? { signature: fingerprint(o.record.text), threshold: dedup.threshold } : undefined);
    const group = layOut(outcomes, null, this.failures);
    await this.failures.append(group.failures);
    if (group.failures) await this.failures.sync();
    await this.journal.append(group.entries);
  }

  async close(): Promise<void> {
    this.failures.close();
  }
}
