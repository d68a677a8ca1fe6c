/**
 * What the words around a name say it is not, whichever step found it: a name counted as many
 * (20家 | 粤港澳联合实验室) is a class of bodies; a centre where something stands (位于 | 洛克菲勒中心) is the
 * building; a span opened by a person's kin (哥哥纳尔逊 | 大学室友) or by the 人 a determiner asks for
 * (这种人 | 大都是, read as 人大) is about persons.
 */
import type { Entity } from '../../record/schema.js';
import { kindOf } from './generic.js';
import { lexiconNames } from './lexicon.js';
import { BUILDING_OR_BODY_KINDS, COUNT_NUMERALS, KIN_WORDS, LOCATED_AT, PERSON_DETERMINERS } from './data/sentence-words.js';

const PERSON = '人';
/** 人民 opens names (当地 | 人民银行) after a determiner-like word as anywhere. */
const PEOPLE = '人民';

/** A count of more than one establishment (20家, 十余家, 两所, 几个), right before a name; not an ordinal (第一家). */
const MANY_ESTABLISHMENTS = new RegExp(
  `(?<!第)(?:[2-9２-９]|[0-9０-９]{2,}|[${COUNT_NUMERALS}]*[二三四五六七八九十百两几数][${COUNT_NUMERALS}]*|多)余?[家所个]$`,
  'u',
);
/** How far back a count or a verb of standing may begin. */
const COUNT_REACH = 6;
const LOCATED_REACH = 3;
const DETERMINER_REACH = 2;

/**
 * Names counted as many (已获批建设的20家 | 粤港澳联合实验室, 4家 | 省实验室): a class of bodies, each
 * mention of it in the article included, the model's or not, since one body is not counted by the
 * score. Only a name with a kind that the lexicon does not hold: several of a company's shops or
 * branches are counted by its name (几家工商银行).
 */
export function countedClasses(text: string, entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  const names = new Set(entities.filter((e) => e.type === 'ORG' && kindOf(e.text) && !lexiconNames().has(e.text)).map((e) => e.text));
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0 && !out.has(name); at = text.indexOf(name, at + 1))
      if (MANY_ESTABLISHMENTS.test(text.slice(Math.max(0, at - COUNT_REACH), at))) out.add(name);
  return out;
}

/** A name the words right before it or its own first words show to be no body. */
export function isNoBodyByItsSurroundings(text: string, e: Entity): boolean {
  const before = (reach: number): string => text.slice(Math.max(0, e.start - reach), e.start);
  // 位于 | 洛克菲勒中心 | 的办公室: where an office stands, a building named as centres are.
  if (BUILDING_OR_BODY_KINDS.has(kindOf(e.text) ?? '') && LOCATED_AT.test(before(LOCATED_REACH))) return true;
  // 哥哥纳尔逊 | 大学室友: a person's kin and what is theirs.
  if (KIN_WORDS.some((w) => e.text.startsWith(w))) return true;
  // 这种人 | 大都是: the person the determiner asks for, not 人大.
  return e.text.startsWith(PERSON) && !e.text.startsWith(PEOPLE) && PERSON_DETERMINERS.test(before(DETERMINER_REACH));
}
