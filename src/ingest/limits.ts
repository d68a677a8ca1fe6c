/**
 * Bounds on what reaches the HTML parser, so pathological pages cost bounded time and
 * memory: script/style bodies (other than JSON-LD), comments and inline base64 blobs are cut
 * from the string first, the rest is capped in length, and element nesting is capped in
 * depth (htmlparser2's open-element stack costs time quadratic in depth).
 */
import { removeComments, removeScriptsAndStyles } from './heavy-blocks.js';

/** Characters of HTML parsed at most (~12 MB of UTF-8 Chinese); the rest is dropped as if truncated. */
export const MAX_HTML_CHARS = 4_000_000;
/** Elements nested deeper than this are unwrapped (their text stays, the tags go). */
export const MAX_DEPTH = 256;

/** Elements that never hold others or close themselves implicitly: they do not deepen nesting. */
const NO_DEPTH = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'tr',
  'td',
  'th',
  'frame',
  'basefont',
  'keygen',
]);

export interface Prepared {
  html: string;
  truncated: boolean;
  flattened: number;
}

function stripHeavy(html: string): string {
  return removeScriptsAndStyles(removeComments(html)).replace(/data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]{512,}/g, 'data:,');
}

/** An upper bound on nesting depth: opening minus closing tags of elements that can nest (cheap scan). */
function roughDepth(html: string): number {
  const re = /<(\/?)([a-zA-Z][\w:-]*)/g;
  let depth = 0;
  let max = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (NO_DEPTH.has((m[2] ?? '').toLowerCase())) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Drops the open and close tags of elements beyond MAX_DEPTH (one linear pass over the tags). */
export function capDepth(html: string, maxDepth = MAX_DEPTH): { html: string; dropped: number } {
  if (roughDepth(html) <= maxDepth) return { html, dropped: 0 };
  const stack: string[] = [];
  const droppedOpen = new Map<string, number>();
  let dropped = 0;
  // The name is matched atomically (a lookahead captures it, the back-reference consumes it): a
  // backtracking name made a long unclosed "<name…" run quadratic (200 KB took 17 s, fuzz finding).
  const out = html.replace(/<(\/?)(?=([a-zA-Z][\w:-]*))\2[^<>]*?(\/?)>/g, (tag, close: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (NO_DEPTH.has(name) || selfClose) return tag;
    if (!close) {
      if (stack.length >= maxDepth) {
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
        dropped++;
        return '';
      }
      stack.push(name);
      return tag;
    }
    const pending = droppedOpen.get(name) ?? 0;
    if (pending > 0) {
      droppedOpen.set(name, pending - 1);
      return '';
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0 && stack.length - at <= 64) stack.length = at;
    return tag;
  });
  return { html: dropped > 0 ? out : html, dropped };
}

export function prepareHtml(raw: string): Prepared {
  let html = raw.length > 200_000 ? stripHeavy(raw) : raw;
  const truncated = html.length > MAX_HTML_CHARS;
  if (truncated) html = html.slice(0, MAX_HTML_CHARS);
  const { html: capped, dropped } = capDepth(html);
  return { html: capped, truncated, flattened: dropped };
}
