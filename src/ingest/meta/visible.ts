/**
 * Metadata read from what a reader sees around the article: the date, bylines and source
 * printed near the title, and the editor line after the text. Copyright lines never give a
 * date.
 */
import { COPYRIGHT, DATE_LABEL } from '../data/patterns.js';
import { parseDate, type ParsedDate } from './dates.js';

/**
 * The date in these lines: a labelled one ("发布时间：...") first, then one on a short line
 * of its own (a date line under the title), then the first date anywhere.
 */
export function findVisibleDate(lines: readonly string[], zone: string): ParsedDate | null {
  let short: ParsedDate | null = null;
  let any: ParsedDate | null = null;
  for (const line of lines) {
    if (line.length > 300 || COPYRIGHT.test(line)) continue;
    const d = parseDate(line, zone) ?? parseDateInside(line, zone);
    if (!d) continue;
    if (DATE_LABEL.test(line) && line.length <= 80) return d;
    if (line.length <= 60) short ??= d;
    any ??= d;
  }
  return short ?? any;
}

/** A date somewhere inside a line (parseDate only looks at the start for ISO forms). */
function parseDateInside(line: string, zone: string): ParsedDate | null {
  const at = line.search(
    /(?:19|20)\d{2}\s*[-/.年]|\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/i,
  );
  if (at < 0) return null;
  const from = Math.max(0, at - 12);
  return parseDate(line.slice(from), zone) ?? parseDate(line.slice(at), zone);
}

/** Prefers the more precise of two dates on the same day (a time of day over a bare date). */
export function better(a: ParsedDate | null, b: ParsedDate | null): ParsedDate | null {
  if (!a) return b;
  if (!b) return a;
  if (!a.hasTime && b.hasTime && a.iso.slice(0, 10) === b.iso.slice(0, 10)) return b;
  return a;
}
