/**
 * IDF tables: the one `@node-rs/jieba` ships (270,000 words from jieba's corpus, MIT), or one
 * computed from the user's own articles (`zhnews idf`). Format: `word idf` per line. Loaded
 * lazily, once per thread, and cached by path.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface IdfTable {
  idf(word: string): number;
  /** For words the table lacks: its median, as jieba does. */
  readonly fallback: number;
  readonly size: number;
}

const tables = new Map<string, IdfTable>();

export function parseIdf(text: string): IdfTable {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf(' ');
    if (at <= 0) continue;
    const v = Number(line.slice(at + 1));
    if (Number.isFinite(v)) map.set(line.slice(0, at).trim(), v);
  }
  const values = [...map.values()].sort((a, b) => a - b);
  const fallback = values.length ? values[values.length >> 1]! : 10;
  return { idf: (w) => map.get(w) ?? fallback, fallback, size: map.size };
}

const JIEBA_IDF = (): string => createRequire(import.meta.url).resolve('@node-rs/jieba/idf.txt');

/** The table at `path`, or jieba's own when none is given. */
export function loadIdf(path?: string | null): IdfTable {
  const file = path ?? JIEBA_IDF();
  let t = tables.get(file);
  if (!t) {
    t = parseIdf(readFileSync(file, 'utf8'));
    tables.set(file, t);
  }
  return t;
}
