import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputKind } from '../../doc.js';
import { UsageError } from '../../errors/index.js';
import { readJsonl } from './jsonl.js';
import type { SourceItem } from './source-item.js';

/** Files above this size are refused per file, so one huge file cannot exhaust memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function kindFromName(name: string): InputKind {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  return 'auto';
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

export async function readFileItem(path: string): Promise<SourceItem> {
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) return { ok: false, uri: path, reason: `file is ${info.size} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
    return { ok: true, input: { bytes: await readFile(path), kind: kindFromName(path), uri: path } };
  } catch (err) {
    return { ok: false, uri: path, reason: (err as Error).message };
  }
}

async function* itemsOfFile(path: string): AsyncGenerator<SourceItem> {
  if (/\.jsonl$/i.test(path)) yield* readJsonl(path);
  else yield await readFileItem(path);
}

/** Checks every input exists before any work starts: a missing path is a usage error. */
export async function assertInputsExist(paths: string[]): Promise<void> {
  for (const p of paths) {
    if (p === '-') continue;
    try {
      await stat(p);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
  }
}

/** Every article in the inputs (files, folders, JSONL, `-` for stdin), streamed in order. */
export async function* readInputs(paths: string[]): AsyncGenerator<SourceItem> {
  await assertInputsExist(paths);
  for (const p of paths) {
    if (p === '-') {
      yield { ok: true, input: { bytes: await readStdin(), kind: 'auto', uri: null } };
      continue;
    }
    const info = await stat(p);
    if (info.isDirectory()) {
      for await (const file of walk(p)) yield* itemsOfFile(file);
    } else {
      yield* itemsOfFile(p);
    }
  }
}
