/**
 * A line's text as a key for comparing it with a title: no whitespace (ASCII, no-break
 * or ideographic: a heading split over lines or spaced out for layout is the same
 * heading) and lower case (a Latin headline in capitals is the same headline).
 */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '').toLowerCase();
}
