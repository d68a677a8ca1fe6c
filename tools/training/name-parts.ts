/**
 * Parts of training names that data:augment joins into names nobody trained on: persons as
 * surname + given name, places as name + generic ending, organisations as leading place + the rest.
 * Parts are kept with their repeats where drawing should follow how often the data uses them.
 */
import { surnameOf } from '../../dist/lexicon/surnames.js';
import { ADMIN_UNITS, PLACE_SUFFIXES } from './lists/places.js';

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** The two parts of every name that `split` splits, in order, with repeats. */
function splitAll(names: readonly string[], split: (name: string) => [string, string] | null): [string[], string[]] {
  const firsts: string[] = [];
  const seconds: string[] = [];
  for (const n of names) {
    const parts = split(n);
    if (!parts) continue;
    firsts.push(parts[0]);
    seconds.push(parts[1]);
  }
  return [firsts, seconds];
}

/** Distinct values in first-seen order (so a seed draws the same names every run). */
const distinct = (xs: readonly string[]): string[] => [...new Set(xs)];

/**
 * Surname and given name of a Chinese person mention (a listed surname followed by one or two
 * characters); null for other names (transliterations, single surnames, titles).
 */
export function splitPersonName(name: string): [string, string] | null {
  const surname = surnameOf(name);
  if (!surname) return null;
  const given = name.slice(surname.length);
  return given.length >= 1 && given.length <= 2 && HAN_ONLY.test(given) ? [surname, given] : null;
}

/** Surnames (with repeats, so drawing follows their frequency) and distinct given names. */
export interface NameParts {
  surnames: string[];
  given: string[];
}

export function collectNameParts(persons: readonly string[]): NameParts {
  const [surnames, given] = splitAll(persons, splitPersonName);
  return { surnames, given: distinct(given) };
}

/** Name and generic ending of a place ("临汾县" → ["临汾", "县"]); the name is two to four Han characters. */
export function splitPlaceName(place: string): [string, string] | null {
  const suffix = place.slice(-1);
  const stem = place.slice(0, -1);
  if (!PLACE_SUFFIXES.includes(suffix) || stem.length < 2 || stem.length > 4 || !HAN_ONLY.test(stem)) return null;
  return [stem, suffix];
}

/** Distinct place names and endings (with repeats). */
export interface PlaceParts {
  stems: string[];
  suffixes: string[];
}

export function collectPlaceParts(places: readonly string[]): PlaceParts {
  const [stems, suffixes] = splitAll(places, splitPlaceName);
  return { stems: distinct(stems), suffixes };
}

/**
 * The longest known place an organisation starts with, and the rest ("河北农业大学" → ["河北",
 * "农业大学"]); null when none does, when the rest is shorter than two characters, or when the rest
 * starts with an administrative unit (then the place was cut short: "黄骅" + "市中医院").
 */
export function splitOrgPlace(org: string, places: ReadonlySet<string>): [string, string] | null {
  for (let k = Math.min(6, org.length - 2); k >= 2; k--) {
    const head = org.slice(0, k);
    if (!places.has(head)) continue;
    const rest = org.slice(k);
    return ADMIN_UNITS.includes(rest[0]!) ? null : [head, rest];
  }
  return null;
}

/** Leading places (with repeats) and distinct remainders of organisations. */
export interface OrgParts {
  places: string[];
  rests: string[];
}

export function collectOrgParts(orgs: readonly string[], places: readonly string[]): OrgParts {
  const known = new Set(places);
  const [heads, rests] = splitAll(orgs, (o) => splitOrgPlace(o, known));
  return { places: heads, rests: distinct(rests) };
}
