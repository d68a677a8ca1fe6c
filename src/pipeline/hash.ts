import { createHash } from 'node:crypto';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What names a source document: its URL when one is known (given with the input, or the
 * page's canonical link), else its URI (a path, `archive!entry`, `file.jsonl#L12`), else
 * nothing (stdin without --url).
 */
export function sourceLocator(source: { url?: string | null; uri?: string | null }): string {
  return source.url ?? source.uri ?? '';
}

/**
 * The record id: the first 32 hex digits of SHA-256 over the source's locator, a newline and
 * the hex SHA-256 of its raw bytes. The same source processed again gets the same id; two
 * sources with the same text (two URLs, two encodings of one page) get two, and deduplication
 * links them by `duplicateOf`. Computable from a stored record's `source` alone.
 */
export function recordId(source: { url: string | null; uri: string | null; sha256: string }): string {
  return sourceDigest(source, source.sha256).slice(0, 32);
}

/** SHA-256 (hex) over a source's locator, a newline and the hex SHA-256 of its bytes: record and job ids. */
export function sourceDigest(source: { url?: string | null; uri?: string | null }, bytesSha256: string): string {
  return sha256Hex(`${sourceLocator(source)}\n${bytesSha256}`);
}

/** The id records had before 0.2 (a hash of the clean text): how an old store is recognised. */
export function textHashId(text: string): string {
  return sha256Hex(text).slice(0, 32);
}
