/**
 * Distinct articles made from the supplied one (fixtures/articles): its header and
 * dateline, then a numbered lead paragraph of the article's own kind, then its body. For
 * the queue tests and the soak run, which need many articles that are each their own job
 * and record. Nothing from ../shared/data.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE_ARTICLE = fileURLToPath(new URL('../../fixtures/articles/000_fc3af1410bc2c826.txt', import.meta.url));

export interface VariantOptions {
  /** The body this many times over (a longer article). */
  repeat?: number;
  /** Leave out every body paragraph whose number plus `i` divides by this (0: none), so lengths differ. */
  dropEvery?: number;
}

let parts: { head: string[]; body: string[] } | null = null;

export function sampleArticle(i: number, { repeat = 1, dropEvery = 0 }: VariantOptions = {}): string {
  if (!parts) {
    const lines = readFileSync(SAMPLE_ARTICLE, 'utf8').split('\n');
    // The body starts at the dateline paragraph; the lines above it are read as metadata.
    const bodyAt = lines.findIndex((l) => l.startsWith('央广网'));
    parts = { head: lines.slice(0, bodyAt + 1), body: lines.slice(bodyAt + 1) };
  }
  const lead = `据统计，广州市第${i + 1}批科技创新项目共有${100 + i}家企业参与，同比增长${(i % 50) + 1}%，项目编号为GZ-${String(i).padStart(5, '0')}。`;
  const body = dropEvery > 0 ? parts.body.filter((_, k) => (k + i) % dropEvery !== 0) : parts.body;
  return [...parts.head, '', lead, ...Array.from({ length: repeat }, () => body).flat()].join('\n');
}
