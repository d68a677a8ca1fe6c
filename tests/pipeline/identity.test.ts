import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { recordId, sha256Hex, textHashId } from '../../src/pipeline/hash.js';

const HTML = readFileSync(new URL('../../fixtures/batch/guangzhou-port.html', import.meta.url));

describe('record identity (the contract: one source, one id)', async () => {
  const pipeline = await createPipeline({ model: 'rules' });
  const run = (bytes: Buffer, uri: string | null, url?: string) => pipeline.process({ bytes, kind: 'html', uri, url });

  it('the same source processed twice gets the same id, computable from its source fields', async () => {
    const a = await run(HTML, 'pages/a.html');
    const b = await run(HTML, 'pages/a.html');
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(recordId(a.source));
    expect(a.id).toBe(sha256Hex(`${a.source.url ?? a.source.uri}\n${sha256Hex(HTML)}`).slice(0, 32));
  });

  it('two sources with the same text are two records (two URLs; two encodings of one page)', async () => {
    const x = await run(HTML, 'feed.jsonl#L1', 'https://a.example/1');
    const y = await run(HTML, 'feed.jsonl#L2', 'https://b.example/1');
    expect(x.text).toBe(y.text);
    expect(x.id).not.toBe(y.id);
    const utf8 = HTML.toString('utf8').replace(/charset=["']?[\w-]+["']?/i, 'charset=utf-8');
    const encodings = ['utf-8', 'gb18030', 'utf-16le', 'big5'].map((enc) =>
      Buffer.from(iconv.encode(enc === 'utf-16le' ? `\ufeff${utf8}` : utf8.replace('charset=utf-8', `charset=${enc}`), enc)),
    );
    const ids = new Set<string>();
    for (const [i, bytes] of encodings.entries()) ids.add((await run(bytes, `copy${i}.html`, 'https://a.example/1')).id);
    expect(ids.size).toBe(4);
  });

  it('no longer the hash of the text', async () => {
    const a = await run(HTML, 'pages/a.html');
    expect(a.id).not.toBe(textHashId(a.text));
  });
});
