/**
 * The written Traditional pages (tests/gold/hant/pages): each page's bytes through the whole
 * pipeline, HTML in, as `zhnews extract <file>` reads it (no URL, no date given), scored
 * against its .json: script, encoding, publishedAt, authors and publisher page by page, and
 * the organisation lists micro P/R/F1 the way eval:orgs scores them (names and aliases).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Pipeline } from '../../../dist/pipeline/pipeline.js';
import type { NewsRecord } from '../../../dist/record/schema.js';
import { micro, scoreArticle, type ArticleScore, type Micro } from '../orgs/score.js';

interface PageGold {
  file: string;
  encoding: string;
  publishedAt: string | null;
  publisher: string | null;
  authors: string[];
  organizations: string[];
}

export interface PageResult {
  file: string;
  script: string | null;
  encoding: string;
  publishedAt: string | null;
  publisher: string | null;
  authors: string[];
  /** Which of the five fields match the gold. */
  ok: { script: boolean; encoding: boolean; publishedAt: boolean; authors: boolean; publisher: boolean };
  orgs: ArticleScore;
}

export interface PagesResult {
  pages: number;
  script: number;
  encoding: number;
  publishedAt: number;
  authors: number;
  publisher: number;
  organizations: Micro;
  /** Spans (entities, figures, dates) whose text is not `text.slice(start, end)`. */
  badOffsets: number;
  perPage: PageResult[];
}

/** big5hkscs, Big5-HKSCS and big5-hkscs are one encoding. */
const encodingKey = (e: string): string => e.toLowerCase().replace(/[^a-z0-9]/g, '');
const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
/** Instants compare as instants: 2021-10-15T00:00+08:00 is 2021-10-15T00:00:00+08:00. */
const sameInstant = (a: string | null, b: string | null): boolean =>
  a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));

export function scorePage(file: string, gold: PageGold, r: NewsRecord): PageResult {
  const ok = {
    script: r.script === 'Hant',
    encoding: encodingKey(r.source.encoding) === encodingKey(gold.encoding),
    publishedAt: sameInstant(r.publishedAt, gold.publishedAt),
    authors: sameSet(r.authors, gold.authors),
    publisher: r.publisher === gold.publisher,
  };
  return {
    file,
    script: r.script,
    encoding: r.source.encoding,
    publishedAt: r.publishedAt,
    publisher: r.publisher,
    authors: r.authors,
    ok,
    orgs: scoreArticle(file, gold.organizations, r.organizations),
  };
}

export async function evalPages(pipeline: Pipeline, dir: string): Promise<PagesResult> {
  const perPage: PageResult[] = [];
  let badOffsets = 0;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    const path = join(dir, name);
    const gold = JSON.parse(readFileSync(path.replace(/\.html$/, '.json'), 'utf8')) as PageGold;
    const r: NewsRecord = await pipeline.process({ bytes: readFileSync(path), kind: 'html', uri: path });
    for (const e of [...r.entities, ...r.figures, ...r.dates]) if (r.text.slice(e.start, e.end) !== e.text) badOffsets++;
    perPage.push(scorePage(name, gold, r));
  }
  const count = (k: keyof PageResult['ok']): number => perPage.filter((p) => p.ok[k]).length;
  return {
    pages: perPage.length,
    script: count('script'),
    encoding: count('encoding'),
    publishedAt: count('publishedAt'),
    authors: count('authors'),
    publisher: count('publisher'),
    organizations: micro(perPage.map((p) => p.orgs)),
    badOffsets,
    perPage,
  };
}

export function formatPages(r: PagesResult): string {
  const n = r.pages;
  const o = r.organizations;
  const wrong = r.perPage
    .flatMap((p) =>
      (Object.keys(p.ok) as (keyof PageResult['ok'])[]).filter((k) => !p.ok[k]).map((k) => `  ${p.file}: ${k} ${JSON.stringify(p[k])}`),
    )
    .join('\n');
  return (
    `written pages: ${n}  script ${r.script}/${n}, encoding ${r.encoding}/${n}, publishedAt ${r.publishedAt}/${n}, ` +
    `authors ${r.authors}/${n}, publisher ${r.publisher}/${n}; organisations P ${o.precision.toFixed(3)} R ${o.recall.toFixed(3)} ` +
    `F1 ${o.f1.toFixed(3)} (tp ${o.tp}, fp ${o.fp}, fn ${o.fn}); spans not quoting the text: ${r.badOffsets}\n` +
    (wrong ? `${wrong}\n` : '')
  );
}
