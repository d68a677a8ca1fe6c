/**
 * Every date written in a line of visible text, with where it sits, so that the words around
 * it (labels, weekdays) can be read. Accepts zero-padded or not ("2021-3-5 9:07"),
 * 年月日, dots and slashes, 上午/下午 and AM/PM, 时/点 for the hour, an ISO zone, year-last
 * slash dates (9/17/2004 5:54:13 AM), English month names, and dates given to the month only
 * ("1996年6月号"), which carry no day.
 */
import { DATE_EN } from '../data/patterns.js';
import { makeDate, parseEnglishDate, type ParsedDate } from './dates.js';
import { WEEKDAY_AFTER } from './published-sources.js';

const WEEKDAY = /(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]/;

export interface Mention {
  start: number;
  end: number;
  /** The date, for a day-precise mention; null for a month-only one. */
  date: ParsedDate | null;
  /** "YYYY-MM-DD" or, month-only, "YYYY-MM". */
  key: string;
  /** The day-first reading of an ambiguous slash date (06/02/2022), when it is a valid date too. */
  alt?: ParsedDate;
  /** A weekday is written with it (in it, or just after). */
  weekday: boolean;
}

/** A time after a date: optional weekday, 上午/下午 or AM/PM before or after, 时/点 for the hour. Left open: YMD adds a zone. */
const TIME_OPEN =
  String.raw`(?:\s*(?:T|,|，|&nbsp;)?\s*(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*)?(上午|下午|凌晨|早上|中午|晚上|傍晚|AM|PM)?\s*` +
  String.raw`(\d{1,2})\s*(?::|：|时|時|点|點)\s*(\d{1,2})\s*分?(?:\s*(?::|：)\s*(\d{1,2})\s*秒?)?(?:\.\d+)?` +
  String.raw`\s*(AM|PM|A\.M\.|P\.M\.)?`;
/** 2021-3-5, 2021年3月5日, 2021.03.05, 2021/3/5, with an optional time and zone. */
const YMD = new RegExp(
  String.raw`(?<![\d.])((?:19|20)\d{2})\s*(?:([-/.])|年)\s*(\d{1,2})\s*(?:\2|月)\s*(\d{1,2})(?!\d)\s*日?` +
    TIME_OPEN +
    String.raw`(Z|[+-]\d{2}:?\d{2}(?!\d))?)?`,
  'gi',
);
/** 9/17/2004, 06/02/2022 - 13:48: month first unless the first number exceeds 12 (see `alt`). */
const MDY = new RegExp(String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)(?:\s*-\s*(?=\d{1,2}:))?` + TIME_OPEN + ')?', 'gi');
/** 1996年6月, 1996年6月号: no day. */
const YM = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/g;
const EN = new RegExp(DATE_EN.source, 'gi');

const LATE = /^(?:下午|晚上|傍晚|PM|P\.M\.)$/i;
const EARLY = /^(?:上午|凌晨|早上|AM|A\.M\.)$/i;

function hourOf(h: number, ...marks: (string | undefined)[]): number {
  for (const m of marks) {
    if (!m) continue;
    if (LATE.test(m) && h < 12) return h + 12;
    if (/^中午$/.test(m) && h < 6) return h + 12;
    if (EARLY.test(m) && h === 12) return 0;
  }
  return h;
}

function zoneOf(raw: string | undefined, fallback: string): string {
  if (!raw) return fallback;
  if (/^z$/i.test(raw)) return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3]}` : fallback;
}

function time(m: RegExpExecArray, at: number): [number, number, number] | null {
  const h = m[at + 1];
  if (h === undefined) return null;
  return [hourOf(Number(h), m[at], m[at + 4]), Number(m[at + 2]), Number(m[at + 3] ?? 0)];
}

const overlaps = (a: { start: number; end: number }, list: readonly Mention[]): boolean =>
  list.some((b) => a.start < b.end && b.start < a.end);

/** The dates in `line`, in order of position. `zone` is the offset for dates that give none. */
export function scanDates(line: string, zone: string): Mention[] {
  const out: Mention[] = [];
  const push = (m: Omit<Mention, 'weekday'>): void => {
    const weekday = WEEKDAY.test(line.slice(m.start, m.end)) || WEEKDAY_AFTER.test(line.slice(m.end, m.end + 12));
    if (!overlaps(m, out)) out.push({ ...m, weekday });
  };
  for (const m of line.matchAll(YMD)) {
    const date = makeDate(Number(m[1]), Number(m[3]), Number(m[4]), time(m, 5), zoneOf(m[10], zone));
    if (date) push({ start: m.index, end: m.index + m[0].length, date, key: date.iso.slice(0, 10) });
  }
  for (const m of line.matchAll(MDY)) {
    let month = Number(m[1]);
    let day = Number(m[2]);
    if (month > 12) [month, day] = [day, month];
    const t = time(m, 4);
    const date = makeDate(Number(m[3]), month, day, t, zone);
    const alt = month !== day && day <= 12 ? makeDate(Number(m[3]), day, month, t, zone) : null;
    if (date) push({ start: m.index, end: m.index + m[0].length, date, key: date.iso.slice(0, 10), ...(alt ? { alt } : {}) });
  }
  if (/[a-z]{3}/i.test(line)) {
    for (const m of line.matchAll(EN)) {
      const date = parseEnglishDate(m[0], zone);
      if (date) push({ start: m.index, end: m.index + m[0].length, date, key: date.iso.slice(0, 10) });
    }
  }
  for (const m of line.matchAll(YM)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!makeDate(y, mo, 1, null, zone)) continue;
    push({ start: m.index, end: m.index + m[0].length, date: null, key: `${y}-${String(mo).padStart(2, '0')}` });
  }
  return out.sort((a, b) => a.start - b.start);
}
