import { DurableAppend } from '../io/durable-append.js';
import { jsonLine } from '../io/json-line.js';
import type { NewsRecord } from '../record/schema.js';
import type { WriteItem, WriteSink } from '../store/thread/write-sink.js';
import { fingerprint } from '../dedup/index.js';
import { withDuplicateOf } from '../pipeline/encode-record.js';
import type { EncodedRecord } from '../pipeline/pool-protocol.js';
import { FileDedup } from './file-dedup.js';
import type { Journal, JournalEntry } from './journal.js';

/** `--dedup`: mark near-duplicates as records are written (threshold: estimated Jaccard). */
export interface SinkDedup {
  threshold: number;
}

/**
 * What became of one input article: a record (as an object, or as the JSONL line its thread
 * encoded, with the fingerprint the thread computed when `--dedup` asks for one), or a reason.
 */
export type Outcome =
  | { key: string; uri: string | null; record: NewsRecord; signature?: Uint32Array }
  | { key: string; uri: string | null; encoded: EncodedRecord; signature?: Uint32Array }
  | { key: string; uri: string | null; reason: string };

/** Whether the article became a record. */
export const isDone = (o: Outcome): boolean => !('reason' in o);

/** Where a batch's outcomes go, a group at a time, in input order. */
export interface BatchSink {
  commit(outcomes: Outcome[]): Promise<void>;
  close(): Promise<void>;
}

/** What a group adds to the output files, and its journal entries. */
interface Group {
  out: Buffer[];
  failures: string;
  entries: JournalEntry[];
}

/**
 * Lays out a group: records as JSONL lines for `out` (when records go to a file), failures
 * as { input, reason } lines, and one journal entry per article with the lengths the files
 * will have once its lines are written.
 */
function layOut(outcomes: Outcome[], out: DurableAppend | null, failures: DurableAppend, marks?: (string | null)[]): Group {
  const group: Group = { out: [], failures: '', entries: [] };
  let outSize = out?.size ?? 0;
  let failSize = failures.size;
  outcomes.forEach((o, i) => {
    if ('reason' in o) {
      const line = jsonLine({ input: o.uri, reason: o.reason });
      group.failures += line;
      failSize += Buffer.byteLength(line);
    } else if (out) {
      const line = recordLine(o, marks?.[i] ?? null);
      group.out.push(line);
      outSize += line.length;
    }
    group.entries.push({ k: o.key, s: 'reason' in o ? 'f' : 'd', o: out ? { out: outSize, failures: failSize } : { failures: failSize } });
  });
  return group;
}

/** A record's JSONL line: the bytes its thread encoded (with the sink's duplicateOf mark), as is. */
function recordLine(o: Exclude<Outcome, { reason: string }>, duplicateOf: string | null): Buffer {
  if ('encoded' in o) return withDuplicateOf(o.encoded, duplicateOf);
  return Buffer.from(jsonLine(duplicateOf === null ? o.record : { ...o.record, duplicateOf }));
}

/** A record's id and fingerprint, whichever form it came in (computed here only if its thread did not). */
function idAndSignature(o: Exclude<Outcome, { reason: string }>): { id: string; signature: Uint32Array } {
  if ('encoded' in o) {
    if (!o.signature) throw new Error(`record ${o.encoded.id}: no fingerprint from its thread`);
    return { id: o.encoded.id, signature: o.signature };
  }
  return { id: o.record.id, signature: o.signature ?? fingerprint(o.record.text) };
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

  async commit(outcomes: Outcome[]): Promise<void> {
    const dedup = this.dedup && (await this.dedup);
    // Only the index lookup runs here, in input order; the fingerprints came from the threads.
    const marks = dedup
      ? outcomes.map((o) => {
          if ('reason' in o) return null;
          const { id, signature } = idAndSignature(o);
          return dedup.mark(id, signature);
        })
      : undefined;
    const group = layOut(outcomes, this.out, this.failures, marks);
    if (group.out.length > 0) await this.out.append(group.out.length === 1 ? group.out[0]! : Buffer.concat(group.out));
    await this.failures.append(group.failures);
    await Promise.all([group.out.length > 0 ? this.out.sync() : null, group.failures ? this.failures.sync() : null]);
    await this.journal.append(group.entries);
  }

  async close(): Promise<void> {
    this.out.close();
    this.failures.close();
  }
}

/**
 * Records upserted into a store (idempotent by id), failures in a file beside it. The records go
 * to the store thread as the lines their pipeline threads encoded: it parses them, builds the
 * rows and writes the group in one transaction (--dedup decided there), so the main thread only
 * forwards bytes. A group is journalled only once the store has committed it.
 */
export class StoreSink implements BatchSink {
  private failures: DurableAppend;

  constructor(
    private target: WriteSink,
    failuresPath: string,
    private journal: Journal,
    resume: boolean,
  ) {
    this.failures = openOutput(failuresPath, journal, resume, 'failures');
  }

  async commit(outcomes: Outcome[]): Promise<void> {
    const items: WriteItem[] = [];
    for (const o of outcomes) {
      if ('reason' in o) continue;
      items.push('encoded' in o ? { encoded: o.encoded, signature: o.signature } : { record: o.record, signature: o.signature });
    }
    // One transaction for the group (one commit, one sync), not one per record; a batch keeps no summaries.
    const noSummaries = { summaries: false };
    if (items.length > 0) {
      if (this.target.groups) await this.target.write(items, noSummaries);
      else for (const i of items) await this.target.write([i], noSummaries);
    }
    const group = layOut(outcomes, null, this.failures);
    await this.failures.append(group.failures);
    if (group.failures) await this.failures.sync();
    await this.journal.append(group.entries);
  }

  /** Closes the failures file and the target (the store thread closes its store). */
  async close(): Promise<void> {
    this.failures.close();
    await this.target.close();
  }
}
