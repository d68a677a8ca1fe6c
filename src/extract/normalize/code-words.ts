/**
 * Arabic numbers that label rather than count, judged by what stands before them: a code word
 * (拨打12345, 邮编：518000; data/codes.json), a label carried along a list (图208、268), a
 * designation's name and hyphen (歼-20). codes.ts finds what a pattern spots in one pass; these
 * depend on where the figure starts and on the unit read after it, so parseFigureAt asks them.
 */
import { asciiDigit, isHan } from './numbers.js';
import { CODE_BEFORE, CODE_LINKS, DESIGNATION_NOT_AFTER, LABEL_LISTS, type UnitInfo } from './tables.js';

/** The last characters of the code words: most numbers fail on this one lookup. */
const CODE_BEFORE_LAST: ReadonlySet<string> = new Set(CODE_BEFORE.map((w) => w.at(-1)!));

/** 拨打12345, 邮编：518000: a code word (data/codes.json) and an optional 为/是/colon right before `i`. */
export function afterCodeWord(text: string, i: number): boolean {
  let p = i;
  while (p > 0 && text[p - 1] === ' ') p--;
  if (CODE_LINKS.has(text[p - 1] ?? '')) p--;
  while (p > 0 && text[p - 1] === ' ') p--;
  if (CODE_BEFORE_LAST.has(text[p - 1] ?? '') && CODE_BEFORE.some((w) => text.startsWith(w, p - w.length))) return true;
  // 图208、268: the label word carries on along a list of numbers
  if (p === i && LABEL_LISTS.has(text[p - 1] ?? '') && asciiDigit(text[p - 2]) >= 0) {
    let q = p - 2;
    while (q > 0 && asciiDigit(text[q - 1]) >= 0) q--;
    return afterCodeWord(text, q);
  }
  return false;
}

/** 歼-20, 东风-41: a Han word, a hyphen and digits with no unit is a designation, not a negative number. */
export function designation(text: string, hyphen: number, unit: UnitInfo | null): boolean {
  const h = text[hyphen - 1];
  return !unit && (text[hyphen] === '-' || text[hyphen] === '－') && isHan(h) && !DESIGNATION_NOT_AFTER.has(h!);
}
