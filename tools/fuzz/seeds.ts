/**
 * What the mutations start from: the team's own fixtures only (fixtures/articles,
 * fixtures/batch, fixtures/ingest), never the public data, so reproducers may be committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Seed {
  name: string;
  bytes: Uint8Array;
  /** The seed read as text (its declared or likely charset), for the markup mutations. */
  text: string;
}

function asText(name: string, bytes: Buffer): string {
  if (/big5/.test(name)) return iconv.decode(bytes, 'big5');
  if (/gb2312|gbk/.test(name)) return iconv.decode(bytes, 'gb18030');
  return bytes.toString('utf8');
}

let cached: Seed[] | null = null;

export function seeds(): Seed[] {
  if (cached) return cached;
  const out: Seed[] = [];
  for (const dir of ['articles', 'batch', 'ingest']) {
    for (const name of readdirSync(join(ROOT, 'fixtures', dir)).sort()) {
      const bytes = readFileSync(join(ROOT, 'fixtures', dir, name));
      out.push({ name: `${dir}/${name}`, bytes: new Uint8Array(bytes), text: asText(name, bytes) });
    }
  }
  cached = out;
  return out;
}

/** The supplied article's text, the richest seed for the normalise grammar. */
export function articleText(): string {
  return seeds().find((s) => s.name.startsWith('articles/'))!.text;
}
