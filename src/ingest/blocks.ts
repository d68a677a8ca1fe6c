/**
 * The cleaned tree as a flat list of text blocks (paragraphs, headings, list items, cells),
 * each with the statistics the content scorer needs: visible characters, characters inside
 * links, punctuation, and whether it sits inside an element named like page furniture.
 * One iterative walk; no recursion.
 */
import { attr, countVisible, isElement, preorder, textLengths, type AnyNode, type Element } from './dom.js';
import {
  BLOCK_TAGS,
  HEADING_TAGS,
  LIST_ITEM_TAGS,
  NAME_ATTRIBUTES,
  NEGATIVE_NAME,
  NEGATIVE_SUBSTRING,
  POSITIVE_NAME,
} from './data/selectors.js';
import { PUNCTUATION } from './data/patterns.js';

export type BlockKind = 'p' | 'heading' | 'item' | 'cell' | 'pre';

export interface Block {
  text: string;
  chars: number;
  linkChars: number;
  punct: number;
  kind: BlockKind;
  /** The nearest block-level element holding the text. */
  owner: AnyNode;
  /** Inside an element whose class/id names furniture (nav, share, comment, related...). */
  negative: boolean;
  /** Inside an element whose class/id names content (article, content, text...). */
  positive: boolean;
}

export interface BlockTree {
  blocks: Block[];
  /** Every node in document order, and each node's index in it (subtrees are ranges). */
  order: AnyNode[];
  index: Map<AnyNode, number>;
  /** Number of nodes in each node's subtree, itself included. */
  size: Map<AnyNode, number>;
  totalChars: number;
}

/** A share of the page's text above which an element is too big to be furniture (a wrapper class like "has-sidebar"). */
const NAME_MAX_SHARE = 0.85;
const NAME_GENERIC_MAX_SHARE = 0.6;
const NAME_SMALL_SHARE = 0.3;
/** Elements whose class names describe the page, never a part of it. */
const PAGE_ELEMENTS = new Set(['html', 'body', 'main']);

function nameOf(el: Element): string {
  let name = '';
  for (const a of NAME_ATTRIBUTES) {
    const v = el.attribs[a];
    if (v) name += ` ${v}`;
  }
  return name ? name.replace(/([a-z])([A-Z])/g, '$1-$2') : '';
}

function kindOf(el: Element | null): BlockKind {
  if (!el) return 'p';
  if (HEADING_TAGS.has(el.name)) return 'heading';
  if (LIST_ITEM_TAGS.has(el.name)) return 'item';
  if (el.name === 'td' || el.name === 'th') return 'cell';
  if (el.name === 'pre') return 'pre';
  return 'p';
}

export function normalizeInline(s: string): string {
  return (
    s
      // Zero-width characters one by one (an alternation: a class of them reads as joined sequences).
      .replace(/\u200b|\u200c|\u200d|\ufeff|\u00ad|\ufffd/g, '')
      .replace(/[\s\u00a0\u3000\u2002\u2003\u2009]+/g, ' ')
      .trim()
  );
}

export function buildBlocks(root: AnyNode): BlockTree {
  const order = preorder(root);
  const index = new Map<AnyNode, number>();
  order.forEach((n, i) => index.set(n, i));
  const size = new Map<AnyNode, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i] as AnyNode;
    const s = (size.get(n) ?? 0) + 1;
    size.set(n, s);
    if (n.parent) size.set(n.parent, (size.get(n.parent) ?? 0) + s);
  }
  const len = textLengths(order);
  const total = Math.max(1, len.get(root) ?? 0);

  const blocks: Block[] = [];
  const owners: Element[] = [];
  let buf = '';
  let linkChars = 0;
  let linkDepth = 0;
  let negDepth = 0;
  let posDepth = 0;
  const articles: Element[] = [];
  const flush = (): void => {
    const text = normalizeInline(buf);
    const owner = owners[owners.length - 1] ?? root;
    if (text) {
      const chars = countVisible(text);
      const ownerEl = owners[owners.length - 1] ?? null;
      const pieces = ownerEl?.name === 'pre' ? buf.split('\n').map(normalizeInline).filter(Boolean) : [text];
      for (const piece of pieces) {
        const c = pieces.length === 1 ? chars : countVisible(piece);
        blocks.push({
          text: piece,
          chars: c,
          linkChars: Math.min(c, Math.round((linkChars * c) / Math.max(1, chars))),
          punct: piece.match(PUNCTUATION)?.length ?? 0,
          kind: kindOf(ownerEl),
          owner,
          negative: negDepth > 0,
          positive: posDepth > 0,
        });
      }
    }
    buf = '';
    linkChars = 0;
  };

  const stack: { node: AnyNode; exit: boolean; flags: number }[] = [{ node: root, exit: false, flags: 0 }];
  while (stack.length > 0) {
    const { node, exit, flags } = stack.pop() as { node: AnyNode; exit: boolean; flags: number };
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      buf += data;
      if (linkDepth > 0) linkChars += countVisible(data);
      continue;
    }
    if (!isElement(node)) {
      if ('children' in node)
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode, exit: false, flags: 0 });
      continue;
    }
    const isBlock = BLOCK_TAGS.has(node.name);
    if (exit) {
      if (isBlock) {
        flush();
        owners.pop();
      }
      if (node.name === 'a') linkDepth--;
      if (flags & 1) negDepth--;
      if (flags & 2) posDepth--;
      if (flags & 4) articles.pop();
      continue;
    }
    if (node.name === 'br' || node.name === 'hr') {
      flush();
      continue;
    }
    if (node.name === 'img') {
      const alt = attr(node, 'alt');
      if (alt && countVisible(alt) > 0) buf += ' ';
      continue;
    }
    let f = 0;
    const share = (len.get(node) ?? 0) / total;
    const name = PAGE_ELEMENTS.has(node.name) ? '' : nameOf(node);
    // An <article> inside another is a separate item (a teaser, a comment), not the article.
    const outer = articles[articles.length - 1];
    const nestedArticle = node.name === 'article' && outer !== undefined && (len.get(node) ?? 0) < (len.get(outer) ?? 0) * 0.5;
    if (name || nestedArticle) {
      const pos = POSITIVE_NAME.test(name);
      // Small elements: any furniture name counts. Bigger ones (up to NAME_MAX_SHARE of the page):
      // only when nothing in the name says content ("l-sidebar-fixed l-article-body" is a layout wrapper).
      // Unambiguous words (comment, related...) may mark bigger elements than generic ones (ad, header...).
      const small = share <= NAME_SMALL_SHARE;
      const neg =
        nestedArticle ||
        (share <= NAME_MAX_SHARE && NEGATIVE_SUBSTRING.test(name) && (small || !pos)) ||
        (share <= NAME_GENERIC_MAX_SHARE && !pos && NEGATIVE_NAME.test(name));
      if (neg) {
        f |= 1;
        negDepth++;
      }
      if (pos && !neg) {
        f |= 2;
        posDepth++;
      }
    }
    if (node.name === 'article') {
      f |= 4;
      articles.push(node);
    }
    if (node.name === 'a') linkDepth++;
    if (isBlock) {
      flush();
      owners.push(node);
    }
    stack.push({ node, exit: true, flags: f });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode, exit: false, flags: 0 });
  }
  flush();
  return { blocks, order, index, size, totalChars: total };
}

/** Whether a block sits in `node`'s subtree (subtrees are index ranges of `tree.order`). */
export function isInside(tree: BlockTree, node: AnyNode, b: Block): boolean {
  const start = tree.index.get(node) ?? 0;
  const at = tree.index.get(b.owner) ?? -1;
  return at >= start && at < start + (tree.size.get(node) ?? 1);
}
