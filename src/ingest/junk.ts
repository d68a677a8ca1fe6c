/**
 * Junk removal: what no reader sees or what is never article text. Rules are about
 * structure and visibility: scripts, styles, comments, hidden elements, empty inline shells
 * (the injected spam of the supplied article), and page furniture (nav, footer, aside).
 * The same cleaning for plain text strips markup that leaked into it.
 */
import { detachAll, isElement, preorder, textLengths, textOf, attr, type AnyNode, type Element } from './dom.js';
import { FURNITURE_ROLES, FURNITURE_TAGS, JUNK_TAGS, SHELL_TAGS } from './data/selectors.js';

const JUNK = new Set<string>(JUNK_TAGS);
const FURNITURE = new Set<string>(FURNITURE_TAGS);
const ROLES = new Set<string>(FURNITURE_ROLES);
/** A hidden element holding more than this share of the page's text is kept (script-revealed bodies). */
const HIDDEN_KEEP_SHARE = 0.5;
const FURNITURE_KEEP_SHARE = 0.4;

export function isHidden(el: Element): boolean {
  if ('hidden' in (el.attribs ?? {})) return true;
  if (attr(el, 'aria-hidden').toLowerCase() === 'true') return true;
  const type = attr(el, 'type').toLowerCase();
  if (el.name === 'input' && type === 'hidden') return true;
  const style = attr(el, 'style').toLowerCase().replace(/\s+/g, '');
  if (!style) return false;
  return (
    /(?:^|;)display:none/.test(style) ||
    /(?:^|;)visibility:hidden/.test(style) ||
    (/(?:^|;)(?:font-size|height|width|max-height):0(?:px|em|pt)?(?:;|!|$)/.test(style) && /overflow:hidden|font-size:0/.test(style))
  );
}

/** Elements with an image somewhere inside (bottom-up, one pass). */
function withMedia(order: readonly AnyNode[]): Set<AnyNode> {
  const set = new Set<AnyNode>();
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i] as AnyNode;
    const self = isElement(n) && (n.name === 'img' || n.name === 'picture');
    if ((self || set.has(n)) && n.parent) set.add(n.parent);
  }
  return set;
}

/** Elements whose content the parser keeps as raw text: markup inside them is text, not elements. */
const RAW_TEXT = new Set(['xmp', 'listing', 'plaintext']);

/**
 * An injected shell: an obsolete or inline element with nothing a reader could see (for
 * raw-text elements like <xmp>, nothing but markup inside).
 */
function isEmptyShell(el: Element, len: Map<AnyNode, number>, media: Set<AnyNode>): boolean {
  if (!SHELL_TAGS.has(el.name) || media.has(el)) return false;
  if ((len.get(el) ?? 0) === 0) return true;
  return RAW_TEXT.has(el.name) && (len.get(el) ?? 0) < 2000 && stripMarkup(textOf(el)).trim() === '';
}

export interface JunkStats {
  removed: number;
}

/**
 * Removes junk from the tree in place. Decisions are made on one snapshot of the tree
 * (text lengths computed once), so the pass is linear in the page size.
 */
export function removeJunk(root: AnyNode): JunkStats {
  const order = preorder(root);
  const len = textLengths(order);
  const media = withMedia(order);
  const total = Math.max(1, len.get(root) ?? 0);
  const doomed: AnyNode[] = [];
  const gone = new Set<AnyNode>();
  for (const node of order) {
    if (node.parent && gone.has(node.parent)) {
      gone.add(node);
      continue;
    }
    let kill = false;
    if (node.type === 'comment' || (node.type === 'directive' && !/^!doctype/i.test((node as unknown as { data: string }).data)))
      kill = true;
    else if (isElement(node)) {
      const name = node.name;
      const share = (len.get(node) ?? 0) / total;
      if (JUNK.has(name)) kill = true;
      else if (isHidden(node)) kill = share <= HIDDEN_KEEP_SHARE;
      else if (FURNITURE.has(name) || ROLES.has(attr(node, 'role').toLowerCase())) kill = share <= FURNITURE_KEEP_SHARE;
      else if (isEmptyShell(node, len, media)) kill = true;
    }
    if (kill) {
      gone.add(node);
      doomed.push(node);
    }
  }
  detachAll(doomed);
  return { removed: doomed.length };
}

/**
 * Junk markup in plain text: comments, script/style blocks with their content, and any
 * tag-like markup (the text outside the tags stays). Entities common in pasted text decode.
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|noscript|template|xmp|textarea|iframe)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, (m, tag: string) =>
      tag.toLowerCase() === 'xmp' ? m.replace(/<[^>]*>/g, '') : '',
    )
    .replace(/<\/?[a-zA-Z][\w:-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*\s*\/?>/g, '')
    .replace(/<![^>]*>/g, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(
      /&(?:lt|gt|amp|quot|#39|apos);/gi,
      (e) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'" })[e.toLowerCase()] ?? e,
    );
}
