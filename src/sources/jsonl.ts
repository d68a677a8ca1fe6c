import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { resolveLimits, type ArchiveLimits } from './limits.js';
import type { InputProgress } from './progress-tap.js';
import { checkPublishedAt } from './published-at.js';
import type { SourceItem } from './source-item.js';

const JsonlLine = z
  .object({
    html: z.string().optional(),
    text: z.string().optional(),
    url: z.string().nullish(),
    publishedAt: z.string().nullish(),
    title: z.string().nullish(),
  })
  .refine((l) => typeof l.html === 'string' || typeof l.text === 'string', 'needs "html" or "text"');

/** Where a warning about an input goes (stderr by default). */
export type WarnFn = (message: string) => void;

/**
 * One JSONL line as an article: `html` gets full extraction, `text` is the body as given.
 * A `publishedAt` that is not a real date-time is dropped with a warning, not the article.
 */
export function jsonlLineToItem(line: string, uri: string, warn?: WarnFn): SourceItem {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    return { ok: false, uri, reason: `invalid JSON: ${(err as Error).message}` };
  }
  const parsed = JsonlLine.safeParse(json);
  if (!parsed.success) return { ok: false, uri, reason: `invalid JSONL article: ${parsed.error.issues[0]?.message}` };
  const l = parsed.data;
  const publishedAt = checkPublishedAt(l.publishedAt, uri);
  if (publishedAt.warning) warn?.(publishedAt.warning);
  const isHtml = typeof l.html === 'string';
  return {
    ok: true,
    input: {
      bytes: Buffer.from(isHtml ? l.html! : l.text!, 'utf8'),
      kind: isHtml ? 'html' : 'body',
      uri,
      url: l.url ?? null,
      contentType: 'text/plain; charset=utf-8',
      publishedAt: publishedAt.value,
      title: l.title ?? null,
    },
  };
}

type Line = { n: number; text: string } | { n: number; over: number };

/**
 * The lines of a file, each at most `cap` bytes held: the rest of a longer line is passed
 * over unbuffered (node's readline would hold it whole, past what a string may hold).
 */
async function* cappedLines(path: string, cap: number, progress?: InputProgress): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let held = 0;
  let over = 0;
  let n = 0;
  const end = (): Line => {
    n += 1;
    const line: Line = over > 0 ? { n, over } : { n, text: Buffer.concat(parts, held).toString('utf8').replace(/\r$/, '') };
    parts = [];
    held = 0;
    over = 0;
    return line;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
    if (progress) progress.current += chunk.length;
    let at = 0;
    while (at < chunk.length) {
      const nl = chunk.indexOf(0x0a, at);
      const piece = chunk.subarray(at, nl < 0 ? chunk.length : nl);
      if (over > 0) {
        over += piece.length;
      } else if (held + piece.length > cap) {
        over = held + piece.length;
        parts = [];
        held = 0;
      } else {
        parts.push(piece);
        held += piece.length;
      }
      if (nl < 0) break;
      yield end();
      at = nl + 1;
    }
  }
  if (held > 0 || over > 0) yield end();
}

/** Streams a JSONL file line by line, each line capped, so a dump of any size stays in bounded memory. */
export async function* readJsonl(
  path: string,
  progress?: InputProgress,
  limitsIn?: Partial<ArchiveLimits>,
  warn?: WarnFn,
): AsyncGenerator<SourceItem> {
  const { maxLineBytes } = resolveLimits(limitsIn);
  for await (const line of cappedLines(path, maxLineBytes, progress)) {
    const uri = `${path}#L${line.n}`;
    if ('over' in line) {
      yield { ok: false, uri, reason: `line ${line.n} is ${line.over} bytes, over the ${maxLineBytes}-byte limit for one JSONL line` };
      continue;
    }
    if (line.text.trim() === '') continue;
    yield jsonlLineToItem(line.text, uri, warn);
  }
}
