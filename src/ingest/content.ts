/**
 * Main-content selection. Every block gets a signed value from its text density, link
 * density and punctuation density (positive for prose, negative for link lists, widgets and
 * furniture); the element whose subtree has the largest total is the article's container
 * (a maximum-sum subtree, so navigation around the article pulls its ancestors down). Inside
 * it, blocks that are furniture by themselves (link lists, bylines, date lines, share bars,
 * "related news" and what follows) are dropped. No minimum paragraph length: Chinese
 * paragraphs are short.
 */
import type { AnyNode } from './dom.js';
import { isInside, type Block, type BlockTree } from './blocks.js';
import { squash } from './text-key.js';
import { titledPost } from './titled-post.js';
import {
  BOILERPLATE_LINE,
  BREADCRUMB_LINE,
  COPYRIGHT,
  DATE_NUMERIC,
  DATE_EN,
  DATE_SLASH,
  LABELLED_FIELD,
  END_MARKER_LINE,
  TEASER_LINE,
  WIDGET_LINE,
  PAGE_FURNITURE_LINE,
  PICTURE_LABEL_LINE,
  SOURCE_LINE,
  CREDIT_SOURCE_LINE,
  SPOKEN_TURN,
} from './data/patterns.js';

export interface Content {
  /** Indices into tree.blocks of the kept blocks, in order. */
  kept: number[];
  /** Range of block indices inside the chosen container. */
  first: number;
  last: number;
  container: AnyNode | null;
}

const MAX_LINK_DENSITY = 0.5;
const SHORT_LINE = 60;
/** How much furniture inside a container counts against it. */
const NEGATIVE_WEIGHT = 0.3;
const NEGATIVE_NAME_COST = 0.2;
/** How much of a subtree's value its parent inherits: prose spread thinly over a page (teasers) loses to prose held together. */
const DECAY = 0.9;

/** A short line that is only a date/time, with labels, source, bylines or view counts around it. */
export function isDateLine(b: Block): boolean {
  if (b.chars > 80 || /[。！？!?]/.test(b.text)) return false;
  const m = DATE_NUMERIC.exec(b.text) ?? DATE_SLASH.exec(b.text) ?? DATE_EN.exec(b.text);
  if (!m) return false;
  const rest = b.text.replace(m[0], ' ').replace(LABELLED_FIELD, ' ');
  return countCjkOrWords(rest) <= 8;
}

function countCjkOrWords(s: string): number {
  return (s.match(/[\u4e00-\u9fff]|[A-Za-z]+/g) ?? []).length;
}

const isSpokenTurn = (text: string): boolean => SPOKEN_TURN.test(text.trim());

export function isFurnitureLine(text: string, chars: number): boolean {
  if (chars > SHORT_LINE * 2) return false;
  if (WIDGET_LINE.test(text) || BREADCRUMB_LINE.test(text) || PAGE_FURNITURE_LINE.test(text)) return true;
  if (chars <= SHORT_LINE && BOILERPLATE_LINE.test(text) && !isSpokenTurn(text)) return true;
  const line = text.trim();
  if (chars <= SHORT_LINE && (SOURCE_LINE.test(line) || PICTURE_LABEL_LINE.test(line))) return true;
  return chars <= SHORT_LINE && COPYRIGHT.test(text);
}

/** A block that is prose beyond doubt: long enough, punctuated, few links. */
function isStrongProse(b: Block): boolean {
  return b.chars >= 40 && b.punct >= 1 && b.linkChars / b.chars < 0.2 && !b.negative;
}

function value(b: Block): number {
  const nonLink = b.chars - b.linkChars;
  if (b.chars === 0) return 0;
  if (isFurnitureLine(b.text, b.chars)) return -b.chars;
  if (b.linkChars / b.chars > MAX_LINK_DENSITY) return -b.chars;
  let v: number;
  if (b.punct === 0) v = nonLink >= 40 ? nonLink * 0.5 : -Math.min(nonLink, 10) * 0.3;
  else v = nonLink * Math.min(1.5, 0.8 + (6 * b.punct) / nonLink) - 2 * b.linkChars;
  // Named furniture is dropped block by block anyway: it should not cost its container much.
  if (b.negative) v = -b.chars * NEGATIVE_NAME_COST;
  return v;
}

interface Sums {
  pos: number;
  neg: number;
  chars: number;
  links: number;
}

/**
 * The element whose subtree scores best: its prose (positive values) discounted by its link
 * density, plus a fraction of its furniture (negative values). A container that holds the
 * article and a list of related links still beats a smaller box of clean boilerplate.
 */
function bestContainer(tree: BlockTree, values: number[]): AnyNode | null {
  const sums = new Map<AnyNode, Sums>();
  const get = (n: AnyNode): Sums => {
    let s = sums.get(n);
    if (!s) sums.set(n, (s = { pos: 0, neg: 0, chars: 0, links: 0 }));
    return s;
  };
  tree.blocks.forEach((b, i) => {
    const s = get(b.owner);
    const v = values[i] ?? 0;
    if (v > 0) s.pos += v;
    else s.neg += v;
    s.chars += b.chars;
    s.links += b.linkChars;
  });
  let best: AnyNode | null = null;
  let bestScore = -Infinity;
  for (let i = tree.order.length - 1; i >= 0; i--) {
    const n = tree.order[i] as AnyNode;
    const s = sums.get(n);
    if (!s) continue;
    const density = s.chars ? s.links / s.chars : 0;
    const score = s.pos * (1 - density) + s.neg * NEGATIVE_WEIGHT;
    if (score > bestScore) {
      best = n;
      bestScore = score;
    }
    if (n.parent) {
      const p = get(n.parent);
      p.pos += s.pos * DECAY;
      p.neg += s.neg * DECAY;
      p.chars += s.chars;
      p.links += s.links;
    }
  }
  return best;
}

export function selectContent(tree: BlockTree, title: string | null): Content {
  const values = tree.blocks.map(value);
  const best = bestContainer(tree, values);
  const container = best ? (titledPost(tree, best, values, title) ?? best) : null;
  if (!container) return { kept: [], first: 0, last: -1, container: null };
  const members: number[] = [];
  tree.blocks.forEach((b, i) => {
    if (isInside(tree, container, b)) members.push(i);
  });
  const memberChars = members.reduce((n, i) => n + (tree.blocks[i]?.chars ?? 0), 0);
  const negChars = members.reduce((n, i) => n + (tree.blocks[i]?.negative ? (tree.blocks[i]?.chars ?? 0) : 0), 0);
  const ignoreNegative = negChars > memberChars * 0.8;
  const titleKey = title ? squash(title) : null;
  const kept: number[] = [];
  let afterMarker = false;
  for (const i of members) {
    const b = tree.blocks[i] as Block;
    // After "相关新闻"/"Related stories" only strong prose resumes the article (an inline box ends).
    if (kept.length > 0 && !b.negative && b.chars <= 30 && END_MARKER_LINE.test(b.text)) {
      afterMarker = true;
      continue;
    }
    // A teaser is prose, but another article's: it and the short headings after it go.
    if (kept.length > 0 && TEASER_LINE.test(b.text)) {
      afterMarker = true;
      continue;
    }
    if (afterMarker) {
      if (!isStrongProse(b)) continue;
      afterMarker = false;
    }
    if (b.linkChars / b.chars > MAX_LINK_DENSITY) continue;
    if (b.negative && !ignoreNegative) continue;
    if (isFurnitureLine(b.text, b.chars)) continue;
    if (isDateLine(b)) continue;
    if (titleKey && kept.length < 3 && squash(b.text) === titleKey) continue;
    kept.push(i);
  }
  const credit = closingCredit(tree, kept);
  if (credit !== null) kept.push(credit);
  return { kept, first: members[0] ?? 0, last: members[members.length - 1] ?? -1, container };
}

/** How far after the last kept block the article's credit may stand, past page furniture (打印 关闭 收藏). */
const CREDIT_REACH = 4;

/**
 * The article's own credit, alone on its line after its last paragraph (信息来源： 内蒙古日报), inside
 * the container or just outside it: the pages' own text ends with it. Not past other prose.
 */
function closingCredit(tree: BlockTree, kept: readonly number[]): number | null {
  const last = kept.at(-1);
  if (last === undefined) return null;
  for (let j = last + 1; j <= last + CREDIT_REACH && j < tree.blocks.length; j++) {
    const b = tree.blocks[j] as Block;
    if (CREDIT_SOURCE_LINE.test(b.text.trim())) return j;
    if (isStrongProse(b)) return null;
  }
  return null;
}
