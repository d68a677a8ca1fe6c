/**
 * The publication date of an HTML page, ranked from every candidate instead of taken from the
 * first place that has one. Candidates: declared metadata (JSON-LD, <meta>, <time>), the dates
 * printed around the title (labelled, on a byline line, on a date line of their own), above
 * it, and after the text, and the URL. Each gets its source's trust (published-sources.ts),
 * less for distance from the title, for sitting in a run of dated lines (lists of other
 * articles, comments, archives), for a site clock above the title and for an update label;
 * then each day gains for every other kind of source that gives the same day, and for the
 * text's dateline ("新华社北京3月5日电") agreeing on month and day. The best day wins, with
 * the time of day taken from the most trusted candidate on that day that has one.
 *
 * A date given to the month only ("1996年6月号") cannot be written as the record's
 * publishedAt (ISO 8601 with an offset) without making up a day: when it wins, publishedAt is
 * null (unless a candidate in the same month gives the day), and `month` says which month.
 */
import { COPYRIGHT, DATELINE } from '../data/patterns.js';
import { dateFromUrl, makeDate, parseDate, type ParsedDate } from './dates.js';
import { scanDates, type Mention } from './date-scan.js';
import {
  ABOVE_BLOCKS,
  ADJUST,
  AGREE_MAX,
  BYLINE_LINE,
  DATE_LINE_MAX,
  DATE_LINE_REST,
  DATE_LINE_REST_HAN,
  HEAD_NO_TITLE,
  INTO_TEXT,
  ISSUE_AFTER,
  LABEL_REACH,
  MIN_SCORE,
  MODIFIED_BEFORE,
  NEAR,
  OTHER_BEFORE,
  PROSE_MIN,
  PUBLISHED_AFTER,
  PUBLISHED_BEFORE,
  RUN_MIN,
  RUN_WINDOW,
  SOURCE_SCORE,
  TAIL_AFTER,
  TAIL_KEPT,
  TODAY_BEFORE,
  type DateSource,
} from './published-sources.js';

export interface DeclaredDate {
  raw: string;
  source: Extract<DateSource, 'jsonld' | 'meta' | 'itemprop' | 'time' | 'modified'>;
}

export interface PublishedInput {
  declared: readonly DeclaredDate[];
  /** The page's text blocks in document order. */
  blocks: readonly { text: string; chars: number; linkChars: number }[];
  /** The block holding the title, or -1. */
  titleAt: number;
  /** Indices of the blocks kept as the article text, in order. */
  kept: readonly number[];
  url: string | null;
  /** The offset for dates that give none (+08:00 for Chinese pages). */
  zone: string;
}

export interface Candidate {
  source: DateSource;
  /** null for a month-only date. */
  date: ParsedDate | null;
  /** "YYYY-MM-DD", or "YYYY-MM" for a month-only date. */
  key: string;
  score: number;
  /** The day-first reading of an ambiguous slash date. */
  alt?: ParsedDate;
}

export interface Published {
  /** ISO 8601 with offset, or null. */
  iso: string | null;
  /** "YYYY-MM" when the winning date gives the month only (iso is then null). */
  month: string | null;
  /** Every candidate with its score, best first (for evaluation and debugging). */
  candidates: Candidate[];
}

type Zone = 'above' | 'head' | 'tail';

const VISIBLE_SOURCE: Record<Zone, Record<'labelled' | 'byline' | 'dateLine' | 'text', DateSource | null>> = {
  head: { labelled: 'labelled', byline: 'byline', dateLine: 'dateLine', text: 'headText' },
  tail: { labelled: 'tailLabelled', byline: 'tailByline', dateLine: 'tailDateLine', text: null },
  above: { labelled: 'aboveLabelled', byline: 'aboveDateLine', dateLine: 'aboveDateLine', text: null },
};

/** Which blocks are looked at, in which zone, at what distance from the title or the text. */
function regions(input: PublishedInput): { index: number; zone: Zone; distance: number }[] {
  const { blocks, kept, titleAt } = input;
  if (blocks.length === 0) return [];
  const firstKept = kept[0] ?? 0;
  const lastKept = kept[kept.length - 1] ?? firstKept;
  const hasTitle = titleAt >= 0 && titleAt <= firstKept + INTO_TEXT;
  const headStart = hasTitle ? Math.min(titleAt, firstKept) : Math.max(0, firstKept - HEAD_NO_TITLE);
  const anchor = hasTitle ? titleAt : firstKept;
  const out: { index: number; zone: Zone; distance: number }[] = [];
  const seen = new Set<number>();
  const add = (index: number, zone: Zone, distance: number): void => {
    if (index < 0 || index >= blocks.length || seen.has(index) || (hasTitle && index === titleAt)) return;
    seen.add(index);
    out.push({ index, zone, distance });
  };
  for (let i = Math.max(0, headStart - ABOVE_BLOCKS); i < headStart; i++) add(i, 'above', headStart - i);
  for (let i = headStart; i < firstKept + INTO_TEXT && i <= lastKept; i++) {
    if (i >= firstKept && (blocks[i]?.chars ?? 0) > DATE_LINE_MAX) continue;
    add(i, 'head', Math.abs(i - anchor));
  }
  for (const i of kept.slice(-TAIL_KEPT)) add(i, 'tail', 0);
  for (let i = lastKept + 1; i <= lastKept + TAIL_AFTER; i++) add(i, 'tail', i - lastKept);
  return out.sort((a, b) => a.index - b.index);
}

/** Blocks that belong to a run of dated lines: a list of other articles, comments or archive links. */
function runs(dated: readonly number[]): Set<number> {
  const inRun = new Set<number>();
  for (let a = 0; a < dated.length; a++) {
    let b = a;
    while (b + 1 < dated.length && (dated[b + 1] ?? 0) - (dated[a] ?? 0) < RUN_WINDOW) b++;
    if (b - a + 1 >= RUN_MIN) for (let k = a; k <= b; k++) inRun.add(dated[k] ?? -1);
  }
  return inRun;
}

function visibleCandidates(input: PublishedInput): Candidate[] {
  const found: { index: number; zone: Zone; distance: number; line: string; mentions: Mention[] }[] = [];
  for (const r of regions(input)) {
    const b = input.blocks[r.index];
    if (!b || b.chars === 0 || COPYRIGHT.test(b.text)) continue;
    const mentions = scanDates(b.text, input.zone);
    if (mentions.length > 0) found.push({ ...r, line: b.text, mentions });
  }
  // Runs are told apart per zone, so that the date under the title is not one of the list below the text.
  const inRun = new Set<number>();
  for (const zone of ['above', 'head', 'tail'] as const) {
    for (const i of runs(found.filter((f) => f.zone === zone).map((f) => f.index))) inRun.add(i);
  }
  const out: Candidate[] = [];
  for (const f of found) {
    const keys = new Set(f.mentions.map((m) => m.key));
    for (const m of f.mentions) {
      const before = f.line.slice(Math.max(0, m.start - LABEL_REACH), m.start);
      if (OTHER_BEFORE.test(before)) continue;
      const modified = MODIFIED_BEFORE.test(before);
      const labelled = modified || PUBLISHED_BEFORE.test(before) || PUBLISHED_AFTER.test(f.line.slice(m.end));
      // What the line holds besides the date, read only on short lines: on a long one it is prose
      // anyway, and reading it for each of its many dates was quadratic (fuzz: a 78,000-character
      // block full of dates took 7 s).
      const short = f.line.length <= DATE_LINE_MAX;
      const rest = short ? (f.line.slice(0, m.start) + f.line.slice(m.end)).replace(/[\s\p{P}\p{S}]/gu, '') : null;
      const restHan = rest === null ? Infinity : rest.replace(/[^\p{Script=Han}]/gu, '').length;
      const dateLine = rest !== null && restHan <= DATE_LINE_REST_HAN && rest.length <= DATE_LINE_REST;
      // A month alone is a date only when labelled, alone on its line, or an issue ("1996年6月号"); else it is prose.
      const issue = !m.date && ISSUE_AFTER.test(f.line.slice(m.end));
      if (!m.date && !labelled && rest !== '' && !issue) continue; // (null: a long line, never bare)
      const byline = f.line.length <= DATE_LINE_MAX * 2 && BYLINE_LINE.test(f.line);
      const shape = labelled ? 'labelled' : byline ? 'byline' : dateLine || issue ? 'dateLine' : 'text';
      if (!labelled && f.line.length >= PROSE_MIN) continue;
      const source = VISIBLE_SOURCE[f.zone][shape];
      if (!source) continue;
      let score = SOURCE_SCORE[source];
      if (m.date?.hasTime) score += ADJUST.hasTime;
      if (!m.date) score += ADJUST.monthOnly;
      if (modified) score += ADJUST.modifiedLabel;
      if (inRun.has(f.index) && !labelled) score += ADJUST.listEntry;
      if (keys.size > 1) score += ADJUST.severalDates;
      if (TODAY_BEFORE.test(before) || (f.zone === 'above' && m.weekday)) score += ADJUST.todayWidget;
      const far = Math.max(0, f.distance - NEAR);
      if (f.zone === 'head') score += Math.max(ADJUST.maxHead, far * ADJUST.perBlockHead);
      if (f.zone === 'above') score += Math.max(ADJUST.maxAbove, far * ADJUST.perBlockAbove);
      if (f.zone === 'tail') score += Math.max(ADJUST.maxTail, far * ADJUST.perBlockTail);
      out.push({ source, date: m.date, key: m.key, score, ...(m.alt ? { alt: m.alt } : {}) });
    }
  }
  return out;
}

function declaredCandidates(input: PublishedInput): Candidate[] {
  const out: Candidate[] = [];
  for (const d of input.declared) {
    const date = parseDate(d.raw, input.zone);
    if (date) {
      out.push({ source: d.source, date, key: date.iso.slice(0, 10), score: SOURCE_SCORE[d.source] + (date.hasTime ? ADJUST.hasTime : 0) });
    }
  }
  const url = dateFromUrl(input.url, input.zone);
  if (url) out.push({ source: 'url', date: url, key: url.iso.slice(0, 10), score: SOURCE_SCORE.url });
  return out;
}

/** The day of a date as written, and as seen in the page's zone (a UTC timestamp late in the day is the next day in Beijing). */
function daysOf(c: Candidate, zone: string): string[] {
  if (!c.date) return [c.key];
  const local = localDay(c.date.iso, zone);
  return local && local !== c.key ? [c.key, local] : [c.key];
}

function localDay(iso: string, zone: string): string | null {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  const t = Date.parse(iso);
  if (!m || Number.isNaN(t)) return null;
  const offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return new Date(t + offset).toISOString().slice(0, 10);
}

/** The month and day of the text's dateline, "03-05", if it has one. */
function datelineDay(input: PublishedInput): string | null {
  const first = input.blocks[input.kept[0] ?? -1]?.text;
  const m = first ? DATELINE.exec(first.slice(0, 60)) : null;
  return m ? `${String(m[2]).padStart(2, '0')}-${String(m[3]).padStart(2, '0')}` : null;
}

/** The dateline as a candidate, its year taken from the most trusted other date (a December dateline in a January page is last year's). */
function datelineCandidate(dateline: string, cands: readonly Candidate[], zone: string): Candidate | null {
  const ref = [...cands].sort((a, b) => b.score - a.score).find((c) => c.date);
  if (!ref) return null;
  const month = Number(dateline.slice(0, 2));
  const refMonth = Number(ref.key.slice(5, 7));
  const year = Number(ref.key.slice(0, 4)) - (month - refMonth > 6 ? 1 : 0);
  const date = makeDate(year, month, Number(dateline.slice(3)), null, zone);
  return date ? { source: 'dateline', date, key: date.iso.slice(0, 10), score: SOURCE_SCORE.dateline } : null;
}

/** Ambiguous slash dates take the day-first reading when only that one agrees with another candidate. */
function resolveAmbiguous(cands: Candidate[], zone: string): void {
  for (const c of cands) {
    if (!c.alt) continue;
    const others = cands.filter((o) => o !== c && !o.alt);
    const agrees = (key: string): boolean => others.some((o) => daysOf(o, zone).includes(key));
    const altKey = c.alt.iso.slice(0, 10);
    if (!agrees(c.key) && agrees(altKey)) {
      c.date = c.alt;
      c.key = altKey;
    }
  }
}

export function findPublished(input: PublishedInput): Published {
  const cands = [...declaredCandidates(input), ...visibleCandidates(input)];
  resolveAmbiguous(cands, input.zone);
  const dateline = datelineDay(input);
  const fromDateline = dateline ? datelineCandidate(dateline, cands, input.zone) : null;
  if (fromDateline) cands.push(fromDateline);
  // Each candidate's support: its own trust, plus one bonus per other kind of source giving the same day.
  for (const c of cands) {
    const days = daysOf(c, input.zone);
    const kinds = new Set(
      cands
        .filter((o) => o !== c && o.source !== c.source && o.source !== 'dateline' && daysOf(o, input.zone).some((d) => days.includes(d)))
        .map((o) => o.source),
    );
    let score = c.score + ADJUST.agree * Math.min(AGREE_MAX, kinds.size);
    if (dateline && c.source !== 'dateline' && c.date && c.key.slice(5) === dateline) score += ADJUST.dateline;
    c.score = score;
  }
  cands.sort((a, b) => b.score - a.score);
  const winner = cands[0];
  if (!winner || winner.score < MIN_SCORE) return { iso: null, month: null, candidates: cands };
  if (!winner.date) {
    const day = cands.find((c) => c.date && c.key.startsWith(winner.key) && c.score >= MIN_SCORE);
    return day?.date
      ? { iso: withTime(day, cands, input.zone), month: null, candidates: cands }
      : { iso: null, month: winner.key, candidates: cands };
  }
  return { iso: withTime(winner, cands, input.zone), month: null, candidates: cands };
}

/** The winner's date, or, when it gives no time of day, the best candidate on the same day that does. */
function withTime(winner: Candidate, cands: readonly Candidate[], zone: string): string | null {
  if (!winner.date) return null;
  if (winner.date.hasTime) return winner.date.iso;
  const days = daysOf(winner, zone);
  const timed = cands.find((c) => c.date?.hasTime && c.date.iso.slice(0, 10) === days[0] && c.score >= MIN_SCORE);
  return timed?.date?.iso ?? winner.date.iso;
}
