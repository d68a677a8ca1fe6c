import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normalize } from '../../../src/extract/normalize/index.js';
import { DateSchema, EntitySchema, FigureSchema } from '../../../src/record/schema.js';

const PUB = '2021-10-15T15:27:00+08:00';

function checkContract(text: string, publishedAt: string | null = PUB) {
  const r = normalize({ text, entities: [], publishedAt });
  z.array(FigureSchema).parse(r.figures);
  z.array(DateSchema).parse(r.dates);
  z.array(EntitySchema).parse(r.entities);
  for (const s of [...r.figures, ...r.dates, ...r.entities]) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  expect(JSON.parse(JSON.stringify(r))).toEqual(r); // no Infinity/NaN/undefined
  return r;
}

describe('normalize stage', () => {
  it('bad input never crashes and never yields non-finite values', () => {
    const nasty = [
      '9'.repeat(400),
      '9'.repeat(400) + '亿元',
      '九'.repeat(300) + '亿'.repeat(300),
      '亿'.repeat(500),
      '第' + '九'.repeat(100),
      '2月30日',
      '13月',
      '2021年13月45日',
      '99:99',
      '0000-00-00',
      '1e309元',
      '１２３４５６７８９０１２３４５６７８９０１２３４５６万亿元',
      'abc123def 45.6.7.8% 1,2,3 ,000 -- -1- 第 首 近 约 超过 百分之 分之一 三分之 个百分点',
      '\u0000\uFFFF\uD800',
      '',
      '😀3个😀',
      '3至',
      '至5亿元',
      '10%-',
      '-',
      '—5',
      '.5元',
      '5.元',
      '1,000,00元',
      '上',
      '数',
      '几',
      '今年年',
      '前前年',
    ];
    for (const t of nasty) checkContract(t);
    for (const t of nasty) checkContract(t, null);
  });

  it('random strings from the grammar alphabet never break the contract', () => {
    const alphabet = [...'0123456789.,%-至到约近超过多余万亿千百十一二两三五九零第首年月日号时分点半前后今去明上下本周元美欧个家名成之'];
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 500; k++) {
      const len = 1 + Math.floor(rnd() * 30);
      let s = '';
      for (let c = 0; c < len; c++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      checkContract(s);
    }
  });

  it('random model spans over random text never break the contract', () => {
    const types = ['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL', 'DATE', 'TIME', 'ORG'] as const;
    const alphabet = [...'0123456789.%至约近万亿千百十一两三五第首年月日时前后去今上元个家成 '];
    let seed = 777;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 300; k++) {
      let text = '';
      const len = 2 + Math.floor(rnd() * 25);
      for (let c = 0; c < len; c++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      const entities = Array.from({ length: Math.floor(rnd() * 4) }, () => {
        const start = Math.floor(rnd() * (text.length - 1));
        const end = start + 1 + Math.floor(rnd() * (text.length - start));
        return { type: types[Math.floor(rnd() * types.length)]!, text: text.slice(start, end), start, end, score: rnd(), source: 'model' };
      });
      const r = normalize({ text, entities, publishedAt: PUB });
      z.array(FigureSchema).parse(r.figures);
      z.array(DateSchema).parse(r.dates);
      z.array(EntitySchema).parse(r.entities);
      for (const s of [...r.figures, ...r.dates, ...r.entities]) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('is pure: the same input gives the same output, inputs are not mutated', () => {
    const entities = [{ type: 'ORG' as const, text: '央广网', start: 0, end: 3, score: 0.5, source: 'rule' }];
    const input = { text: '央广网10月11日消息，成交额137.51亿元。', entities, publishedAt: PUB };
    const before = JSON.stringify(input);
    const a = normalize(input);
    const b = normalize(input);
    expect(a).toEqual(b);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('accepts publishedAt without an offset or unusable', () => {
    expect(checkContract('去年', '2021-10-15').dates[0]?.value).toBe('2020');
    expect(checkContract('去年', 'yesterday').dates[0]?.value).toBeNull();
  });
});
