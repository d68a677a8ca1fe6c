import type { ByteReader } from './byte-reader.js';

/**
 * WARC/1.0 and 1.1 records (ISO 28500): a version line, named fields, an empty line, a
 * block of exactly Content-Length bytes, then CRLF CRLF. Read one record at a time from the
 * decompressed stream (one gzip member per record or one for the whole file: the same
 * bytes), holding at most one block, itself capped.
 */
export interface WarcRecord {
  /** Field names lower-cased; a repeated field keeps its first value. */
  headers: Map<string, string>;
  /** Content-Length (-1 when missing or invalid). */
  length: number;
  /** The block, or only its first `headBytes` when it is over the cap (the rest passed over). */
  block: Buffer;
  /** The block is over the cap: `block` holds only its head. */
  overCap: boolean;
  /** Why the record cannot be trusted (cut short, wrong length, bad fields), or null. */
  damage: string | null;
}

export interface WarcReadLimits {
  /** Largest block held whole. */
  maxBlockBytes: number;
  /** How much of a larger block is kept to tell what it holds (its HTTP headers). */
  headBytes: number;
}

const VERSION = /^WARC\/\d+\.\d+\r?\n$/;
const MAX_FIELD_LINE = 64 * 1024;
const MAX_FIELDS_BYTES = 1024 * 1024;
const TRAILER = Buffer.from('\r\n\r\n');
const RECORD_START = /^WARC\/\d+\.\d+\r?\n[!-9;-~]+:/;

function isVersionLine(line: Buffer): boolean {
  return line.length <= 16 && VERSION.test(line.toString('latin1'));
}

/**
 * Where the next record starts inside `bytes` (from `from`), or -1: a version line and a
 * field line after it. A record cut in the middle ends anywhere, not at a line end, so the
 * next record's version line is looked for anywhere.
 */
export function findVersionLine(bytes: Buffer, from = 0): number {
  let at = bytes.indexOf('WARC/', from, 'latin1');
  while (at >= 0) {
    if (RECORD_START.test(bytes.subarray(at, at + 96).toString('latin1'))) return at;
    at = bytes.indexOf('WARC/', at + 1, 'latin1');
  }
  return -1;
}

/** Where the first whole version line in `bytes` starts (anywhere, not only at a line start), or -1. */
function versionLineAt(bytes: Buffer): number {
  for (let at = bytes.indexOf('WARC/', 0, 'latin1'); at >= 0; at = bytes.indexOf('WARC/', at + 1, 'latin1')) {
    const nl = bytes.subarray(at, at + 16).indexOf(0x0a);
    if (nl >= 0 && isVersionLine(bytes.subarray(at, at + nl + 1))) return at;
  }
  return -1;
}

/** Reads on to the next version line (left unread); the bytes passed over. */
function resync(reader: ByteReader): Promise<number> {
  return reader.skipUntil(versionLineAt, 16);
}

function cutReason(reader: ByteReader, what: string): string {
  return reader.error ? `${what} (${reader.error.message})` : what;
}

/** The named fields up to the empty line, or why they could not be read. */
async function readFields(reader: ByteReader): Promise<{ headers: Map<string, string>; damage: string | null }> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  let total = 0;
  for (;;) {
    const raw = await reader.readLine(MAX_FIELD_LINE);
    if (!raw) return { headers, damage: cutReason(reader, 'record cut short in its header') };
    total += raw.length;
    if (raw[raw.length - 1] !== 0x0a || total > MAX_FIELDS_BYTES) return { headers, damage: 'record header too long' };
    const next = raw.lastIndexOf('WARC/', undefined, 'latin1');
    if (next >= 0 && isVersionLine(raw.subarray(next))) {
      reader.unshift(raw.subarray(next));
      return { headers, damage: 'record cut short in its header (the next record starts there)' };
    }
    const line = raw.toString('utf8').replace(/\r?\n$/, '');
    if (line === '') return { headers, damage: null };
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return { headers, damage: `malformed record header line ${JSON.stringify(line.slice(0, 80))}` };
    last = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
  }
}

/** Every record of the stream in order; a damaged one is reported and reading goes on at the next version line. */
export async function* warcRecords(reader: ByteReader, limits: WarcReadLimits): AsyncGenerator<WarcRecord> {
  for (;;) {
    let line = await reader.readLine(MAX_FIELD_LINE);
    while (line && /^\r?\n$/.test(line.toString('latin1'))) line = await reader.readLine(MAX_FIELD_LINE);
    if (!line) return;
    if (!isVersionLine(line)) {
      const at = reader.position - line.length;
      reader.unshift(line);
      const skipped = await resync(reader);
      yield {
        headers: new Map(),
        length: -1,
        block: Buffer.alloc(0),
        overCap: false,
        damage: `not a WARC record at byte ${at}: ${skipped} bytes passed over to the next record`,
      };
      continue;
    }
    const { headers, damage } = await readFields(reader);
    const length = /^\d+$/.test(headers.get('content-length') ?? '') ? Number(headers.get('content-length')) : -1;
    const empty = { headers, length, block: Buffer.alloc(0), overCap: false };
    if (damage) {
      await resync(reader);
      yield { ...empty, damage };
      continue;
    }
    if (length < 0 || !Number.isSafeInteger(length)) {
      await resync(reader);
      yield { ...empty, damage: 'record has no valid Content-Length' };
      continue;
    }
    yield await readBlock(reader, headers, length, limits);
  }
}

async function readBlock(reader: ByteReader, headers: Map<string, string>, length: number, limits: WarcReadLimits): Promise<WarcRecord> {
  const overCap = length > limits.maxBlockBytes;
  let block: Buffer;
  let got: number;
  if (overCap) {
    block = await reader.read(Math.min(limits.headBytes, length));
    got = block.length + (block.length < limits.headBytes ? 0 : await reader.skip(length - block.length));
  } else {
    block = await reader.read(length);
    got = block.length;
  }
  // A record cut in the middle runs into the next one: the next version line inside the
  // block says where the damaged record really ends, and reading goes on from there.
  const next = overCap ? -1 : findVersionLine(block);
  const trailer = got === length ? await reader.read(TRAILER.length) : Buffer.alloc(0);
  if (got === length && trailer.equals(TRAILER)) return { headers, length, block, overCap, damage: null };
  if (next >= 0) {
    reader.unshift(trailer);
    reader.unshift(block.subarray(next));
    return {
      headers,
      length,
      block: block.subarray(0, next),
      overCap,
      damage: `record cut short: Content-Length says ${length} bytes, only ${next} before the next record`,
    };
  }
  if (got < length) {
    return {
      headers,
      length,
      block,
      overCap,
      damage: cutReason(reader, `record cut short: Content-Length says ${length} bytes, only ${got} before the end of the file`),
    };
  }
  reader.unshift(trailer);
  await resync(reader);
  return { headers, length, block, overCap, damage: 'record does not end with CRLF CRLF after its Content-Length bytes' };
}
