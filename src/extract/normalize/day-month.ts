/**
 * A day written alone (4日, 五号) after a date in the same sentence is a day of that date's
 * month: 6月3日晚至4日凌晨, 6月4日晚和5日上午. Resolved against publishedAt it would fall in
 * the published month. A day before the named one (5月28日……3日) may be in the next month,
 * so it is left as it was.
 */
import { fmt, validDate } from './calendar.js';
import { intAt } from './clock.js';
import { SENTENCE_END } from './same-period.js';
import type { DateSpan, Span } from './types.js';

const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;
const BARE_DAY_END = /[日号]/;

/** The day of a bare day span (`4日`), or null when the span is more than a day number. */
function bareDay(text: string, s: DateSpan): number | null {
  if (s.kind !== 'DATE' || s.granularity !== 'day' || s.relative) return null;
  const n = intAt(text, s.start, 31);
  return n && n.end === s.end - 1 && BARE_DAY_END.test(text[n.end]!) ? n.v : null;
}

/** Move each bare day into the month of the nearest date before it in its sentence (in place). */
export function resolveBareDays(text: string, spans: Span[]): void {
  for (let n = 1; n < spans.length; n++) {
    const s = spans[n]!;
    const d = s.what === 'date' ? bareDay(text, s) : null;
    if (d === null) continue;
    for (let p = n - 1; p >= 0; p--) {
      const a = spans[p]!;
      if (SENTENCE_END.test(text.slice(a.end, s.start))) break;
      if (a.what !== 'date') continue;
      const m = a.value === null ? null : YEAR_MONTH_DAY.exec(a.value);
      if (!m) break;
      const [y, mo, d0] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 0 : Number(m[3])];
      if (d >= d0 && validDate(y, mo, d)) spans[n] = { ...(s as DateSpan), value: fmt.day(y, mo, d) };
      break;
    }
  }
}
