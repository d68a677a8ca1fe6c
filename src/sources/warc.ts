import { EntryTooLargeError } from '../errors/entry-too-large-error.js';
import { ByteReader } from './byte-reader.js';
import { httpPayload, parseHttpResponse } from './http-payload.js';
import { resolveLimits, type ArchiveLimits } from './limits.js';
import { openMetered } from './meter-stream.js';
import type { InputProgress } from './progress-tap.js';
import type { SourceItem } from './source-item.js';
import { warcRecords, type WarcRecord } from './warc-records.js';

/** Payload types taken as articles; other records (images, scripts, redirects) are passed over. */
const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** Enough of an over-cap block to read its HTTP headers and tell whether it is an article. */
const HEAD_BYTES = 64 * 1024;

type Picked = { contentType: string | null; payload: (limit: number) => Buffer } | null;

/** The article-bearing part of a record: its Content-Type and payload, or null to pass it over. */
function pickArticle(record: WarcRecord): Picked {
  const type = record.headers.get('warc-type');
  if (type === 'response') {
    const res = parseHttpResponse(record.block);
    if (!res || res.status < 200 || res.status >= 300) return null;
    const ct = res.headers.get('content-type') ?? null;
    if (ct && !ARTICLE_TYPES.test(ct)) return null;
    return { contentType: ct, payload: (limit) => httpPayload(res, limit) };
  }
  if (type === 'resource') {
    const ct = record.headers.get('content-type') ?? null;
    if (ct && !ARTICLE_TYPES.test(ct)) return null;
    return {
      contentType: ct,
      payload: (limit) => {
        if (record.block.length > limit) throw new EntryTooLargeError(limit);
        return record.block;
      },
    };
  }
  return null;
}

function targetOf(record: WarcRecord): string | null {
  const t = record.headers.get('warc-target-uri');
  // WARC/1.0's grammar put the URI in angle brackets; some writers still do.
  return t ? t.replace(/^<(.*)>$/, '$1') : null;
}

/**
 * Every HTML response and resource record of a `.warc` or `.warc.gz` (gzip per record or
 * for the whole file) as an article: WARC-Target-URI becomes the page's URL, the HTTP
 * Content-Type (its charset an encoding hint) travels with the bytes, the payload is
 * de-chunked and content-decoded under the same byte cap. A damaged record (cut short,
 * running into the next one) is one failure line, and the records after it are still read.
 *
 * The reader is the project's own: warcio looped forever on a truncated file and let a
 * record cut in the middle swallow the next one.
 */
export async function* readWarc(
  path: string,
  gzip: boolean,
  limitsIn?: Partial<ArchiveLimits>,
  progress?: InputProgress,
): AsyncGenerator<SourceItem> {
  const limits = resolveLimits(limitsIn);
  const source = openMetered(path, gzip, limits, progress);
  const reader = new ByteReader(source);
  let n = 0;
  let reported = false;
  try {
    for await (const record of warcRecords(reader, { maxBlockBytes: limits.maxEntryBytes, headBytes: HEAD_BYTES })) {
      n += 1;
      const target = targetOf(record);
      const uri = `${path}!${target ?? record.headers.get('warc-record-id') ?? `record-${n}`}`;
      if (record.damage) {
        reported ||= reader.error !== null;
        yield { ok: false, uri, reason: `damaged WARC record: ${record.damage}` };
        continue;
      }
      const picked = pickArticle(record);
      if (!picked) continue;
      if (record.overCap) {
        yield { ok: false, uri, reason: `record is ${record.length} bytes, over the ${limits.maxEntryBytes}-byte limit` };
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = picked.payload(limits.maxEntryBytes);
      } catch (err) {
        if (!(err instanceof EntryTooLargeError)) throw err;
        yield { ok: false, uri, reason: `decoded payload is over the ${limits.maxEntryBytes}-byte limit` };
        continue;
      }
      const kind = picked.contentType && /^text\/plain\b/i.test(picked.contentType) ? 'text' : 'html';
      yield { ok: true, input: { bytes, kind, uri, url: target, contentType: picked.contentType } };
    }
    if (reader.error && !reported) yield { ok: false, uri: path, reason: `unreadable WARC file: ${reader.error.message}` };
  } finally {
    source.destroy();
  }
}
