/**
 * Issue 23, part 1: a span the grammar cannot give a value to is not a figure, and numbers
 * that name (versions, model numbers, standards, codes) are not quantities.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../../../src/extract/normalize/index.js';
import type { Entity } from '../../../src/record/schema.js';

const PUB = '2021-10-15T15:27:00+08:00';
const FILE = fileURLToPath(new URL('../../../fixtures/articles/000_fc3af1410bc2c826.txt', import.meta.url));
const raw = readFileSync(FILE, 'utf8');
const article = raw.slice(raw.indexOf('央广网广州'), raw.indexOf('[编辑'));

const ent = (text: string, type: Entity['type'], sub: string, score = 0.9): Entity => {
  const start = text.indexOf(sub);
  if (start < 0) throw new Error(`${sub} not in text`);
  return { type, text: sub, start, end: start + sub.length, score, source: 'model' };
};
const figures = (text: string, entities: Entity[] = []) => normalize({ text, entities, publishedAt: PUB }).figures;

describe('model spans that are not quantities (the supplied article)', () => {
  // what the NER model tagged on the article: six with no value, one version read as 2
  const tagged: Array<[string, Entity['type']]> = [
    ['一线', 'CARDINAL'],
    ['三维', 'CARDINAL'],
    ['一步', 'CARDINAL'],
    ['一处处', 'QUANTITY'],
    ['2+2', 'CARDINAL'],
    ['十四五', 'CARDINAL'],
    ['2.0', 'QUANTITY'],
  ];
  const r = normalize({ text: article, entities: tagged.map(([s, t]) => ent(article, t, s)), publishedAt: PUB });

  it.each(tagged)('%s is not a figure', (s) => {
    expect(r.figures.map((f) => f.text)).not.toContain(s);
  });

  it('no figure has value null', () => {
    expect(r.figures.filter((f) => f.value === null)).toEqual([]);
  });

  it('十四五 tagged by the model becomes the plan period', () => {
    expect(r.dates.find((d) => d.text === '十四五')).toMatchObject({
      value: '2021',
      valueMax: '2025',
      granularity: 'year',
    });
    expect(r.entities.find((e) => e.text === '十四五')).toMatchObject({ type: 'DATE', source: 'model' });
  });

  it('a model span the grammar reads is still kept, with its value', () => {
    const t = '全市数十家企业参展。';
    expect(figures(t, [ent(t, 'CARDINAL', '数十家')])).toMatchObject([
      { text: '数十家', value: 20, valueMax: 90, unit: '家', approximate: true },
    ]);
  });
});

describe('numbers that name, not count', () => {
  it.each([
    ['深圳2.0升级版创新高地', '2.0'],
    ['该软件V3.2版本上线', '3.2'],
    ['产品通过ISO 9001认证', '9001'],
    ['参照GB/T 19001-2016标准', '19001'],
    ['歼-20战机亮相', '20'],
    ['新款iPhone 15开售', '15'],
    ['搭载骁龙8 Gen 3芯片', '8'],
    ['请拨打12345热线', '12345'],
    ['股票代码为600519', '600519'],
    ['二十国集团G20峰会', '20'],
  ])('%s', (t) => {
    expect(figures(t)).toEqual([]);
  });

  it('a model span inside a code or right after a name is dropped too', () => {
    const t = '产品通过ISO 9001认证';
    expect(figures(t, [ent(t, 'CARDINAL', '9001')])).toEqual([]);
    const v = '深圳2.0时代';
    const named: Entity = { ...ent(v, 'LOC', '深圳'), source: 'model' };
    expect(figures(v, [named, ent(v, 'CARDINAL', '2.0')])).toEqual([]);
  });

  it('real quantities next to these stay', () => {
    expect(figures('气温降至-5℃')).toMatchObject([{ value: -5, unit: '°C' }]);
    expect(figures('内存8GB，存储256GB')).toMatchObject([{ value: 8 }, { value: 256 }]);
    expect(figures('中国是世界第二大经济体')).toMatchObject([{ kind: 'ORDINAL', value: 2 }]);
    expect(figures('用了一年时间')).toMatchObject([{ value: 1, unit: 'a' }]);
  });

  it('set phrases and determiners: 第二外国语学院, 四处, 这一天, 难忘的一年', () => {
    for (const t of ['北京第二外国语学院', '他四处奔走', '这一天', '那是难忘的一年', '发展一日千里']) {
      expect(normalize({ text: t, entities: [], publishedAt: PUB }), t).toMatchObject({ figures: [], dates: [] });
    }
  });

  it('several of a magnitude is an approximate range: 数十家 20..90, 数百亿元', () => {
    expect(figures('数十家企业')).toMatchObject([{ value: 20, valueMax: 90, approximate: true }]);
    expect(figures('投资数百亿元')).toMatchObject([{ value: 2e10, valueMax: 9e10, currency: 'CNY', approximate: true }]);
  });
});
