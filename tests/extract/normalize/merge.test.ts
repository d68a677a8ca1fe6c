import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/extract/normalize/index.js';
import type { Entity } from '../../../src/record/schema.js';

const PUB = '2021-10-15T15:27:00+08:00';
const ent = (text: string, type: Entity['type'], sub: string, score = 0.9, from = 0): Entity => {
  const start = text.indexOf(sub, from);
  return { type, text: sub, start, end: start + sub.length, score, source: 'model' };
};

describe('merging model spans', () => {
  const text = '夏燕报道，成交额137.51亿元，已完成近80%，同比增加一成。';

  it('keeps ORG/PERSON/LOC entities unchanged and adds one entity per figure and date', () => {
    const person = ent(text, 'PERSON', '夏燕');
    const r = normalize({ text, entities: [person], publishedAt: PUB });
    expect(r.entities[0]).toEqual(person);
    expect(r.entities.filter((e) => e.type !== 'PERSON')).toHaveLength(r.figures.length + r.dates.length);
    expect(r.entities.filter((e) => e.type === 'MONEY')[0]).toMatchObject({ source: 'rule', score: 1 });
  });

  it('a model span the grammar reads whole gets its value and source model', () => {
    const r = normalize({ text, entities: [ent(text, 'MONEY', '137.51亿元', 0.8)], publishedAt: PUB });
    const money = r.entities.find((e) => e.type === 'MONEY')!;
    expect(money).toMatchObject({ source: 'model', score: 0.8, text: '137.51亿元' });
    expect(r.figures[0]).toMatchObject({ value: 13751000000 });
  });

  it('prefers the longer well-formed span (grammar 近80% over model 80%)', () => {
    const r = normalize({ text, entities: [ent(text, 'PERCENT', '80%')], publishedAt: PUB });
    const pct = r.figures.find((f) => f.kind === 'PERCENT')!;
    expect(pct).toMatchObject({ text: '近80%', approximate: true });
    expect(r.entities.find((e) => e.type === 'PERCENT')).toMatchObject({ source: 'model' });
  });

  it('a bare numeral the model tags (一成) is read leniently', () => {
    const r = normalize({ text, entities: [ent(text, 'PERCENT', '一成')], publishedAt: PUB });
    expect(r.figures.find((f) => f.text === '一成')).toMatchObject({ value: 10, unit: '%' });
  });

  it('a model span the grammar cannot read keeps value null', () => {
    const t = '近日，当地举行仪式。';
    const r = normalize({ text: t, entities: [ent(t, 'DATE', '近日')], publishedAt: PUB });
    expect(r.dates).toEqual([
      { kind: 'DATE', text: '近日', start: 0, end: 2, value: null, valueMax: null, granularity: null, relative: false },
    ]);
    expect(r.entities).toHaveLength(1);
  });

  it('ignores model spans outside the text', () => {
    const r = normalize({
      text: 'abc',
      entities: [{ type: 'DATE', text: 'x', start: 5, end: 9, score: 1, source: 'model' }],
      publishedAt: PUB,
    });
    expect(r.dates).toEqual([]);
  });
});
