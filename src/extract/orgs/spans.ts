/** Small span helpers shared by the organisation steps. */
import type { Entity } from '../../record/schema.js';

export const NAME_TYPES = new Set(['ORG', 'PERSON', 'LOC']);

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The entity ending at `end` instead (its text read again from the article). */
export const withEnd = (text: string, e: Entity, end: number): Entity => ({ ...e, end, text: text.slice(e.start, end) });

/** The entity starting at `start` instead. */
export const withStart = (text: string, e: Entity, start: number): Entity => ({ ...e, start, text: text.slice(start, e.end) });

export const contains = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * Puts a candidate organisation into the entity list. It may replace the name entities and
 * the numbers it strictly contains (a place before its kind, 第一 in 第一医院, a shorter ORG);
 * it gives way to any name it only partly overlaps, and to a person it would swallow unless
 * `overPersons`.
 */
export function placeOrg(entities: Entity[], cand: Entity, overPersons = false): Entity[] {
  const hit = entities.filter((e) => overlaps(e, cand));
  for (const e of hit) {
    const inside = contains(cand, e) && e.end - e.start < cand.end - cand.start;
    if (e.start === cand.start && e.end === cand.end && e.type === 'ORG') return entities;
    if (!inside) return entities;
    if (e.type === 'PERSON' && !overPersons) return entities;
    if (e.type === 'DATE' || e.type === 'TIME' || e.type === 'MONEY' || e.type === 'PERCENT' || e.type === 'QUANTITY') return entities;
  }
  return [...entities.filter((e) => !hit.includes(e)), cand].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A place right before an organisation is its prefix (广州市 + 科技局). */
export function joinPlacePrefixes(text: string, entities: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out.at(-1);
    if (e.type === 'ORG' && prev && prev.type === 'LOC' && prev.end === e.start) {
      out[out.length - 1] = { ...e, start: prev.start, text: text.slice(prev.start, e.end), score: Math.min(e.score, prev.score) };
      continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * A name of one of `types` on exactly the candidate's span becomes an organisation (with the
 * candidate's source, and its score where that is higher: 万向, a person to the model at 0.79, is the
 * company its full name 万向集团 names at 0.99); otherwise the candidate is placed.
 */
export function retypeOrPlace(entities: Entity[], c: Entity, overPersons = false, types: ReadonlySet<string> = NAME_TYPES): Entity[] {
  const same = entities.find((e) => e.start === c.start && e.end === c.end && (types.has(e.type) || isWordCount(e)));
  return same
    ? entities.map((e) => (e === same ? { ...e, type: 'ORG' as const, source: c.source, score: Math.max(e.score, c.score) } : e))
    : placeOrg(entities, c, overPersons);
}

/** A count the model read on a word with no numeral in it (Dell as a cardinal at 0.56, in IBM、HP和Dell三家公司). */
const COUNT_TYPES: ReadonlySet<string> = new Set(['CARDINAL', 'ORDINAL', 'QUANTITY']);
const isWordCount = (e: Entity): boolean => COUNT_TYPES.has(e.type) && !NUMERAL_OR_DIGIT.test(e.text);
const NUMERAL_OR_DIGIT = /[0-9０-９零〇一二三四五六七八九十百千万亿两几半双俩仨]/;

/**
 * A word the model read as a time with no number in it (现代, an era to it; the carmaker in 广汽和现代)
 * gives way to a name found over it (a lexicon name; a paper's: 星期天 of 法国星期天报): the normalise
 * stage keeps no such time but a few deictic words.
 */
const NUMERAL = /[0-9０-９零〇一二三四五六七八九十百千万两]/;
export function withoutWordTimes(entities: Entity[], c: Entity): Entity[] {
  return entities.filter(
    (e) => !((e.type === 'DATE' || e.type === 'TIME') && e.start >= c.start && e.end <= c.end && !NUMERAL.test(e.text)),
  );
}
