/**
 * A content-extraction data set in the format of ../shared/data/html/<set>/:
 * html/<id>.html or html/<id>.html.gz, and ground-truth.json {id: {articleBody, author?, date?, url?}}.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Truth {
  articleBody: string;
  author?: string;
  date?: string;
  url?: string;
}
export interface Page {
  id: string;
  bytes: Uint8Array;
  truth: Truth;
}

export function loadDataset(dir: string): Page[] {
  const truthPath = join(dir, 'ground-truth.json');
  const htmlDir = join(dir, 'html');
  if (!existsSync(truthPath) || !existsSync(htmlDir)) {
    throw new Error(`${dir}: not a data set (needs ground-truth.json and html/)`);
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, Truth>;
  const pages: Page[] = [];
  for (const name of readdirSync(htmlDir).sort()) {
    const m = /^(.+?)\.html?(\.gz)?$/i.exec(name);
    if (!m?.[1]) continue;
    const t = truth[m[1]];
    if (!t || typeof t.articleBody !== 'string') continue;
    const raw = readFileSync(join(htmlDir, name));
    pages.push({ id: m[1], bytes: m[2] ? gunzipSync(raw) : raw, truth: t });
  }
  return pages;
}
