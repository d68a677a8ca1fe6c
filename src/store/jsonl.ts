import { closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readSync, writeSync, createReadStream } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { NewsRecord } from '../record/schema.js';
import type { RecordStore } from './store.js';

/**
 * The length of the file up to and including its last "\n": what a crash mid-append
 * leaves past it is a partial line, cut off on open.
 */
export function completeLength(fd: number): number {
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
  const fd = openSync(path, 'a+');
  ftruncateSync(fd, completeLength(fd));
  const ids = new Set<string>();
  for await (const line of lines(path)) {
    const id = idOf(line);
    if (id) ids.add(id);
  }
  let closed = false;
  return {
    async put(record: NewsRecord) {
      writeSync(fd, `${JSON.stringify(record)}\n`);
      fsyncSync(fd);
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
      if (!closed) closeSync(fd);
      closed = true;
    },
  };
}
