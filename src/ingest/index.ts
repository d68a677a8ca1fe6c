/**
 * The ingest stage: raw bytes in, clean text and metadata out. Checks the bytes (empty,
 * binary), decodes them (decode.ts), then takes the HTML path (html.ts) or the plain-text
 * path (plaintext.ts); kind 'body' (a JSONL `text`) is only cleaned. A publication date the
 * caller supplies (`input.publishedAt`) replaces the page's own before anything is resolved
 * against it. Synchronous; bad input throws InputError (exit 65).
 */
import type { IngestResult, RawInput } from '../doc.js';
import { InputError } from '../errors/index.js';
import { decode, hanStats } from './decode.js';
import { ingestHtml } from './html.js';
import { ingestBody, ingestPlainText } from './plaintext.js';
import { assertUsableBytes, looksLikeHtml } from './sniff.js';

export { decode } from './decode.js';

/** Share of U+FFFD in the decoded text above which it is called undecodable. */
const MAX_REPLACEMENT_SHARE = 0.2;
/** Real Chinese has over 90% of its characters among the ~1,400 common ones; random bytes read as GB18030 under 20%. */
const MIN_COMMON_HAN_SHARE = 0.4;

function assertDecodable(text: string): void {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
  }
  if (nonAscii > 50 && bad / nonAscii > MAX_REPLACEMENT_SHARE) {
    throw new InputError(
      `undecodable input: ${Math.round((100 * bad) / nonAscii)}% of its characters do not decode in any supported charset`,
    );
  }
  if (nonAscii < 200) return;
  // Random bytes read as GB18030 are valid but meaningless: almost none of the characters are common ones.
  const { han, common } = hanStats(sample);
  if (han > 200 && han > nonAscii * 0.5 && common < han * MIN_COMMON_HAN_SHARE) {
    throw new InputError(
      `undecodable input: no supported charset turns its bytes into readable text (${Math.round((100 * common) / han)}% common characters)`,
    );
  }
}

export function ingest(input: RawInput): IngestResult {
  assertUsableBytes(input.bytes);
  const { text, encoding } = decode(input.bytes, input.contentType);
  assertDecodable(text);
  const publishedAt = input.publishedAt ?? null;
  if (input.kind === 'body') {
    const body = ingestBody(text, encoding);
    return { ...body, meta: { ...body.meta, publishedAt } };
  }
  const html = input.kind === 'html' || (input.kind === 'auto' && looksLikeHtml(text));
  return html ? ingestHtml(text, encoding, input.url ?? null, publishedAt) : ingestPlainText(text, encoding, publishedAt);
}
