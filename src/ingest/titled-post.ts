/**
 * One post out of several. A blog's archive page, a forum thread or a column's index holds
 * several entries of one shape, each a heading and its text, inside the box that scores best;
 * the page's title names one of them, and that one is the article (Readability keeps every
 * entry: F1 0.135 on such a page of eval:content's dev set). Narrowing happens only when the box is made of such entries and the
 * title is the heading of exactly one. Where the declared title is nowhere on the page (a
 * site-wide or missing <title>), the title is the heading the text starts under, and so the
 * entry is the first; a title on the page that heads no entry (the blog's own name over its
 * front page) leaves every entry in, as does a lone article.
 */
import { isElement, type AnyNode, type Element } from './dom.js';
import type { BlockTree } from './blocks.js';
import { squash } from './text-key.js';

/** Prose an entry must hold to count as one (a title and a line of text are not an entry). */
const MIN_ENTRY_PROSE = 120;
/** The share of the box's prose its entries must hold between them. */
const ENTRIES_SHARE = 0.7;
/** A heading is a short line. */
const MAX_HEADING_CHARS = 80;
/** How many levels below the box the entries may sit (wrappers of table layouts). */
const MAX_DEPTH = 3;

function signature(el: Element): string {
  return `${el.name}.${el.attribs.class ?? ''}`;
}

/** The block indices inside node (subtrees are index ranges of tree.order). */
function blocksIn(tree: BlockTree, node: AnyNode, owners: Map<AnyNode, number[]>): number[] {
  const start = tree.index.get(node) ?? 0;
  const end = start + (tree.size.get(node) ?? 1);
  const out: number[] = [];
  for (let at = start; at < end; at++) {
    const found = owners.get(tree.order[at] as AnyNode);
    if (found) out.push(...found);
  }
  return out;
}

/**
 * The entry whose heading is the title, when the box is a run of entries of one shape and
 * exactly one of them is headed so; else null.
 */
export function titledPost(tree: BlockTree, box: AnyNode, values: readonly number[], title: string | null): AnyNode | null {
  const key = title ? squash(title) : '';
  if (key.length < 4) return null;
  const owners = new Map<AnyNode, number[]>();
  tree.blocks.forEach((b, i) => {
    const list = owners.get(b.owner);
    if (list) list.push(i);
    else owners.set(b.owner, [i]);
  });
  const prose = (ids: number[]): number => ids.reduce((n, i) => n + Math.max(0, values[i] ?? 0), 0);
  const headedByTitle = (ids: number[]): boolean =>
    ids.some((i) => {
      const b = tree.blocks[i];
      return b !== undefined && b.chars <= MAX_HEADING_CHARS && squash(b.text) === key;
    });
  let level: AnyNode[] = [box];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: AnyNode[] = [];
    for (const node of level) {
      const kids = (('children' in node ? node.children : []) as AnyNode[]).filter(isElement);
      const total = prose(blocksIn(tree, node, owners));
      if (total <= 0) continue;
      const groups = new Map<string, Element[]>();
      for (const k of kids) {
        const g = groups.get(signature(k));
        if (g) g.push(k);
        else groups.set(signature(k), [k]);
      }
      for (const members of groups.values()) {
        const entries = members
          .map((m) => ({ node: m, ids: blocksIn(tree, m, owners) }))
          .filter((e) => prose(e.ids) >= MIN_ENTRY_PROSE && e.ids.length >= 2);
        if (entries.length < 2) continue;
        if (entries.reduce((n, e) => n + prose(e.ids), 0) < total * ENTRIES_SHARE) continue;
        const named = entries.filter((e) => headedByTitle(e.ids));
        if (named.length === 1) return named[0]?.node ?? null;
      }
      next.push(...kids);
    }
    level = next;
  }
  return null;
}
