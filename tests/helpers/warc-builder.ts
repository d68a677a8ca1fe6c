/** WARC records written byte by byte for the reader's tests, damaged ones included. */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

export interface RecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'metadata' | 'revisit';
  url?: string;
  version?: '1.0' | '1.1';
  /** The WARC Content-Type of the block. */
  contentType?: string;
  block: Buffer;
  /** Content-Length to write, when it should lie. */
  length?: number;
}

let ids = 0;

export function record(r: RecordSpec): Buffer {
  ids += 1;
  const head = [
    `WARC/${r.version ?? '1.0'}`,
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(ids).padStart(12, '0')}>`,
    'WARC-Date: 2024-05-01T08:00:00Z',
    ...(r.url ? [`WARC-Target-URI: ${r.url}`] : []),
    ...(r.contentType ? [`Content-Type: ${r.contentType}`] : []),
    `Content-Length: ${r.length ?? r.block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'utf8'), r.block, Buffer.from('\r\n\r\n')]);
}

export interface HttpSpec {
  status?: number;
  contentType?: string;
  encoding?: 'gzip' | 'deflate' | 'br';
  chunked?: boolean;
}

/** An HTTP body in chunked transfer coding, 300 bytes a chunk. */
export function chunked(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += 300) {
    const c = body.subarray(i, i + 300);
    parts.push(Buffer.from(`${c.length.toString(16)}\r\n`), c, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** An HTTP response block: status line, headers, the body encoded as asked. */
export function httpResponse(body: Buffer, spec: HttpSpec = {}): Buffer {
  let data = body;
  const headers: string[] = [];
  if (spec.contentType) headers.push(`Content-Type: ${spec.contentType}`);
  if (spec.encoding) {
    data = spec.encoding === 'gzip' ? gzipSync(data) : spec.encoding === 'deflate' ? deflateSync(data) : brotliCompressSync(data);
    headers.push(`Content-Encoding: ${spec.encoding}`);
  }
  if (spec.chunked) {
    data = chunked(data);
    headers.push('Transfer-Encoding: chunked');
  } else {
    headers.push(`Content-Length: ${data.length}`);
  }
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${spec.status ?? 200} X\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`, 'latin1'), data]);
}

export function htmlResponse(url: string, body: Buffer, spec: HttpSpec = {}): Buffer {
  return record({
    type: 'response',
    url,
    contentType: 'application/http; msgtype=response',
    block: httpResponse(body, { contentType: 'text/html; charset=utf-8', ...spec }),
  });
}

/** The records as a file: plain, one gzip member per record, or one gzip stream for all. */
export function warcFile(records: Buffer[], gzip: 'none' | 'record' | 'file'): Buffer {
  if (gzip === 'record') return Buffer.concat(records.map((r) => gzipSync(r)));
  const all = Buffer.concat(records);
  return gzip === 'file' ? gzipSync(all) : all;
}
