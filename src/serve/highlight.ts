/**
 * An article's text as HTML with every entity, figure and date marked in place. Offsets are
 * UTF-16 indices, as in the record, and the text is cut at exactly those indices (never by
 * code points or bytes), so a mark lands on the entity's text around surrogate pairs and white
 * space too. Where spans overlap (a DATE inside an ORG), the one that starts first, then the
 * longer, is marked; the other stays listed beside the text.
 */
import type { NewsRecord } from '../record/schema.js';

export interface Mark {
  start: number;
  end: number;
  type: string;
  /** What hover and focus show. */
  title: string;
}

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function describeValue(v: number | string | null, unit: string | null, currency: string | null, max: number | string | null): string {
  if (v === null) return 'no value';
  const fmt = (x: number | string) => (typeof x === 'number' ? x.toLocaleString('en-US', { maximumFractionDigits: 6 }) : x);
  return `${fmt(v)}${max !== null ? ` – ${fmt(max)}` : ''}${currency ? ` ${currency}` : unit ? ` ${unit}` : ''}`;
}

export function marksOf(r: NewsRecord): Mark[] {
  const marks: Mark[] = [];
  const figureAt = new Map(r.figures.map((f) => [`${f.start}:${f.end}`, f]));
  const dateAt = new Map(r.dates.map((d) => [`${d.start}:${d.end}`, d]));
  for (const e of r.entities) {
    const f = figureAt.get(`${e.start}:${e.end}`);
    const d = dateAt.get(`${e.start}:${e.end}`);
    let title = `${e.type} · score ${e.score.toFixed(2)} · source ${e.source}`;
    if (f) title += ` · ${e.text} → ${describeValue(f.value, f.unit, f.currency, f.valueMax)}${f.approximate ? ' (approximate)' : ''}`;
    if (d) title += ` · ${e.text} → ${describeValue(d.value, null, null, d.valueMax ?? null)}${d.relative ? ' (relative)' : ''}`;
    marks.push({ start: e.start, end: e.end, type: e.type, title });
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text as HTML, marks as <mark> elements with data-type and a title. */
export function highlight(text: string, marks: Mark[]): string {
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    out += escapeHtml(text.slice(at, m.start));
    out += `<mark tabindex="0" data-type="${escapeHtml(m.type)}" data-start="${m.start}" data-end="${m.end}" data-tip="${escapeHtml(m.title)}">${escapeHtml(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return out + escapeHtml(text.slice(at));
}
