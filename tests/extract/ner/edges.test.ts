import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../../src/record/schema.js';
import { trimEdgePunctuation } from '../../../src/extract/ner/edges.js';

// Sentences written for the tests.
function ent(text: string, piece: string, type: EntityType, from = 0): Entity {
  const start = text.indexOf(piece, from);
  return { type, text: piece, start, end: start + piece.length, score: 0.9, source: 'model' };
}

function trimmed(text: string, piece: string, type: EntityType = 'ORG'): string | null {
  const [e] = trimEdgePunctuation([ent(text, piece, type)]);
  if (!e) return null;
  expect(text.slice(e.start, e.end)).toBe(e.text);
  return e.text;
}

describe('trimEdgePunctuation', () => {
  it('drops quotes and brackets whose partner is not inside the entity', () => {
    const text = '他说，“北辰实验室”与“青山研究院“合作，由“城东新区”承办（王小明）。';
    expect(trimmed(text, '北辰实验室”')).toBe('北辰实验室');
    expect(trimmed(text, '“青山研究院“')).toBe('青山研究院');
    expect(trimmed(text, '“城东新区', 'LOC')).toBe('城东新区');
    expect(trimmed(text, '王小明）', 'PERSON')).toBe('王小明');
    expect(trimmed('见Jane Roe (编辑)', 'Jane Roe (', 'PERSON')).toBe('Jane Roe');
  });

  it('keeps marks that are balanced inside the entity', () => {
    const text = '《星河评论》杂志社和“长风”号考察船、郑乃（王光）到场。';
    expect(trimmed(text, '《星河评论》杂志社')).toBe('《星河评论》杂志社');
    expect(trimmed(text, '“长风”号考察船', 'LOC')).toBe('“长风”号考察船');
    expect(trimmed(text, '郑乃（王光）', 'PERSON')).toBe('郑乃（王光）');
    expect(trimmed('他读了"Blue Sky" Press的书', '"Blue Sky" Press')).toBe('"Blue Sky" Press');
  });

  it('drops separators, trailing dashes and the white space they leave, but keeps a minus sign', () => {
    expect(trimmed('东湖、西湖都美', '东湖、', 'LOC')).toBe('东湖');
    expect(trimmed('第1041—1045页', '1041—', 'CARDINAL')).toBe('1041');
    expect(trimmed('最低气温－５℃。', '－５℃', 'QUANTITY')).toBe('－５℃');
    expect(trimmed('古城 "遗址', '古城 "', 'LOC')).toBe('古城');
    expect(trimmed('签名：王小明__', '王小明__', 'PERSON')).toBe('王小明');
  });

  it('drops an entity that is nothing but punctuation, and leaves clean ones as they were', () => {
    const text = '目录----第一章，北辰集团。姓名：______';
    const clean = ent(text, '北辰集团', 'ORG');
    const out = trimEdgePunctuation([ent(text, '----', 'CARDINAL'), clean, ent(text, '______', 'PERSON')]);
    expect(out).toEqual([clean]);
    expect(out[0]).toBe(clean);
  });
});
