/**
 * Figures and times that read well on their own but name something where they stand:
 * a number in the title of a work or in a short quoted slogan or name, an H:MM that is a
 * recording's length or a chapter:verse reference. The words and marks are data
 * (data/contexts.json); these are rules about the kind of context, applied after merging.
 */
import contexts from './data/contexts.json' with { type: 'json' };
import { Lexicon } from './lexicon.js';
import type { Span } from './types.js';

const DURATION_BEFORE = Lexicon.fromList(contexts.durationBefore);
const GAP_STOP: ReadonlySet<string> = new Set(contexts.referenceGapStop);
const SLOGAN_MAX = contexts.sloganMaxChars;
/** Titles of works are short: an opening mark further back than this does not enclose the span. */
const REACH = 40;
const CLOCK_TEXT = /^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/;
const HAN = /[\u4e00-\u9fff]/;
const PREV_CLOCK = /\d{1,2}[:：]\d{2}\s*([\u4e00-\u9fff]{1,3})$/;
const NEXT_CLOCK = /^\s*([\u4e00-\u9fff]{1,3})\d{1,2}[:：]\d{2}/;

/** One pattern per mark pair: an opening mark, up to `max` characters on one line, its closing mark. */
function enclosedPattern(pairs: string[][], max: number): RegExp {
  const esc = (c: string) => c.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const alts = pairs.map(([o, c]) => `${esc(o!)}[^${esc(c!)}\\n。！？]{1,${max}}${esc(c!)}`);
  return new RegExp(alts.join('|'), 'g');
}
const TITLES = enclosedPattern(contexts.titleMarks, REACH);
const SLOGANS = enclosedPattern(contexts.quoteMarks, SLOGAN_MAX);
const HAS_MARK = new RegExp(`[${[...contexts.titleMarks, ...contexts.quoteMarks].map(([o]) => o!.replace(/["\\]/g, '\\$&')).join('')}]`);

/** [open, close] index pairs of every match of `re` in `text`. */
function ranges(text: string, re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length - 1]);
  return out;
}

const inside = (rs: Array<[number, number]>, s: Span) => rs.find(([p, q]) => p < s.start && s.end <= q);

/**
 * A test for the spans of one text, built once per text (the titles and quotations found in
 * one pass): whether a span names something where it stands.
 */
export function contextTest(text: string): (s: Span) => boolean {
  const marked = HAS_MARK.test(text);
  const titles = marked ? ranges(text, TITLES) : [];
  const slogans = marked ? ranges(text, SLOGANS) : [];
  return (s) => {
    if (s.what === 'figure') {
      if (titles.length && inside(titles, s)) return true;
      // “一件事一次办”: a figure in Chinese numerals inside a short quotation it does not fill
      const q = slogans.length ? inside(slogans, s) : undefined;
      if (q === undefined || q[1] - q[0] - 1 <= s.end - s.start) return false;
      // “刑警803”: a bare number glued to the Han word before it, in a short quotation, is a title
      return !/[0-9０-９]/.test(text.slice(s.start, s.end)) || bareNumberInName(text, s);
    }
    return s.kind === 'TIME' && (clockIsDuration(text, s) || clockIsReference(text, s));
  };
}

function bareNumberInName(text: string, s: Span): boolean {
  return (
    s.what === 'figure' &&
    s.kind === 'CARDINAL' &&
    s.unit === null &&
    s.bound === null &&
    !s.approximate &&
    HAN.test(text[s.start - 1] ?? '')
  );
}

function isClock(text: string, s: Span): boolean {
  return s.what === 'date' && s.kind === 'TIME' && CLOCK_TEXT.test(text.slice(s.start, s.end));
}

/** 音频 04:29: the length of a recording or a race, not a time of day. */
export function clockIsDuration(text: string, s: Span): boolean {
  if (!isClock(text, s)) return false;
  let p = s.start;
  while (p > 0 && /[\s:：]/.test(text[p - 1]!)) p--;
  for (let k = Math.max(0, p - 2); k < p; k++) {
    const m = DURATION_BEFORE.match(text, k);
    if (m && m.end === p) return true;
  }
  return false;
}

/** 罗2:18 利11:44 帖前5:16: H:MM glued to a Han word next to another such: chapter and verse. */
export function clockIsReference(text: string, s: Span): boolean {
  if (!isClock(text, s) || !HAN.test(text[s.start - 1] ?? '')) return false;
  const clear = (gap: string | undefined) => gap !== undefined && ![...gap].some((c) => GAP_STOP.has(c));
  const prev = PREV_CLOCK.exec(text.slice(Math.max(0, s.start - 12), s.start));
  if (prev && clear(prev[1])) return true;
  const next = NEXT_CLOCK.exec(text.slice(s.end, s.end + 12));
  return next !== null && clear(next[1]);
}
