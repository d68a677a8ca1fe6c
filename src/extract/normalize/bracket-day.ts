/**
 * Taiwan's 昨（14）日, 今（15）日, 前（13）日: a relative day word with the day of the month
 * in brackets before 日. The bracketed day is what the writer meant; the word says which
 * month it falls in: the one whose such day is nearest the relative day (昨（31）日
 * published on 1 November is 31 October).
 */
import { addDays, addMonths, fmt, validDate } from './calendar.js';
import { span } from './clock.js';
import { BRACKET_DAYS } from './tables.js';
import type { DateSpan, ScanContext } from './types.js';

const BRACKETED = /^[（(]\s*(\d{1,2})\s*[）)]日/;
const DAY_MS = 86_400_000;

export function parseBracketDay(text: string, i: number, ctx: ScanContext): DateSpan | null {
  const offset = BRACKET_DAYS.get(text[i] ?? '');
  if (offset === undefined || (text[i + 1] !== '（' && text[i + 1] !== '(')) return null;
  const m = BRACKETED.exec(text.slice(i + 1, i + 9));
  if (!m) return null;
  const day = Number(m[1]);
  const end = i + 1 + m[0].length;
  const ref = ctx.ref;
  if (!ref || day < 1 || day > 31) return span(i, end, null, 'day', true);
  const [y, mo, d] = addDays(ref.year, ref.month, ref.day, offset);
  const target = Date.UTC(y, mo - 1, d);
  let best: string | null = null;
  let bestGap = Infinity;
  for (const shift of [-1, 0, 1]) {
    const [yy, mm] = addMonths(y, mo, shift);
    if (!validDate(yy, mm, day)) continue;
    const gap = Math.abs(Date.UTC(yy, mm - 1, day) - target) / DAY_MS;
    if (gap < bestGap) [best, bestGap] = [fmt.day(yy, mm, day), gap];
  }
  return span(i, end, best, 'day', true);
}
