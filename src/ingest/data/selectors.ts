/**
 * Structural data for the HTML side of ingest (in the manner of trafilatura's xpaths.py):
 * which elements are never content, which break text into blocks, which class/id names
 * mark boilerplate or content. Code that uses them lives in junk.ts, blocks.ts, content.ts.
 */
import { alternation } from './alternation.js';

export const BINARY_SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'a 7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

/** Elements whose content is never article text: removed with everything inside. */
export const JUNK_TAGS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'applet',
  'svg', 'canvas', 'math', 'map', 'audio', 'video', 'source', 'track', 'select', 'option',
  'button', 'input', 'textarea', 'label', 'dialog', 'link', 'meta', 'base', 'param', 'head', 'noframes',
] as const;

/** Obsolete or inline elements that injected spam shells are built from. */
export const SHELL_TAGS = new Set([
  'xmp', 'big', 'dfn', 'dir', 'bdo', 'tt', 'strike', 'font', 'comment', 'basefont', 'blink',
  'marquee', 'l', 'abbr', 'code', 'b', 'i', 's', 'u', 'sup', 'sub', 'del', 'ins', 'span', 'em',
  'strong', 'small', 'thead', 'tbody', 'tfoot', 'acronym', 'center', 'kbd', 'samp', 'var', 'q',
  'cite', 'nobr', 'wbr', 'listing', 'plaintext', 'menu', 'address', 'time', 'mark', 'ruby', 'rt',
]);

/** Page furniture removed before scoring, unless it holds most of the page's text. */
export const FURNITURE_TAGS = ['nav', 'footer', 'aside', 'menu'] as const;
export const FURNITURE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar'] as const;

/** Elements that end a block of text (a paragraph boundary). */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote',
  'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td',
  'th', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'form', 'fieldset',
  'figure', 'figcaption', 'address', 'center', 'body', 'html', 'dir', 'menu', 'details', 'summary',
  'xmp', 'listing', 'frameset', 'noframes', 'legend', 'title',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const LIST_ITEM_TAGS = new Set(['li', 'dt', 'dd']);

/**
 * class/id words (matched as whole tokens, split on - _ and case changes) that mark page
 * furniture: a block inside such an element counts against its container.
 */
const NEGATIVE_WORDS = [
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menus',
  'footer',
  'header',
  'masthead',
  'sidebar',
  'aside',
  'widget',
  'share',
  'sharing',
  'social',
  'comment',
  'comments',
  'reply',
  'related',
  'relate',
  'recommend',
  'recommended',
  'tag',
  'tags',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'banner',
  'sponsor',
  'promo',
  'popup',
  'modal',
  'login',
  'signup',
  'subscribe',
  'newsletter',
  'copyright',
  'pager',
  'pagination',
  'toolbar',
  'tools',
  'hotnews',
  'rank',
  'ranking',
  'links',
  'friendlink',
  'topbar',
  'search',
  'print',
  'byline',
  'meta',
  'disclaimer',
  'cookie',
  'outbrain',
  'taboola',
];
export const NEGATIVE_NAME = new RegExp(String.raw`(?:^|[-_\s])(${alternation(NEGATIVE_WORDS)})(?:$|[-_\s\d])`, 'i');

/** Furniture words unambiguous enough to match inside longer names ("relatedpoststitle", "sharebar"). */
const NEGATIVE_SUBSTRINGS = [
  'related',
  'recommend',
  'sidebar',
  'breadcrumb',
  'advert',
  'sponsor',
  'newsletter',
  'sharing',
  /share(?:bar|box|tools|-?buttons|-?links)/,
  'social',
  'popular',
  'outbrain',
  'taboola',
  'disqus',
  /comment(?!ary)/,
  'promo',
  /most-?read/,
  'trending',
  /more-?stories/,
  'rightrail',
  /right-?rail/,
];
export const NEGATIVE_SUBSTRING = new RegExp(alternation(NEGATIVE_SUBSTRINGS), 'i');

/** class/id words that mark the article itself. */
const POSITIVE_WORDS = [
  'article',
  'articles',
  'content',
  'contents',
  'main',
  'body',
  'text',
  'entry',
  'post',
  'story',
  'detail',
  'details',
  'news',
  'txt',
  'zw',
  'zhengwen',
  'con',
  'cont',
  'artibody',
  'endtext',
  'mainbody',
  'maintext',
  'textbody',
  'paragraph',
  'blog',
  'read',
];
export const POSITIVE_NAME = new RegExp(String.raw`(?:^|[-_\s])(${alternation(POSITIVE_WORDS)})(?:$|[-_\s\d])`, 'i');

/** Attributes that identify an element for NEGATIVE_NAME / POSITIVE_NAME. */
export const NAME_ATTRIBUTES = ['class', 'id'] as const;
