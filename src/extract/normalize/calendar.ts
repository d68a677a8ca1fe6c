/**
 * Calendar arithmetic on plain (year, month, day) triples in the article's own time zone,
 * and the ISO strings the record uses: "2021", "2021-H1", "2021-Q3", "2021-06",
 * "2021-W40", "2021-09-20", "2021-10-15T10:00+08:00".
 */
import type { RefDate } from './types.js';

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** publishedAt (ISO 8601, with or without a time and offset) as local calendar fields; null when unusable. */
export function parseRefDate(iso: string | null | undefined): RefDate | null {
  if (!iso) return null;
  const m = PUBLISHED.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!validDate(year, month, day)) return null;
  let offset = m[6] ?? '+08:00';
  if (offset === 'Z') offset = '+00:00';
  else if (!offset.includes(':')) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
  return { year, month, day, hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), offset };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function validDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The month and day in a year-less date: valid in some year (2月29日 is). */
export function plausibleMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}

/**
 * The year of a month written without one (9月, 9月20日, a dateline's 10月11日) in an article
 * published in `ref`: the published year, or the year before when that would put the month
 * more than six months after publication (12月 on a January article is last December, while
 * 3月 on a January article is the coming March: news announces more than it recalls that far
 * back). The ingest dateline and the normalise grammar both use it, so they agree.
 */
export function yearOfMonth(month: number, ref: { year: number; month: number }): number {
  return month - ref.month > 6 ? ref.year - 1 : ref.year;
}

export function addDays(y: number, m: number, d: number, n: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(y: number, m: number, d: number): [number, number] {
  const t = new Date(Date.UTC(y, m - 1, d));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return [t.getUTCFullYear(), week];
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const p4 = (n: number): string => String(n).padStart(4, '0');

export const fmt = {
  year: (y: number): string => p4(y),
  half: (y: number, h: number): string => `${p4(y)}-H${h}`,
  quarter: (y: number, q: number): string => `${p4(y)}-Q${q}`,
  month: (y: number, m: number): string => `${p4(y)}-${p2(m)}`,
  week: (y: number, w: number): string => `${p4(y)}-W${p2(w)}`,
  day: (y: number, m: number, d: number): string => `${p4(y)}-${p2(m)}-${p2(d)}`,
  time: (y: number, m: number, d: number, h: number, min: number, s: number | null, offset: string): string =>
    `${p4(y)}-${p2(m)}-${p2(d)}T${p2(h)}:${p2(min)}${s === null ? '' : `:${p2(s)}`}${offset}`,
};

/** Match `re` (a pattern, no flags) exactly at `i`; a fresh sticky RegExp each call, so no shared lastIndex. */
export function execAt(re: RegExp, text: string, i: number): { m: RegExpExecArray; end: number } | null {
  const sticky = new RegExp(re.source, 'y');
  sticky.lastIndex = i;
  const m = sticky.exec(text);
  return m ? { m, end: sticky.lastIndex } : null;
}
