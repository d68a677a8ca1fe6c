/**
 * 去年同期 ("the same period last year"): the period just named in the sentence, shifted
 * by the word's year offset (今年前三季度……比去年同期 → the first three quarters of last
 * year). With no period named before it in the sentence it is publishedAt's month a year
 * back (month granularity): news compares with the same reporting month.
 */
import { fmt, validDate } from './calendar.js';
import { period, span } from './clock.js';
import { SAME_PERIOD } from './tables.js';
import type { DateSpan, ScanContext, Span } from './types.js';

/** The word at `i`, resolved against publishedAt only (scan() then looks for the period it refers to). */
export function parseSamePeriod(text: string, i: number, ctx: ScanContext): DateSpan | null {
  const w = SAME_PERIOD.match(text, i);
  if (!w) return null;
  const r = ctx.ref;
  return span(i, w.end, r ? fmt.month(r.year + w.value, r.month) : null, 'month', true);
}

/** A sentence ends here: an antecedent past it is not the one meant. */
export const SENTENCE_END = /[。！？!?；;\n]/;
const ISO_DATE = /^(\d{4})((?:-\d{2}){0,2})$/;

/** An ISO year, month or day moved by `k` years; null when it is no such value or would not exist (2月29日). */
function shiftYears(v: string | null, k: number): string | null {
  const m = v === null ? null : ISO_DATE.exec(v);
  if (!m) return null;
  const y = Number(m[1]) + k;
  const [mo, d] = m[2]!.split('-').slice(1).map(Number);
  if (d !== undefined && !validDate(y, mo!, d)) return null;
  return `${fmt.year(y)}${m[2]}`;
}

/** Point each same-period word at the period named before it in its sentence (in place). */
export function resolveSamePeriods(text: string, spans: Span[]): void {
  for (let n = 0; n < spans.length; n++) {
    const s = spans[n]!;
    if (s.what !== 'date') continue;
    const w = SAME_PERIOD.match(text, s.start);
    if (!w || w.end !== s.end) continue;
    for (let p = n - 1; p >= 0; p--) {
      const a = spans[p]!;
      if (SENTENCE_END.test(text.slice(a.end, s.start))) break;
      if (a.what !== 'date' || a.kind !== 'DATE' || a.value === null) continue;
      const from = shiftYears(a.value, w.value);
      const to = a.valueMax === null ? null : shiftYears(a.valueMax, w.value);
      if (from === null || (a.valueMax !== null && to === null)) break;
      spans[n] =
        a.valueMax === null
          ? { ...span(s.start, s.end, from, a.granularity, true) }
          : period(s.start, s.end, from, to, a.granularity!, true);
      break;
    }
  }
}
