import { createReadStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { DurableAppend } from '../io/durable-append.js';
import { jsonLine } from '../io/json-line.js';
import type { NewsRecord } from '../record/schema.js';
import type { RecordStore } from './store.js';

async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim() !== '') yield line;
}

function idOf(line: string): string | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown }).id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/**
 * Append-only JSONL: `put` appends a line (a record put twice appears twice in the
 * file), and reading dedupes by id, the last line of an id winning. The ids seen are
 * kept in memory (a few dozen bytes each) for `has` and `count`.
 */
export async function openJsonlStore(path: string): Promise<RecordStore> {
  mkdirSync(dirname(path), { recursive: true });
  const file = DurableAppend.reopen(path, 'last-line');
  const ids = new Set<string>();
  for await (const line of lines(path)) {
    const id = idOf(line);
    if (id) ids.add(id);
  }
  return {
    async put(record: NewsRecord) {
      // Synchronous: puts that overlap still land as whole lines, one after the other.
      file.appendSync(jsonLine(record));
      file.syncSync();
      ids.add(record.id);
    },
    async has(id) {
      return ids.has(id);
    },
    async *records() {
      const last = new Map<string, number>();
      let n = 0;
      for await (const line of lines(path)) {
        const id = idOf(line);
        if (id) last.set(id, n);
        n += 1;
      }
      n = 0;
      for await (const line of lines(path)) {
        const id = idOf(line);
        if (id && last.get(id) === n) yield JSON.parse(line) as NewsRecord;
        n += 1;
      }
    },
    async count() {
      return ids.size;
    },
    async close() {
      file.close();
    },
  };
}
