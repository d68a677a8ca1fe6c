import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, UsageError } from '../errors/index.js';
import { readJsonl, type WarnFn } from './jsonl.js';
import { kindFromName } from './kind.js';
import { readLimited, type ArchiveLimits } from './limits.js';
import type { InputProgress } from './progress-tap.js';
import type { SourceItem } from './source-item.js';
import { readTar } from './tar.js';
import { readWarc } from './warc.js';
import { readZip } from './zip.js';

export { kindFromName } from './kind.js';
export { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './limits.js';
export { InputProgress } from './progress-tap.js';

/** Files above this size are refused per file, so one huge file cannot exhaust memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Standard input, up to MAX_FILE_BYTES: past that it stops reading (EntryTooLargeError, exit 65). */
export async function readStdin(): Promise<Uint8Array> {
  return readLimited(process.stdin as AsyncIterable<Uint8Array>, MAX_FILE_BYTES);
}

/**
 * One article for `extract`: a file (or - for stdin) under the same cap as a batch's files,
 * refused before it is read when it is over it, so memory stays bounded.
 */
export async function readArticleFile(path: string): Promise<Uint8Array> {
  if (path === '-') return readStdin();
  const info = await stat(path);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > MAX_FILE_BYTES)
    throw new InputError(`${path}: file is ${info.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for one article`);
  return readFile(path);
}

/** A file found in a folder, or a folder (or entry) that could not be read, with the reason. */
type Found = { path: string } | { uri: string; reason: string };

/**
 * The files under a folder, in name order. A subfolder that cannot be listed is one
 * failure, not the end of the walk: the rest of the tree is still read.
 */
async function* walk(dir: string): AsyncGenerator<Found> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { uri: dir, reason: `unreadable folder: ${(err as Error).message}` };
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield { path };
  }
}

export async function readFileItem(path: string): Promise<SourceItem> {
  try {
    const info = await stat(path);
    // A FIFO or a device would block the read, or never end.
    if (!info.isFile()) return { ok: false, uri: path, reason: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES)
      return { ok: false, uri: path, reason: `file is ${info.size} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
    return { ok: true, input: { bytes: await readFile(path), kind: kindFromName(path), uri: path } };
  } catch (err) {
    return { ok: false, uri: path, reason: (err as Error).message };
  }
}

export type InputFormat = 'jsonl' | 'tar' | 'tar.gz' | 'zip' | 'warc' | 'warc.gz' | 'file';

/** What a path holds, by its name: an archive, a JSONL dump, or one article. */
export function inputFormat(path: string): InputFormat {
  if (/\.jsonl$/i.test(path)) return 'jsonl';
  if (/\.(tar\.gz|tgz)$/i.test(path)) return 'tar.gz';
  if (/\.tar$/i.test(path)) return 'tar';
  if (/\.zip$/i.test(path)) return 'zip';
  if (/\.warc\.gz$/i.test(path)) return 'warc.gz';
  if (/\.warc$/i.test(path)) return 'warc';
  return 'file';
}

export interface ReadInputsOptions {
  /** Caps for archive entries (defaults: DEFAULT_ARCHIVE_LIMITS). */
  limits?: Partial<ArchiveLimits>;
  /** Updated as the inputs are read (bytes), for a progress bar's ETA. */
  progress?: InputProgress;
  /** Where a warning about an input goes (a refused publishedAt); default: one line on stderr. */
  warn?: WarnFn;
}

const warnOnStderr: WarnFn = (message) => {
  process.stderr.write(`warning: ${message}\n`);
};

function itemsOfFormat(path: string, opts: ReadInputsOptions): AsyncGenerator<SourceItem> | Promise<SourceItem> {
  const p = opts.progress;
  switch (inputFormat(path)) {
    case 'jsonl':
      return readJsonl(path, p, opts.limits, opts.warn ?? warnOnStderr);
    case 'tar':
      return readTar(path, false, opts.limits, p);
    case 'tar.gz':
      return readTar(path, true, opts.limits, p);
    case 'zip':
      return readZip(path, opts.limits, p);
    case 'warc':
      return readWarc(path, false, opts.limits, p);
    case 'warc.gz':
      return readWarc(path, true, opts.limits, p);
    default:
      return readFileItem(path);
  }
}

/** The articles of one file; a file that fails part way is one more failure line, never the end of the run. */
async function* itemsOfFile(path: string, opts: ReadInputsOptions): AsyncGenerator<SourceItem> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      yield { ok: false, uri: path, reason: 'not a regular file' };
    } else {
      const items = itemsOfFormat(path, opts);
      if (items instanceof Promise) yield await items;
      else yield* items;
    }
  } catch (err) {
    yield { ok: false, uri: path, reason: `unreadable input: ${(err as Error).message}` };
  }
  opts.progress?.finishFile(
    await stat(path).then(
      (s) => s.size,
      () => 0,
    ),
  );
}

/** The bytes of every input file (folders walked), the denominator of a progress bar. */
export async function inputsSize(paths: string[]): Promise<number> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') continue;
    const info = await stat(p);
    if (info.isDirectory()) {
      for await (const found of walk(p))
        if ('path' in found)
          total += await stat(found.path).then(
            (s) => s.size,
            () => 0,
          );
    } else {
      total += info.size;
    }
  }
  return total;
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

/**
 * Every article in the inputs (files, folders, JSONL, tar/tar.gz/zip/WARC archives, `-`
 * for stdin), streamed in order: one item at a time is read, so memory stays bounded
 * however large the inputs.
 */
export async function* readInputs(paths: string[], opts: ReadInputsOptions = {}): AsyncGenerator<SourceItem> {
  await assertInputsExist(paths);
  for (const p of paths) {
    if (p === '-') {
      yield { ok: true, input: { bytes: await readStdin(), kind: 'auto', uri: null } };
      continue;
    }
    const info = await stat(p);
    if (info.isDirectory()) {
      for await (const found of walk(p)) {
        if ('path' in found) yield* itemsOfFile(found.path, opts);
        else yield { ok: false, ...found };
      }
    } else {
      yield* itemsOfFile(p, opts);
    }
  }
}
