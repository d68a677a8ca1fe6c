/**
 * The job payload codec. A job carries its article whole (a worker on another machine has
 * no access to the producer's files): the raw bytes in base64 plus what the source said
 * about them. The job id names the source (its URL or URI, and its bytes), so the same
 * article enqueued twice is one job while the first is still known to the queue.
 */
import { z } from 'zod';
import type { InputKind, RawInput } from '../doc.js';
import { ArticleTooLargeError } from '../errors/article-too-large-error.js';
import { InvalidPayloadError } from '../errors/invalid-payload-error.js';
import { sha256Hex, sourceDigest } from '../pipeline/hash.js';

export const PAYLOAD_VERSION = 1 as const;

const KINDS = ['auto', 'html', 'text', 'body'] as const satisfies readonly InputKind[];

/** Standard or URL-safe alphabet, padding optional: what any base64 encoder writes. */
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function isBase64(s: string): boolean {
  return s.length % 4 !== 1 && BASE64.test(s);
}

export const ArticlePayloadSchema = z.object({
  v: z.literal(PAYLOAD_VERSION),
  /** Raw article bytes, base64 (Node would decode anything else to a few stray bytes, silently). */
  bytes: z.string().refine(isBase64, { message: 'not base64' }),
  kind: z.enum(KINDS),
  uri: z.string().nullable(),
  url: z.string().nullable(),
  contentType: z.string().nullable(),
  publishedAt: z.string().nullable(),
  title: z.string().nullable(),
});

export type ArticlePayload = z.infer<typeof ArticlePayloadSchema>;

/**
 * The job id of an article, by the record id's rule (src/pipeline/hash.ts) over what is known
 * before extraction: the input's URL or URI and its bytes, all 64 hex digits. Two JSONL lines
 * that differ only in `url` are two jobs. (A page whose canonical link names it gets its record
 * id from that link, so two copies of it make two jobs and one record.)
 */
export function articleJobId(input: Pick<RawInput, 'bytes' | 'uri' | 'url'>): string {
  return sourceDigest(input, sha256Hex(input.bytes));
}

export interface EncodedArticle {
  jobId: string;
  data: ArticlePayload;
}

/** RawInput -> job id and payload; throws ArticleTooLargeError above `maxBytes`. */
export function encodeArticle(input: RawInput, maxBytes: number): EncodedArticle {
  if (input.bytes.length > maxBytes) throw new ArticleTooLargeError(input.uri, input.bytes.length, maxBytes);
  const buf = Buffer.isBuffer(input.bytes) ? input.bytes : Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  return {
    jobId: articleJobId(input),
    data: {
      v: PAYLOAD_VERSION,
      bytes: buf.toString('base64'),
      kind: input.kind,
      uri: input.uri,
      url: input.url ?? null,
      contentType: input.contentType ?? null,
      publishedAt: input.publishedAt ?? null,
      title: input.title ?? null,
    },
  };
}

/** Job data -> RawInput; throws InvalidPayloadError for anything else. */
export function decodeArticle(data: unknown): RawInput {
  const parsed = ArticlePayloadSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidPayloadError(`${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const p = parsed.data;
  return {
    bytes: Buffer.from(p.bytes, 'base64'),
    kind: p.kind,
    uri: p.uri,
    url: p.url,
    contentType: p.contentType,
    publishedAt: p.publishedAt,
    title: p.title,
  };
}

/** Size of the payload as BullMQ stores it (its JSON), for the `sizeLimit` job option. */
export function payloadSizeLimit(maxArticleBytes: number): number {
  return Math.ceil(maxArticleBytes / 3) * 4 + 64 * 1024;
}
