import { WARCParser, type WARCRecord } from 'warcio';
import { EntryTooLargeError } from '../errors/entry-too-large-error.js';
import { readLimited, resolveLimits, type ArchiveLimits } from './limits.js';
import { openMetered } from './meter-stream.js';
import type { InputProgress } from './progress-tap.js';
import type { SourceItem } from './source-item.js';

/** Payload types taken as articles; other records (images, scripts, redirects) are passed over. */
const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

function headerOf(headers: Headers | Map<string, string> | undefined | null, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Map) {
    for (const [k, v] of headers) if (k.toLowerCase() === name.toLowerCase()) return v;
    return null;
  }
  return headers.get(name);
}

/** The article-bearing part of a record: its payload's Content-Type, or null to pass it over. */
function articleContentType(record: WARCRecord): { contentType: string | null } | null {
  if (record.warcType === 'response') {
    const info = record.getResponseInfo();
    const status = Number(info?.status ?? 0);
    if (status < 200 || status >= 300) return null;
    const ct = headerOf(info?.headers, 'Content-Type');
    if (ct && !ARTICLE_TYPES.test(ct)) return null;
    return { contentType: ct };
  }
  if (record.warcType === 'resource') {
    const ct = record.warcContentType ?? null;
    if (ct && !ARTICLE_TYPES.test(ct)) return null;
    return { contentType: ct };
  }
  return null;
}

/**
 * Every HTML response and resource record of a `.warc` or `.warc.gz` (one gzip member per
 * record, as crawlers write them) as an article: WARC-Target-URI becomes the page's URL,
 * the HTTP Content-Type (its charset an encoding hint) travels with the bytes. The
 * payload is de-chunked and content-decoded by warcio, under the same byte cap.
 */
export async function* readWarc(path: string, gzip: boolean, limitsIn?: Partial<ArchiveLimits>, progress?: InputProgress): AsyncGenerator<SourceItem> {
  const limits = resolveLimits(limitsIn);
  const source = openMetered(path, gzip, limits, progress);
  let n = 0;
  try {
    for await (const record of WARCParser.iterRecords(source)) {
      n += 1;
      const picked = articleContentType(record);
      if (!picked) continue;
      const target = record.warcTargetURI ?? null;
      const uri = `${path}!${target ?? record.warcHeader('WARC-Record-ID') ?? `record-${n}`}`;
      if (record.warcContentLength > limits.maxEntryBytes) {
        yield { ok: false, uri, reason: `record is ${record.warcContentLength} bytes, over the ${limits.maxEntryBytes}-byte limit` };
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readLimited(record.contentReader as AsyncIterable<Uint8Array>, limits.maxEntryBytes);
      } catch (err) {
        if (err instanceof EntryTooLargeError) {
          yield { ok: false, uri, reason: `decoded payload is over the ${limits.maxEntryBytes}-byte limit` };
          continue;
        }
        yield { ok: false, uri, reason: `unreadable WARC record: ${(err as Error).message}` };
        continue;
      }
      const kind = picked.contentType && /^text\/plain\b/i.test(picked.contentType) ? 'text' : 'html';
      yield { ok: true, input: { bytes, kind, uri, url: target, contentType: picked.contentType } };
    }
  } catch (err) {
    yield { ok: false, uri: path, reason: `unreadable WARC file: ${(err as Error).message}` };
  } finally {
    source.destroy();
  }
}
