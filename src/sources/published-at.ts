/**
 * A `publishedAt` given with an input (a JSONL line, a job) overrides the date found in the
 * article, and the record's schema wants an ISO 8601 date-time with an offset. A value such
 * as "yesterday", or a date that does not exist (2021-02-30), would lose the whole article
 * at validation: it is dropped instead (the article keeps its own date), with a warning.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/;

export interface PublishedAtCheck {
  /** The override to use (normalised), or null: none given, or refused. */
  value: string | null;
  /** One line naming the input and the refused value, or null. */
  warning: string | null;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** The value as a real date-time with offset (`t`/`z` upper-cased, space trimmed), or null. */
export function normalisePublishedAt(raw: string): string | null {
  const value = raw
    .trim()
    .replace(/^(\d{4}-\d{2}-\d{2})t/, '$1T')
    .replace(/z$/, 'Z');
  const m = ISO.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [offH, offM] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  const real =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offH <= 14 &&
    offM <= 59;
  return real ? value : null;
}

/** Checks an override given with `input` (a path or uri, for the warning). */
export function checkPublishedAt(raw: string | null | undefined, input: string): PublishedAtCheck {
  if (raw === null || raw === undefined || raw.trim() === '') return { value: null, warning: null };
  const value = normalisePublishedAt(raw);
  if (value) return { value, warning: null };
  const quoted = JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw);
  return {
    value: null,
    warning: `${input}: ignoring publishedAt ${quoted}: not a real ISO 8601 date-time with offset; the article's own date is used`,
  };
}
