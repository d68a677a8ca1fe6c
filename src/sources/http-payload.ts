import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { EntryTooLargeError } from '../errors/entry-too-large-error.js';

/** An HTTP response as a WARC `response` record holds it: status, headers, raw body. */
export interface HttpResponse {
  status: number;
  /** Field names lower-cased; a repeated field keeps its first value. */
  headers: Map<string, string>;
  body: Buffer;
}

/** Parses the block of a `response` record, or null when it is not an HTTP response (DNS, FTP…). */
export function parseHttpResponse(block: Buffer): HttpResponse | null {
  let end = block.indexOf('\r\n\r\n', 0, 'latin1');
  let sep = 4;
  const lf = block.indexOf('\n\n', 0, 'latin1');
  if (lf >= 0 && (end < 0 || lf < end)) [end, sep] = [lf, 2];
  const head = (end < 0 ? block : block.subarray(0, end)).toString('latin1');
  const lines = head.split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(lines[0] ?? '');
  if (!m) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { status: Number(m[1]), headers, body: end < 0 ? Buffer.alloc(0) : block.subarray(end + sep) };
}

/** The body without its chunked transfer coding, or null when it is not well-formed chunks. */
export function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const nl = body.indexOf('\r\n', at, 'latin1');
    if (nl < 0) return null;
    const size = /^([0-9a-fA-F]{1,8})(?:;.*)?$/.exec(body.subarray(at, nl).toString('latin1').trim());
    if (!size) return null;
    const n = parseInt(size[1]!, 16);
    if (n === 0) return Buffer.concat(parts);
    const start = nl + 2;
    if (start + n + 2 > body.length || body[start + n] !== 0x0d || body[start + n + 1] !== 0x0a) return null;
    parts.push(body.subarray(start, start + n));
    at = start + n + 2;
  }
}

function isOverLimit(err: unknown): boolean {
  return err instanceof RangeError || (err as { code?: string })?.code === 'ERR_BUFFER_TOO_LARGE';
}

/**
 * The body as the page's bytes: de-chunked, then gzip/deflate/br decoded, never past
 * `limit` decoded bytes (EntryTooLargeError). Like browsers, a body whose coding does not
 * decode is taken as it is.
 */
export function httpPayload(res: HttpResponse, limit: number): Buffer {
  let body = res.body;
  if (/\bchunked\b/i.test(res.headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  const coding = (res.headers.get('content-encoding') ?? '').trim().toLowerCase();
  const decoders: Array<(b: Buffer) => Buffer> =
    coding === 'gzip' || coding === 'x-gzip'
      ? [(b) => gunzipSync(b, { maxOutputLength: limit + 1 })]
      : coding === 'deflate'
        ? [(b) => inflateSync(b, { maxOutputLength: limit + 1 }), (b) => inflateRawSync(b, { maxOutputLength: limit + 1 })]
        : coding === 'br'
          ? [(b) => brotliDecompressSync(b, { maxOutputLength: limit + 1 })]
          : [];
  for (const decode of decoders) {
    try {
      body = decode(body);
      break;
    } catch (err) {
      if (isOverLimit(err)) throw new EntryTooLargeError(limit);
    }
  }
  if (body.length > limit) throw new EntryTooLargeError(limit);
  return body;
}
