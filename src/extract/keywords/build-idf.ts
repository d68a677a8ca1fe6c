/**
 * An IDF table from the user's own articles: each content word's document frequency over
 * the texts, idf = ln(N / df) (jieba's own table has that form). Written as `word idf` lines,
 * most specific first; words seen in one article only are left out (a typo or a one-off
 * name says nothing about a corpus), and the median of the table then stands in for them.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { isContentWord } from './index.js';

export interface IdfBuild {
  documents: number;
  table: string;
  words: number;
}

export async function buildIdf(texts: AsyncIterable<string>, segmenter: Segmenter, minDf = 2): Promise<IdfBuild> {
  const df = new Map<string, number>();
  let documents = 0;
  for await (const text of texts) {
    documents++;
    const seen = new Set<string>();
    for (const t of segmenter.segment(text)) if (isContentWord(t)) seen.add(t.pos === 'eng' ? t.text.toLowerCase() : t.text);
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const rows = [...df]
    .filter(([, n]) => n >= minDf)
    .map(([w, n]) => [w, Math.log(documents / n)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { documents, words: rows.length, table: rows.map(([w, v]) => `${w} ${v.toFixed(6)}\n`).join('') };
}
