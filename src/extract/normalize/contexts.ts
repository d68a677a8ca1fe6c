/**
 * Figures and times that read well on their own but name something where they stand:
 * a number in the title of a work, in a short quoted slogan or name or in a quoted couplet, an
 * H:MM that is a recording's length or a chapter:verse reference. The words and marks are data
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
/** （徒22:14）: an opening bracket and a short Han word before the H:MM, a closing one after it. */
const BRACKET_BEFORE = /[（(]([\u4e00-\u9fff]{1,3})$/;
const BRACKET_AFTER = /^[）)]/;
const COUPLET = contexts.couplet;
const COUPLET_SPLIT = new RegExp(`[${COUPLET.separators.join('')}]`);
/** A quotation that may run over a hard line break: up to the longest couplet. */
const QUOTED_LINES = new RegExp(
  contexts.quoteMarks
    .map(([o, c]) => {
      const esc = (x: string) => x.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
      return `${esc(o!)}[^${esc(c!)}。！？]{${2 * COUPLET.minClause + 1},${4 * (COUPLET.maxClause + 2)}}${esc(c!)}`;
    })
    .join('|'),
  'g',
);

/** 人争一口气，佛争一柱香: clauses of one length, split by a comma, none of them short. */
function isCouplet(inner: string): boolean {
  const parts = inner.replace(/\s/g, '').split(COUPLET_SPLIT);
  if (parts.length < 2) return false;
  const n = parts[0]!.length;
  return n >= COUPLET.minClause && n <= COUPLET.maxClause && parts.every((p) => p.length === n && HAN_ONLY.test(p));
}
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;
const ONE_DIGIT_COUNT = /^[一二两三四五六七八九十半][^一二两三四五六七八九十百千万亿]/;

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
  const couplets = marked ? ranges(text, QUOTED_LINES).filter(([p, q]) => isCouplet(text.slice(p + 1, q))) : [];
  return (s) => {
    if (s.what === 'figure') {
      if (titles.length && inside(titles, s)) return true;
      // a lone digit and its classifier (一口气, 三天打鱼) is a figure of speech there; 杀敌三千 still counts
      if (couplets.length && ONE_DIGIT_COUNT.test(text.slice(s.start, s.end)) && inside(couplets, s)) return true;
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
  const bracketed = BRACKET_BEFORE.exec(text.slice(Math.max(0, s.start - 4), s.start));
  if (bracketed && clear(bracketed[1]) && BRACKET_AFTER.test(text.slice(s.end, s.end + 1))) return true;
  const prev = PREV_CLOCK.exec(text.slice(Math.max(0, s.start - 12), s.start));
  if (prev && clear(prev[1])) return true;
  const next = NEXT_CLOCK.exec(text.slice(s.end, s.end + 12));
  return next !== null && clear(next[1]);
}
