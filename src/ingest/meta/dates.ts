/**
 * Date strings to ISO 8601 with an offset. A date that gives no zone gets the page's
 * default (+08:00 for Chinese pages). Only plausible calendar dates are accepted.
 */
import { DATE_EN, DATE_NUMERIC, DATE_SLASH, MONTHS } from '../data/patterns.js';

export interface ParsedDate {
  iso: string;
  /** Whether the source gave a time of day (a bare date is less precise). */
  hasTime: boolean;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  const maxYear = new Date().getUTCFullYear() + 1;
  if (y < 1990 || y > maxYear || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** A date from its parts, or null when it is no calendar date (or out of the plausible years). */
export function makeDate(y: number, mo: number, d: number, time: [number, number, number] | null, zone: string): ParsedDate | null {
  return build(y, mo, d, time, zone);
}

function build(y: number, mo: number, d: number, time: [number, number, number] | null, zone: string): ParsedDate | null {
  const [h, mi, s] = time ?? [0, 0, 0];
  if (!valid(y, mo, d, h, mi, s)) return null;
  return { iso: `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone}`, hasTime: time !== null };
}

function zoneOf(raw: string | undefined, fallback: string): string {
  if (!raw) return fallback;
  if (raw === 'Z' || raw === 'z') return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : fallback;
}

/** ISO-like strings from metadata: 2021-10-15T15:27:00+08:00, 2021-10-15 15:27, 20211015. */
function parseIsoLike(s: string, zone: string): ParsedDate | null {
  const m =
    /^\s*((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?!\d)(?:(?:T|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2}(?!\d))?\s*([AP]\.?M\.?)?)?/i.exec(
      s,
    );
  if (!m) return null;
  let h = Number(m[4]);
  if (/^p/i.test(m[8] ?? '') && h < 12) h += 12;
  if (/^a/i.test(m[8] ?? '') && h === 12) h = 0;
  const time: [number, number, number] | null = m[4] ? [h, Number(m[5]), Number(m[6] ?? 0)] : null;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), time, zoneOf(m[7], zone));
}

export function parseNumericDate(s: string, zone: string): ParsedDate | null {
  const m = DATE_NUMERIC.exec(s);
  if (!m) return null;
  const time: [number, number, number] | null = m[4] ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : null;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), time, zone);
}

export function parseSlashDate(s: string, zone: string): ParsedDate | null {
  const m = DATE_SLASH.exec(s);
  if (!m) return null;
  let month = Number(m[1]);
  let day = Number(m[2]);
  if (month > 12) [month, day] = [day, month];
  let time: [number, number, number] | null = null;
  if (m[4]) {
    let h = Number(m[4]);
    if (/^p/i.test(m[7] ?? '') && h < 12) h += 12;
    if (/^a/i.test(m[7] ?? '') && h === 12) h = 0;
    time = [h, Number(m[5]), Number(m[6] ?? 0)];
  }
  return build(Number(m[3]), month, day, time, zone);
}

export function parseEnglishDate(s: string, zone: string): ParsedDate | null {
  const m = DATE_EN.exec(s);
  if (!m) return null;
  const month = MONTHS[(m[2] ?? '').toLowerCase().slice(0, 4).replace(/t$/, '')] ?? MONTHS[(m[2] ?? '').toLowerCase().slice(0, 3)];
  const day = Number(m[3] ?? m[1] ?? NaN);
  if (!month || !Number.isFinite(day)) return null;
  let time: [number, number, number] | null = null;
  if (m[5]) {
    let h = Number(m[5]);
    const pm = /^p/i.test(m[7] ?? '');
    if (pm && h < 12) h += 12;
    if (/^a/i.test(m[7] ?? '') && h === 12) h = 0;
    time = [h, Number(m[6]), 0];
  }
  return build(Number(m[4]), month, day, time, zone);
}

/** Any supported form, metadata-style first. `zone` is used when the string has none. */
export function parseDate(s: string | null | undefined, zone: string): ParsedDate | null {
  if (!s) return null;
  const t = s.trim();
  if (/^\d{10}(\d{3})?$/.test(t)) {
    const ms = t.length === 13 ? Number(t) : Number(t) * 1000;
    const d = new Date(ms + (zone === '+08:00' ? 8 * 3600_000 : 0));
    return build(
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()],
      zone === '+08:00' ? zone : '+00:00',
    );
  }
  return parseIsoLike(t, zone) ?? parseNumericDate(t, zone) ?? parseSlashDate(t, zone) ?? parseEnglishDate(t, zone);
}

/**
 * A date in the page's own URL: /2021/10/15/, /2021-10/15/, /2021/1015/, /20211015/, and after a
 * letter or two or an underscore: /t20211015_123.html, /art_20211015_1.html.
 */
export function dateFromUrl(url: string | null | undefined, zone: string): ParsedDate | null {
  if (!url) return null;
  const m = /(?:\/[a-z]{0,3}|_)((?:19|20)\d{2})[/_-]?(\d{2})[/_-]?(\d{2})(?:[/_.-]|\d{0,8}[/_.]|$)/i.exec(
    url.replace(/^\w+:\/\/[^/]+/, '').replace(/[?#].*$/, ''),
  );
  return m ? build(Number(m[1]), Number(m[2]), Number(m[3]), null, zone) : null;
}
