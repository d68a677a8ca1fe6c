/**
 * Parsing and tree helpers. Every walk here is iterative (an explicit stack), so a page of
 * 100,000 nested <div>s cannot overflow the call stack.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';

export type { AnyNode, Element, ParentNode };
export type Root = cheerio.CheerioAPI;

/** Parses with htmlparser2 (fast, forgiving with truncated and unclosed markup). */
export function parseHtml(html: string): Root {
  return cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function childrenOf(node: AnyNode): AnyNode[] {
  return 'children' in node && Array.isArray(node.children) ? (node.children as AnyNode[]) : [];
}

/** All nodes under `root` (root included) in document order, without recursion. */
export function preorder(root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    out.push(node);
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return out;
}

/** Removes many nodes at once: each parent's child list is filtered once (linear overall). */
export function detachAll(nodes: Iterable<AnyNode>): void {
  const byParent = new Map<ParentNode, Set<AnyNode>>();
  for (const n of nodes) {
    if (!n.parent) continue;
    let set = byParent.get(n.parent);
    if (!set) byParent.set(n.parent, (set = new Set()));
    set.add(n);
  }
  for (const [parent, set] of byParent) {
    const kept = parent.children.filter((c) => !set.has(c));
    for (const n of set) {
      n.parent = null;
      n.prev = null;
      n.next = null;
    }
    for (let i = 0; i < kept.length; i++) {
      const k = kept[i] as AnyNode;
      k.prev = (kept[i - 1] as AnyNode | undefined) ?? null;
      k.next = (kept[i + 1] as AnyNode | undefined) ?? null;
    }
    parent.children = kept;
  }
}

/**
 * Non-white-space text length of every element's subtree, computed bottom-up in one pass
 * over a preorder list (reverse order visits children before parents).
 */
export function textLengths(order: readonly AnyNode[]): Map<AnyNode, number> {
  const len = new Map<AnyNode, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as AnyNode;
    let n = len.get(node) ?? 0;
    if (node.type === 'text') n += countVisible((node as unknown as { data: string }).data);
    if (n > 0 && node.parent) len.set(node.parent, (len.get(node.parent) ?? 0) + n);
    len.set(node, n);
  }
  return len;
}

/** Characters that are not white space (including &nbsp; and the ideographic space). */
export function countVisible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0x200b && c !== 0xfeff) n++;
  }
  return n;
}

/** The text of a subtree, iteratively, with white space collapsed. */
export function textOf(node: AnyNode): string {
  let out = '';
  for (const n of preorder(node)) if (n.type === 'text') out += (n as unknown as { data: string }).data;
  return out.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function attr(el: Element, name: string): string {
  return el.attribs?.[name] ?? '';
}
