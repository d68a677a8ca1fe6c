import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/extract/normalize/index.js';
import type { Entity } from '../../../src/record/schema.js';

const REF = '2021-12-01T10:00:00+08:00';
const model = (text: string, sub: string, type: Entity['type'], from = 0): Entity => {
  const start = text.indexOf(sub, from);
  return { type, text: sub, start, end: start + sub.length, score: 0.9, source: 'model' };
};
const run = (text: string, entities: Entity[] = []) => normalize({ text, entities, publishedAt: REF });

describe('what is not a figure or a date (kinds of expression, measured on 300 sampled dev-page spans)', () => {
  it('a model date the grammar cannot read stays only when it is a time expression', () => {
    const text = '现代汽车后来宣布，现在的销量比童年时高，秋天还会上升。';
    const r = run(text, [
      model(text, '现代', 'DATE'),
      model(text, '后来', 'DATE'),
      model(text, '现在', 'DATE'),
      model(text, '童年', 'DATE'),
      model(text, '秋天', 'DATE'),
    ]);
    expect(r.dates.map((d) => d.text)).toEqual(['现在', '秋天']);
    expect(r.dates.every((d) => d.value === null)).toBe(true);
  });

  it('list and section markers are not counts; decimals and counts with units stay', () => {
    const text = '主要措施：\n1. 增加投入1.5倍；\n2、扩大规模；\n（3）新增岗位300个。';
    const r = run(text, [model(text, '1', 'CARDINAL'), model(text, '2', 'CARDINAL', 10)]);
    expect(r.figures.map((f) => f.text)).toEqual(['1.5倍', '300个']);
  });

  it('a figure or table label is no figure; a lone Chinese numeral from the model counts nothing', () => {
    const text = '产量继续上升（见图16），他谈到自己三哥的工作。';
    const r = run(text, [model(text, '16', 'CARDINAL'), model(text, '三', 'CARDINAL')]);
    expect(r.figures).toEqual([]);
  });

  it('a century is a period of years', () => {
    const r = run('这种工艺产生于12世纪，在二十一世纪复兴。');
    expect(r.dates.map((d) => [d.text, d.value, d.valueMax, d.granularity])).toEqual([
      ['12世纪', '1101', '1200', 'year'],
      ['二十一世纪', '2001', '2100', 'year'],
    ]);
  });

  it('a year before the common era gets no value, never the year AD; a year part right after a year is that year', () => {
    expect(run('大约在公元前3300年出现').dates.map((d) => [d.text, d.value])).toEqual([['公元前3300年', null]]);
    expect(run('结果2004下半年库存上升').dates.map((d) => [d.text, d.value, d.valueMax])).toEqual([['2004下半年', '2004-07', '2004-12']]);
  });
});
