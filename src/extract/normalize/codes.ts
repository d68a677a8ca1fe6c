/**
 * Numbers that name rather than count (README, "Not figures"): standard numbers
 * (GB/T 1234-2008, ISO 9001), prefixed versions (V2.0, 版本3.1), model numbers glued to
 * Latin letters (RTX4090, G20, PM2.5) or after a product word and a space (iPhone 15).
 * Their regions are found in one pass; the scanner skips them, and a model span inside one
 * is dropped. The word lists are data (data/codes.json).
 */
import { CURRENCY_PREFIX, STANDARD_PREFIXES, VERSION_PREFIXES, YEAR_PARTS } from './tables.js';

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (ws: readonly string[]): string =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

const NUM = '\\d+(?:[.\\-–—:/]\\d+)*';
const CODE = new RegExp(
  [
    // a standard: prefix, an optional part (DB11/T), an optional space, number-year
    `(?<![A-Za-z0-9])(?:${alternation(STANDARD_PREFIXES)})(?:\\d{1,2}/T)?[ \\u00a0]?${NUM}`,
    // a version after its prefix
    `(?<![A-Za-z0-9])(?:${alternation(VERSION_PREFIXES)})[ \\u00a0]?\\d+(?:\\.\\d+)*`,
    // a model number: Latin letters glued to digits (G20, RTX4090, COVID-19, PM2.5)
    `(?<![A-Za-z0-9])[A-Za-z]+[-‐]?\\d+(?:\\.\\d+)?[A-Za-z0-9]*`,
    // a product word (with a lower-case letter, so not GDP or CPI) + space + a bare number
    `(?<![A-Za-z0-9])[A-Za-z]*[a-z][A-Za-z]*[ \\u00a0]\\d+(?![\\d.,]|[ \\u00a0]?[%‰A-Za-z年月日号])`,
  ].join('|'),
  'g',
);
/** A Latin letter or digit must be present for any code: the common Chinese sentence costs one test. */
const HAS_CODE_CHAR = /[A-Za-z][ \u00a0]?\d|版本/;

export type Region = readonly [number, number];

/** The code regions in `text`, left to right, as [start, end). */
export function findCodes(text: string): Region[] {
  if (!HAS_CODE_CHAR.test(text)) return [];
  const out: Region[] = [];
  for (const m of text.matchAll(CODE)) {
    const end = m.index + m[0].length;
    if (YEAR_PARTS.match(text, m.index)?.end === end) continue; // Q3 is a quarter, not a model
    const cur = CURRENCY_PREFIX.match(text, m.index);
    if (cur && !/[A-Za-z]/.test(text[cur.end] ?? '')) continue; // USD100 is money
    out.push([m.index, end]);
  }
  return out;
}

/** Does [start, end) overlap a region? (regions sorted, few) */
export function inCode(regions: readonly Region[], start: number, end: number): boolean {
  for (const [a, b] of regions) {
    if (a >= end) return false;
    if (start < b) return true;
  }
  return false;
}
