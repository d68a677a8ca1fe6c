/**
 * The HTML path: parse, read declared metadata, remove junk, split into blocks, select the
 * main content, then read the visible metadata around it.
 */
import type { ArticleMeta, IngestResult } from '../doc.js';
import { InputError } from '../errors/index.js';
import { buildBlocks, type BlockTree } from './blocks.js';
import { selectContent, type Content } from './content.js';
import { squash } from './text-key.js';
import { parseHtml } from './dom.js';
import { removeJunk } from './junk.js';
import { prepareHtml } from './limits.js';
import { findAuthors, findEditors, findPublisher, namesFromMeta } from './meta/bylines.js';
import { findDateline } from './meta/dateline.js';
import { readDeclaredMeta } from './meta/html-meta.js';
import { detectLanguage } from './meta/language.js';
import { chooseTitle } from './meta/title.js';
import { findPublished } from './meta/published.js';

/** How many blocks before the text, and after it, count as "near" for dates and bylines. */
const HEADER_BLOCKS = 25;
const TRAILER_BLOCKS = 12;
/** Date lines and bylines often sit among the first blocks of the text itself. */
const HEADER_AFTER = 6;

function titleIndex(tree: BlockTree, title: string | null, before: number): number {
  if (!title) return -1;
  const key = squash(title);
  let loose = -1;
  for (let i = 0; i < tree.blocks.length; i++) {
    const t = squash(tree.blocks[i]?.text ?? '');
    if (t === key) return i;
    if (
      loose < 0 &&
      i <= before + 2 &&
      t.length >= 4 &&
      ((key.includes(t) && t.length >= key.length * 0.4) || (t.includes(key) && key.length >= t.length * 0.5))
    )
      loose = i;
  }
  return loose;
}

/** A heading (or the first short unpunctuated line) at the top of the text or just above it. */
function headingBefore(tree: BlockTree, content: Content): number | null {
  const first = content.kept[0];
  if (first === undefined) return null;
  for (let i = first; i >= Math.max(0, first - 5); i--) {
    const b = tree.blocks[i];
    if (b && b.kind === 'heading' && b.chars >= 4 && b.chars <= 80 && b.linkChars === 0) return i;
  }
  const b = tree.blocks[first];
  const next = tree.blocks[content.kept[1] ?? -1];
  if (b && next && b.chars >= 4 && b.chars <= 40 && b.punct <= 2 && !/[。.!！?？]$/.test(b.text) && next.chars > b.chars * 2) return first;
  return null;
}

function windows(tree: BlockTree, content: Content, title: string | null): { header: string[]; trailer: string[] } {
  const first = content.kept[0] ?? content.first;
  const last = content.kept[content.kept.length - 1] ?? content.last;
  const t = titleIndex(tree, title, first);
  const from = t >= 0 && t < first ? Math.max(t, first - HEADER_BLOCKS) : Math.max(0, first - 8);
  const header = tree.blocks.slice(from, first + HEADER_AFTER).map((b) => b.text);
  const lastKept = content.kept.slice(-3).map((i) => tree.blocks[i]?.text ?? '');
  const trailer = [...lastKept, ...tree.blocks.slice(last + 1, last + 1 + TRAILER_BLOCKS).map((b) => b.text)];
  return { header, trailer };
}

/**
 * `url` is the page's own address when known (a date in it is the last resort);
 * `publishedAt`, when the caller gives one, stands for any date on the page and dates the dateline.
 */
export function ingestHtml(raw: string, encoding: string, url: string | null, publishedAt: string | null = null): IngestResult {
  const { html } = prepareHtml(raw);
  const $ = parseHtml(html);
  const root = $.root()[0];
  if (!root) throw new InputError('no article text: the page could not be parsed');
  const declared = readDeclaredMeta(root);
  const hasFrames = /<frameset\b/i.test(html.slice(0, 65536));
  removeJunk(root);
  const tree = buildBlocks(root);
  let title = chooseTitle(declared);
  let content = selectContent(tree, title);
  if (titleIndex(tree, title, content.kept[0] ?? 0) < 0) {
    // The declared title is nowhere on the page (a site-wide <title>): take the heading the text starts under.
    const heading = headingBefore(tree, content);
    if (heading !== null) {
      title = tree.blocks[heading]?.text ?? title;
      // That heading may head one entry of several (a blog's archive page): the text is that entry's.
      const narrowed = selectContent(tree, title);
      if (narrowed.container !== content.container) content = narrowed;
      content.kept = content.kept.filter((i) => i !== heading);
    }
  }
  const text = content.kept.map((i) => tree.blocks[i]?.text ?? '').join('\n');
  if (!text) {
    throw new InputError(
      hasFrames
        ? 'no article text: a frameset page (its text lives in the framed documents)'
        : 'no article text: the page has no visible body text',
    );
  }
  const language = detectLanguage(text, declared.lang);
  const zone = language === 'zh' ? '+08:00' : '+00:00';
  const { header, trailer } = windows(tree, content, title);
  const canonical = declared.canonical && /^https?:\/\//i.test(declared.canonical) ? declared.canonical : null;
  const titleAt = titleIndex(tree, title, content.kept[0] ?? content.first);
  const date =
    publishedAt ??
    findPublished({ declared: declared.dateSources, blocks: tree.blocks, titleAt, kept: content.kept, url: url ?? canonical, zone }).iso;
  const visibleAuthors = findAuthors(header.concat(trailer));
  const meta: ArticleMeta = {
    title,
    publishedAt: date,
    publisher: findPublisher(header) ?? declared.publisher ?? findPublisher(trailer) ?? declared.siteName,
    authors: visibleAuthors.length > 0 ? visibleAuthors : declared.authors.flatMap(namesFromMeta),
    editors: [...new Set([...findEditors(trailer), ...findEditors(header), ...declared.editors.flatMap(namesFromMeta)])],
    dateline: language === 'zh' ? findDateline(text.split('\n', 1)[0], date) : null,
    language,
    canonicalUrl: canonical,
  };
  return { encoding, text, meta };
}
