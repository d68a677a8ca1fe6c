import { ENTITY_TYPES, type EntityType } from '../../dist/record/schema.js';
import type { Example, Span } from './spans.js';
import { CURRENCY_UNITS, MEASURE_UNITS, DATE_UNITS, CLOCK_UNITS, TIME_OF_DAY, NUMERAL_CHARS, NUMERAL_CORE } from './lists/units.js';

/** A word of a PFR paragraph with its offsets and the tag of the bracket it sits in, if any. */
export type PfrWord = { word: string; tag: string; start: number; end: number; group: number };
export type PfrParagraph = { id: string; day: number; text: string; words: PfrWord[]; groups: Map<number, string> };

const currency = new Set(CURRENCY_UNITS);
const measure = new Set(MEASURE_UNITS);
const dateUnits = new Set(DATE_UNITS);
const clockUnits = new Set(CLOCK_UNITS);

/** Parse `ID/m  word/tag [word/tag word/tag]nt ...`; null for blank lines. */
export function parsePfrLine(line: string): PfrParagraph | null {
  const items = line.trim().split(/\s+/).filter(Boolean);
  if (items.length < 2) return null;
  const id = items[0]!.replace(/\/m$/, '');
  const day = Number(id.slice(6, 8));
  let text = '';
  const words: PfrWord[] = [];
  const groups = new Map<number, string>();
  let group = 0;
  let nextGroup = 1;
  for (let raw of items.slice(1)) {
    let open = false;
    if (raw.startsWith('[') && raw.length > 1) {
      open = true;
      raw = raw.slice(1);
    }
    let close: string | null = null;
    const m = /^(.*\/[A-Za-z]+)\]([A-Za-z]+)$/.exec(raw);
    if (m) {
      raw = m[1]!;
      close = m[2]!;
    }
    if (open) group = nextGroup++;
    const slash = raw.lastIndexOf('/');
    const word = slash > 0 ? raw.slice(0, slash) : raw;
    const tag = slash > 0 ? raw.slice(slash + 1) : 'x';
    words.push({ word, tag, start: text.length, end: text.length + word.length, group });
    text += word;
    if (close !== null) {
      if (group) groups.set(group, close);
      group = 0;
    }
  }
  return { id, day, text, words, groups };
}

function isNumeral(s: string): boolean {
  if (/[0-9０-９]/.test(s)) return true;
  const t = s.replace(/分之/g, '');
  return t.length > 0 && NUMERAL_CHARS.test(t) && NUMERAL_CORE.test(t);
}

/** Derive entity spans from PFR tags (organisations, persons, places, times and figures). */
export function pfrSpans(p: PfrParagraph): Span[] {
  const spans: Span[] = [];
  const w = p.words;
  const bracketType: Record<string, EntityType> = { nt: 'ORG', ns: 'LOC', nr: 'PERSON' };
  let i = 0;
  while (i < w.length) {
    const cur = w[i]!;
    // a bracketed compound tagged nt/ns/nr is one entity
    if (cur.group) {
      const gt = bracketType[p.groups.get(cur.group) ?? ''];
      if (gt) {
        let j = i;
        while (j + 1 < w.length && w[j + 1]!.group === cur.group) j++;
        spans.push({ start: cur.start, end: w[j]!.end, type: gt });
        i = j + 1;
        continue;
      }
    }
    const tag = cur.tag;
    if (tag === 'nr') {
      let j = i;
      while (j + 1 < w.length && w[j + 1]!.tag === 'nr' && !w[j + 1]!.group) j++;
      spans.push({ start: cur.start, end: w[j]!.end, type: 'PERSON' });
      i = j + 1;
      continue;
    }
    if (tag === 'ns') spans.push({ start: cur.start, end: cur.end, type: 'LOC' });
    else if (tag === 'nt') spans.push({ start: cur.start, end: cur.end, type: 'ORG' });
    else if (tag === 't') {
      let j = i;
      while (j + 1 < w.length && w[j + 1]!.tag === 't' && !w[j + 1]!.group) j++;
      const s = p.text.slice(cur.start, w[j]!.end);
      spans.push({ start: cur.start, end: w[j]!.end, type: TIME_OF_DAY.test(s) ? 'TIME' : 'DATE' });
      i = j + 1;
      continue;
    } else if (tag === 'm') {
      let j = i;
      while (j + 1 < w.length && w[j + 1]!.tag === 'm' && !w[j + 1]!.group) j++;
      const num = p.text.slice(cur.start, w[j]!.end);
      const next = w[j + 1];
      const q = next && next.tag === 'q' && !next.group ? next.word : null;
      const fig = figureFor(num, q);
      if (fig) spans.push({ start: cur.start, end: fig.withUnit && next ? next.end : w[j]!.end, type: fig.type });
      i = j + 1 + (fig?.withUnit ? 1 : 0);
      continue;
    }
    i++;
  }
  return spans;
}

/** What a numeral (and the measure word after it, if any) is. */
export function figureFor(num: string, q: string | null): { type: EntityType; withUnit: boolean } | null {
  if (/^第/.test(num)) return { type: 'ORDINAL', withUnit: false };
  if (/[%％]$/.test(num) || /^(百分之|千分之)/.test(num)) return { type: 'PERCENT', withUnit: false };
  if (!isNumeral(num)) return null;
  if (q) {
    if (currency.has(q)) return { type: 'MONEY', withUnit: true };
    if (measure.has(q)) return { type: 'QUANTITY', withUnit: true };
    if (dateUnits.has(q)) return { type: 'DATE', withUnit: true };
    if (clockUnits.has(q)) return { type: 'TIME', withUnit: true };
    return { type: 'CARDINAL', withUnit: true };
  }
  if (/元$/.test(num)) return { type: 'MONEY', withUnit: false };
  if (num === '一') return null;
  return { type: 'CARDINAL', withUnit: false };
}

/** PFR annotates every type the model has. */
export const PFR_ANNOTATED: readonly EntityType[] = ENTITY_TYPES;

export function pfrExample(p: PfrParagraph): Example {
  // Paragraph ids are date-page-article-paragraph: the first three parts name the article.
  return { src: 'pfr', text: p.text, spans: pfrSpans(p), annotated: PFR_ANNOTATED, doc: p.id.split('-').slice(0, 3).join('-') };
}
