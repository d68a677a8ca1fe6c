import { createReadStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { MemoryDedupIndex, signatureFromBytes, signatureToBytes } from '../dedup/index.js';
import { DurableAppend } from '../io/durable-append.js';
import { jsonLine } from '../io/json-line.js';
import type { NewsRecord } from '../record/schema.js';
import { hasSourceId, upgradeRecord } from '../record/upgrade.js';
import type { DedupRequest, RecordStore } from './store.js';

async function* lines(path: string): AsyncGenerator<string> {
  if (!existsSync(path)) return;
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim() !== '') yield line;
}

function parse(line: string): NewsRecord | null {
  try {
    const r = JSON.parse(line) as NewsRecord;
    return typeof r?.id === 'string' ? r : null;
  } catch {
    return null;
  }
}

/** Rewrites a file written before 0.2 with today's ids and fields (a new file, then a rename). */
async function migrateFile(path: string): Promise<void> {
  let old = false;
  for await (const line of lines(path)) {
    const r = parse(line);
    if (r && (!hasSourceId(r) || r.keywords === undefined)) {
      old = true;
      break;
    }
  }
  if (!old) return;
  const tmp = `${path}.migrating`;
  const out = DurableAppend.create(tmp);
  for await (const line of lines(path)) {
    const r = parse(line);
    out.appendSync(r ? jsonLine(upgradeRecord(r)) : `${line}\n`);
  }
  out.syncSync();
  out.close();
  renameSync(tmp, path);
}

/** `<store>.signatures.jsonl`: one `{id, rep, sig}` line per fingerprinted record, base64 signature. */
const signaturesPath = (path: string): string => `${path}.signatures.jsonl`;

/**
 * Append-only JSONL: `put` appends a line (a record put twice appears twice in the
 * file), and reading dedupes by id, the last line of an id winning. The ids seen are
 * kept in memory (a few dozen bytes each) for `has` and `count`; with dedup, the signatures
 * are too (loaded from the file beside the store), so one process writes a JSONL store at a time.
 */
export async function openJsonlStore(path: string): Promise<RecordStore> {
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path)) await migrateFile(path);
  const file = DurableAppend.reopen(path, 'last-line');
  const ids = new Set<string>();
  for await (const line of lines(path)) {
    const r = parse(line);
    if (r) ids.add(r.id);
  }
  let index: MemoryDedupIndex | null = null;
  let sigFile: DurableAppend | null = null;
  const dedupIndex = async (threshold: number): Promise<MemoryDedupIndex> => {
    if (index) return index;
    index = new MemoryDedupIndex(threshold);
    for await (const line of lines(signaturesPath(path))) {
      try {
        const s = JSON.parse(line) as { id: string; rep: string | null; sig: string };
        index.add(s.id, signatureFromBytes(Buffer.from(s.sig, 'base64')), s.rep);
      } catch {
        // A line cut short by a kill: its record is fingerprinted again when put again.
      }
    }
    sigFile = existsSync(signaturesPath(path))
      ? DurableAppend.reopen(signaturesPath(path), 'last-line')
      : DurableAppend.create(signaturesPath(path));
    return index;
  };
  return {
    async put(given: NewsRecord, dedup?: DedupRequest) {
      let record = given;
      if (dedup) {
        const idx = await dedupIndex(dedup.threshold);
        const fresh = idx.size;
        const rep = idx.assign(record.id, dedup.signature);
        record = { ...record, duplicateOf: rep };
        if (idx.size > fresh) {
          sigFile!.appendSync(JSON.stringify({ id: record.id, rep, sig: signatureToBytes(dedup.signature).toString('base64') }) + '\n');
          sigFile!.syncSync();
        }
      }
      // Synchronous: puts that overlap still land as whole lines, one after the other.
      file.appendSync(jsonLine(record));
      file.syncSync();
      ids.add(record.id);
      return record;
    },
    async has(id) {
      return ids.has(id);
    },
    async *records() {
      const last = new Map<string, number>();
      let n = 0;
      for await (const line of lines(path)) {
        const r = parse(line);
        if (r) last.set(r.id, n);
        n += 1;
      }
      n = 0;
      for await (const line of lines(path)) {
        const r = parse(line);
        if (r && last.get(r.id) === n) yield r;
        n += 1;
      }
    },
    async count() {
      return ids.size;
    },
    async close() {
      file.close();
      (sigFile as DurableAppend | null)?.close();
    },
  };
}
