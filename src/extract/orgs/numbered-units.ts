/**
 * Military units known by their number (731部队, 中国人民解放军91550部队; 第38集团军): the number is the
 * unit's name, which the model reads as a count (731部 as a cardinal). A number of three digits or
 * more before 部队 is a designation, never a count of troops (that takes 支: 三支部队); an army is
 * numbered with 第. The army the unit belongs to, named right before it, is part of the name.
 */
import type { Entity } from '../../record/schema.js';

const NUMBERED_UNIT = /(?<![0-9０-９])(?:[0-9０-９]{3,6}部队|第[0-9０-９一二三四五六七八九十]{1,4}集团军)/gu;

export function numberedUnitCandidates(text: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(NUMBERED_UNIT)) {
    const end = m.index + m[0].length;
    const army = entities.find((e) => e.type === 'ORG' && e.end === m.index);
    const start = army ? army.start : m.index;
    out.push({ type: 'ORG', text: text.slice(start, end), start, end, score: 0.7, source: 'numbered-unit' });
  }
  return out;
}
