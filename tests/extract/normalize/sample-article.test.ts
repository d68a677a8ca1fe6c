import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../../../src/extract/normalize/index.js';

const FILE = fileURLToPath(new URL('../../../fixtures/articles/000_fc3af1410bc2c826.txt', import.meta.url));
// The article's body: after the header lines, before the editor line and the junk markup.
const raw = readFileSync(FILE, 'utf8');
const text = raw.slice(raw.indexOf('央广网广州'), raw.indexOf('[编辑'));
const r = normalize({ text, entities: [], publishedAt: '2021-10-15T15:27:00+08:00' });

type Want = { kind: string; value: number; unit?: string | null; currency?: string | null; approximate?: boolean; bound?: string | null };
const FIGURES: Array<[string, Want]> = [
  ['2.5万亿', { kind: 'CARDINAL', value: 2.5e12, unit: null }],
  ['七项', { kind: 'CARDINAL', value: 7, unit: '项' }],
  ['第一条', { kind: 'ORDINAL', value: 1 }],
  ['100多公里', { kind: 'QUANTITY', value: 100, unit: 'km', approximate: true }],
  ['近80%', { kind: 'PERCENT', value: 80, unit: '%', approximate: true }],
  ['99平方公里', { kind: 'QUANTITY', value: 99, unit: 'km²' }],
  ['2个', { kind: 'CARDINAL', value: 2, unit: '个' }],
  ['4家', { kind: 'CARDINAL', value: 4, unit: '家' }],
  ['10余家', { kind: 'CARDINAL', value: 10, unit: '家', approximate: true }],
  ['1.335亿元', { kind: 'MONEY', value: 133500000, currency: 'CNY' }],
  ['100多家', { kind: 'CARDINAL', value: 100, unit: '家', approximate: true }],
  ['15%', { kind: 'PERCENT', value: 15, unit: '%' }],
  ['18.6%', { kind: 'PERCENT', value: 18.6, unit: '%' }],
  ['第1位', { kind: 'ORDINAL', value: 1 }],
  ['0.7%', { kind: 'PERCENT', value: 0.7, unit: '%' }],
  ['0.6%', { kind: 'PERCENT', value: 0.6, unit: '%' }],
  ['30万元以上', { kind: 'MONEY', value: 300000, currency: 'CNY', bound: 'lower' }],
  ['55名', { kind: 'CARDINAL', value: 55, unit: '名' }],
  ['1456份', { kind: 'CARDINAL', value: 1456, unit: '份' }],
  ['137.51亿元', { kind: 'MONEY', value: 13751000000, currency: 'CNY' }],
  ['118.77亿元', { kind: 'MONEY', value: 11877000000, currency: 'CNY' }],
  ['100强', { kind: 'CARDINAL', value: 100, unit: '强' }],
  ['第二位', { kind: 'ORDINAL', value: 2 }],
  ['20家', { kind: 'CARDINAL', value: 20, unit: '家' }],
  ['10家', { kind: 'CARDINAL', value: 10, unit: '家' }],
  ['3家', { kind: 'CARDINAL', value: 3, unit: '家' }],
  ['超过140个', { kind: 'CARDINAL', value: 140, unit: '个', bound: 'lower' }],
  ['25%', { kind: 'PERCENT', value: 25, unit: '%' }],
];
const DATES: Array<[string, string | null, string, boolean]> = [
  ['10月11日', '2021-10-11', 'day', false],
  ['2020年10月22日', '2020-10-22', 'day', false],
  ['三年前', '2018', 'year', true],
  ['2021年6月', '2021-06', 'month', false],
  ['2021年5月', '2021-05', 'month', false],
  ['2020年', '2020', 'year', false],
  ['9月20日', '2021-09-20', 'day', false],
  ['2021年', '2021', 'year', false],
  ['近两年来', null, 'year', true],
];

describe('the sample article', () => {
  it.each(FIGURES)('%s', (t, want) => {
    const f = r.figures.find((x) => x.text === t);
    expect(f, `${t} not found in ${r.figures.map((x) => x.text).join(' ')}`).toBeDefined();
    expect(f).toMatchObject({ approximate: false, bound: null, ...want });
  });

  it.each(DATES)('%s', (t, value, granularity, relative) => {
    expect(r.dates.find((x) => x.text === t)).toMatchObject({ value, granularity, relative });
  });

  it('finds no figure in 十分, 夏燕, 郭万达, 十四五, 一个', () => {
    const texts = r.figures.map((f) => f.text).join('|');
    for (const bad of ['十分', '夏', '万达', '十四', '四五', '一个']) expect(texts).not.toContain(bad);
    expect(r.dates.map((d) => d.text).join('|')).not.toContain('夏');
  });

  it('every count and figure in the body is found (no unexpected extras)', () => {
    const expected = new Set([...FIGURES.map(([t]) => t), '两颗', '两座', '首批']);
    expect(r.figures.map((f) => f.text).filter((t) => !expected.has(t))).toEqual([]);
  });
});
