/** 12世纪, 二十一世纪: a century is a period of years, 1101–1200 (the first year of a century is 1). */
import { intAt, period } from './clock.js';
import { ERAS } from './tables.js';
import type { DateSpan } from './types.js';

const CENTURY = '世纪';

export function parseCentury(text: string, i: number): DateSpan | null {
  const n = intAt(text, i, 30);
  if (!n || n.v < 1 || !text.startsWith(CENTURY, n.end)) return null;
  // 18世纪早期: a part of the period (data/vague-dates.json eras.periodParts) belongs to the span;
  // the value stays the whole century, which holds it
  let end = n.end + CENTURY.length;
  if (ERAS.periodParts.has(text.slice(end, end + 2))) end += 2;
  return period(i, end, String((n.v - 1) * 100 + 1).padStart(4, '0'), String(n.v * 100).padStart(4, '0'), 'year', false);
}
