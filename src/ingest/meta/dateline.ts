/**
 * Datelines: "央广网广州10月11日消息" → { place: 广州, date: 2021-10-11 }, the year taken from
 * the publication date by the same rule the normalise stage uses for 10月11日 in the text.
 */
import type { Dateline } from '../../record/schema.js';
import { fmt, parseRefDate, validDate, yearOfMonth } from '../../extract/normalize/calendar.js';
import { DATELINE, OUTLET_END } from '../data/patterns.js';

/** The place is what follows the outlet's name: after the last 网/社/报/台 that leaves two characters. */
function placeOf(prefix: string): string | null {
  // "中央社記者林志明臺北": where the reporter's name ends and the place begins cannot be told.
  if (/记者|記者/.test(prefix)) return null;
  let start = 0;
  for (const m of prefix.matchAll(new RegExp(OUTLET_END.source, 'g'))) {
    if (prefix.length - (m.index + 1) >= 2) start = m.index + 1;
  }
  const place = prefix.slice(start).replace(/^[·\-—\s]+/, '');
  return place.length >= 2 && place.length <= 8 ? place : null;
}

export function findDateline(firstLine: string | undefined, publishedAt: string | null): Dateline | null {
  if (!firstLine) return null;
  const m = DATELINE.exec(firstLine.slice(0, 60));
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const place = placeOf(m[1] ?? '');
  const ref = parseRefDate(publishedAt);
  const year = ref ? yearOfMonth(month, ref) : null;
  const date = year !== null && validDate(year, month, day) ? fmt.day(year, month, day) : null;
  return { place, date };
}
