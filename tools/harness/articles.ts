/** Articles for the soak run and the cluster test: JSONL lines of distinct variants of the supplied article, each with its own URL. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sampleArticle } from '../scaffold/sample-articles.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The URL of article `i`: a run checks the store against these. */
export const articleUrl = (i: number): string => `https://soak.example.cn/news/${String(i).padStart(6, '0')}.html`;

export function writeArticles(path: string, n: number): void {
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ url: articleUrl(i), text: sampleArticle(i, { dropEvery: 7 }) }));
  writeFileSync(path, `${lines.join('\n')}\n`);
}
