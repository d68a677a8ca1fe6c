import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { InputProgress } from './progress-tap.js';
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

/** One JSONL line as an article: `html` gets full extraction, `text` is the body as given. */
export function jsonlLineToItem(line: string, uri: string): SourceItem {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    return { ok: false, uri, reason: `invalid JSON: ${(err as Error).message}` };
  }
  const parsed = JsonlLine.safeParse(json);
  if (!parsed.success) return { ok: false, uri, reason: `invalid JSONL article: ${parsed.error.issues[0]?.message}` };
  const l = parsed.data;
  const isHtml = typeof l.html === 'string';
  return {
    ok: true,
    input: {
      bytes: Buffer.from(isHtml ? l.html! : l.text!, 'utf8'),
      kind: isHtml ? 'html' : 'body',
      uri,
      url: l.url ?? null,
      contentType: 'text/plain; charset=utf-8',
      publishedAt: l.publishedAt ?? null,
      title: l.title ?? null,
    },
  };
}

/** Streams a JSONL file line by line, so a dump of any size stays in bounded memory. */
export async function* readJsonl(path: string, progress?: InputProgress): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (progress) progress.current += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    yield jsonlLineToItem(line, `${path}#L${n}`);
  }
}
