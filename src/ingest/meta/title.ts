/**
 * The article's title: an <h1> or og:title that matches the main part of <title> beats the
 * site-suffixed <title> ("标题_频道_某某网" → "标题").
 */
import { TITLE_SEPARATORS } from '../data/patterns.js';
import { squash } from '../text-key.js';
import type { DeclaredMeta } from './html-meta.js';

/** The longest piece of a title split at its separators: the headline, not the site. */
export function mainPart(title: string): string {
  const parts = title
    .split(TITLE_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return title.trim();
  return parts.reduce((a, b) => (squash(b).length > squash(a).length ? b : a));
}

function matches(candidate: string, main: string): boolean {
  const c = squash(candidate);
  const m = squash(main);
  if (c.length < 4 || !m) return false;
  return c === m || (m.includes(c) && c.length >= m.length * 0.5) || (c.includes(m) && m.length >= c.length * 0.5);
}

export function chooseTitle(meta: DeclaredMeta): string | null {
  // <title> is raw text: markup typed into it ("标题<div>副标题</div>") is not part of the title.
  const doc = meta.docTitle
    ? meta.docTitle
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || null
    : null;
  const main = doc ? mainPart(doc) : null;
  const meta0 = meta.metaTitle;
  for (const h of meta.h1) {
    if (h.length > 200) continue;
    if ((main && matches(h, main)) || (meta0 && matches(h, meta0))) return h;
  }
  if (meta0) {
    if (main && matches(main, meta0)) return squash(main).length <= squash(meta0).length ? main : meta0;
    return meta.siteName && meta0.includes(meta.siteName) && mainPart(meta0) !== meta0 ? mainPart(meta0) : meta0;
  }
  if (main) return main;
  const h = meta.h1[0];
  return h && h.length <= 200 ? h : null;
}
