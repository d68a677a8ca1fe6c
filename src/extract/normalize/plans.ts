/**
 * Five-year plans (十四五, “十三五”期间, 十五计划) as periods of years: the N-th plan is a
 * date range, not the number 145. The starting years and the words that make a low-numbered
 * plan unambiguous are data (data/dates.json, fiveYearPlans).
 */
import { fmt } from './calendar.js';
import { period } from './clock.js';
import { chineseValue } from './numbers.js';
import { FIVE_YEAR_PLANS as P, isChineseNumeralCode, PLAN_WORDS, UNITS } from './tables.js';
import type { DateSpan } from './types.js';

const STARTS: ReadonlyArray<[number, number]> = Object.entries(P.starts)
  .map(([n, y]) => [Number(n), y] as [number, number])
  .sort((a, b) => b[0] - a[0]);

const MARKER = P.marker.charCodeAt(0);

/** The first year of the N-th plan: the latest listed start at or before N, then `years` a plan. */
export function planStart(n: number): number | null {
  const known = STARTS.find(([k]) => k <= n);
  return known ? known[1] + P.years * (n - known[0]) : null;
}

/** The plan named at `i` (its numeral and 五; quotes stay outside the span), or null. */
export function parsePlan(text: string, i: number): DateSpan | null {
  // char codes, not one-character strings: this runs wherever a numeral starts
  if (!isChineseNumeralCode(text.charCodeAt(i)) || isChineseNumeralCode(text.charCodeAt(i - 1))) return null;
  let k = i + 1;
  while (k - i < 4 && isChineseNumeralCode(text.charCodeAt(k))) k++;
  if (k - i < 2 || text.charCodeAt(k - 1) !== MARKER || isChineseNumeralCode(text.charCodeAt(k))) return null;
  const n = chineseValue(text.slice(i, k - 1)).value;
  if (n === null || !Number.isInteger(n) || n < 1 || n > P.max) return null;
  // 十四五个, 十四五岁: fourteen or fifteen of something, not the plan
  if (UNITS.match(text, k)) return null;
  // 十五 is also fifteen: a plan numbered low needs quotes or a plan word to be one
  const quoted = P.openQuotes.includes(text[i - 1] ?? '') && P.closeQuotes.includes(text[k] ?? '');
  if (n < P.strongFrom && !quoted && !PLAN_WORDS.match(text, k)) return null;
  const y = planStart(n);
  if (y === null) return null;
  return period(i, k, fmt.year(y), fmt.year(y + P.years - 1), 'year', false);
}
