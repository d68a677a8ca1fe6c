/**
 * Metadata a page declares for machines: JSON-LD, <meta> tags, <time>, <link rel=canonical>,
 * <html lang>, <title> and <h1>, and its copyright lines (the site name's last witness).
 * Collected in one iterative pass over the tree, before junk removal (JSON-LD lives in
 * <script>, copyright lines in the footer); no other script content is ever read.
 */
import { attr, isElement, preorder, textOf, type AnyNode, type Element } from '../dom.js';
import {
  ARTICLE_TYPES,
  AUTHOR_KEYS,
  CANONICAL_KEYS,
  DATE_KEYS,
  EDITOR_KEYS,
  META_NAME_ATTRIBUTES,
  PUBLISHER_KEYS,
  SITE_NAME_KEYS,
  TIME_EXCLUDED,
  TITLE_KEYS,
} from '../data/meta-sources.js';
import { MODIFIED_META_KEYS, PUBLISHED_META_KEYS } from './published-sources.js';
import type { DeclaredDate } from './published.js';
import { COPYRIGHT_MARK, TWITTER_SITE_KEYS } from './publisher-patterns.js';
import { siteName } from './site-name.js';

/** Copyright lines kept (the last ones: footers close the page), and the longest line read as one. */
const COPYRIGHT_LINES = 6;
const COPYRIGHT_LINE_CHARS = 200;

export interface DeclaredMeta {
  docTitle: string | null;
  metaTitle: string | null;
  h1: string[];
  /** Raw date strings, most trusted first. */
  dates: string[];
  /** The same and more, each with where it was declared, for published.ts to rank. */
  dateSources: DeclaredDate[];
  authors: string[];
  editors: string[];
  publisher: string | null;
  siteName: string | null;
  canonical: string | null;
  lang: string | null;
}

const clean = (s: string | undefined | null): string | null => {
  const t = (s ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  return t ? t : null;
};

type Json = Record<string, unknown>;

function nameOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(nameOf);
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return [(v as Json).name as string];
  return [];
}

interface LdArticle {
  headline: string | null;
  date: string | null;
  modified: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
}

/** The first article-typed JSON-LD object (walked iteratively through @graph and arrays). */
function jsonLd(scripts: readonly string[]): LdArticle | null {
  let fallback: LdArticle | null = null;
  for (const text of scripts.slice(0, 20)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    let visited = 0;
    while (stack.length > 0 && visited++ < 500) {
      const v = stack.pop();
      if (Array.isArray(v)) {
        stack.push(...v);
        continue;
      }
      if (!v || typeof v !== 'object') continue;
      const o = v as Json;
      if (Array.isArray(o['@graph'])) stack.push(...(o['@graph'] as unknown[]));
      const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
      const str = (x: unknown): string | null => (typeof x === 'string' ? clean(x) : null);
      const found: LdArticle = {
        headline: str(o.headline) ?? str(o.name),
        date: str(o.datePublished) ?? str(o.dateCreated),
        modified: str(o.dateModified),
        authors: nameOf(o.author)
          .map((s) => s.trim())
          .filter(Boolean),
        publisher: nameOf(o.publisher)[0] ?? null,
        url: str(o.url),
      };
      if (!types.includes('WebPage')) return found;
      fallback ??= found;
    }
  }
  return fallback;
}

function excludedTime(el: Element): boolean {
  for (let p = el.parent as AnyNode | null, depth = 0; p && depth < 30; p = p.parent, depth++) {
    if (!isElement(p)) continue;
    if (p.name === 'footer' || p.name === 'aside' || TIME_EXCLUDED.test(`${attr(p, 'class')} ${attr(p, 'id')}`)) return true;
  }
  return false;
}

export function readDeclaredMeta(root: AnyNode): DeclaredMeta {
  const metas = new Map<string, string[]>();
  const ldScripts: string[] = [];
  const times: string[] = [];
  const timeSources: DeclaredDate[] = [];
  const h1: string[] = [];
  let docTitle: string | null = null;
  let canonical: string | null = null;
  let lang: string | null = null;
  const copyright: string[] = [];
  for (const node of preorder(root)) {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      const parent = node.parent as AnyNode | null;
      // Script and style text is code, never a notice.
      if (parent?.type !== 'script' && parent?.type !== 'style' && COPYRIGHT_MARK.test(data)) {
        const line = clean(parent?.type === 'tag' ? textOf(parent) : data);
        if (line && line.length <= COPYRIGHT_LINE_CHARS && copyright.at(-1) !== line) copyright.push(line);
        if (copyright.length > COPYRIGHT_LINES) copyright.shift();
      }
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === 'meta') {
      const content = clean(attr(node, 'content'));
      if (!content) continue;
      for (const a of META_NAME_ATTRIBUTES) {
        const key = attr(node, a).toLowerCase();
        if (!key) continue;
        const k = `${a}:${key}`;
        const list = metas.get(k);
        if (list) {
          if (list.length < 5) list.push(content);
        } else metas.set(k, [content]);
      }
    } else if (name === 'script') {
      if (/ld\+json/i.test(attr(node, 'type'))) ldScripts.push(textOf(node));
    } else if (name === 'title') {
      docTitle ??= clean(textOf(node));
    } else if (name === 'h1') {
      if (h1.length < 5) {
        const t = clean(textOf(node));
        if (t) h1.push(t);
      }
    } else if (name === 'link') {
      if (!canonical && /(?:^|\s)canonical(?:\s|$)/i.test(attr(node, 'rel'))) canonical = clean(attr(node, 'href'));
    } else if (name === 'html') {
      lang ??= clean(attr(node, 'lang') || attr(node, 'xml:lang'));
    } else if ((name === 'time' || 'pubdate' in node.attribs || attr(node, 'itemprop') === 'datePublished') && times.length < 5) {
      if (excludedTime(node)) continue;
      const v = clean(attr(node, 'datetime') || attr(node, 'content') || textOf(node));
      if (!v) continue;
      times.push(v);
      const marked = 'pubdate' in node.attribs || /^datepublished$/i.test(attr(node, 'itemprop'));
      timeSources.push({ raw: v, source: marked ? 'itemprop' : 'time' });
    }
  }
  const firstOf = (keys: readonly string[]): string | null => {
    for (const k of keys) {
      const v = metas.get(k)?.[0];
      if (v) return v;
    }
    return null;
  };
  const allOf = (keys: readonly string[]): string[] => keys.flatMap((k) => metas.get(k) ?? []);
  const ld = jsonLd(ldScripts);
  const dateSources: DeclaredDate[] = [
    ...(ld?.date ? [{ raw: ld.date, source: 'jsonld' as const }] : []),
    ...allOf(PUBLISHED_META_KEYS).map((raw) => ({ raw, source: 'meta' as const })),
    ...timeSources,
    ...(ld?.modified ? [{ raw: ld.modified, source: 'modified' as const }] : []),
    ...allOf(MODIFIED_META_KEYS).map((raw) => ({ raw, source: 'modified' as const })),
  ];
  const site = siteName({
    declared: firstOf(SITE_NAME_KEYS) ?? ld?.publisher ?? null,
    title: docTitle,
    headlines: h1,
    twitter: firstOf(TWITTER_SITE_KEYS),
    copyright,
  });
  return {
    docTitle,
    metaTitle: ld?.headline ?? firstOf(TITLE_KEYS),
    h1,
    dates: [...(ld?.date ? [ld.date] : []), ...allOf(DATE_KEYS), ...times],
    dateSources,
    authors: ld?.authors.length ? ld.authors : allOf(AUTHOR_KEYS).slice(0, 5),
    editors: allOf(EDITOR_KEYS).slice(0, 3),
    publisher: firstOf(PUBLISHER_KEYS) ?? ld?.publisher ?? null,
    siteName: site,
    canonical: canonical ?? firstOf(CANONICAL_KEYS) ?? ld?.url ?? null,
    lang: lang ?? firstOf(['http-equiv:content-language']),
  };
}
