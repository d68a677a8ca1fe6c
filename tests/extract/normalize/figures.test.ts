import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/extract/normalize/index.js';

const PUB = '2021-10-15T15:27:00+08:00';
function figs(text: string) {
  return normalize({ text, entities: [], publishedAt: PUB }).figures;
}
function one(text: string) {
  const f = figs(text);
  expect(f).toHaveLength(1);
  return f[0]!;
}

describe('figures', () => {
  it('money in units of the currency', () => {
    expect(one('涉及经费为1.335亿元。')).toMatchObject({ kind: 'MONEY', text: '1.335亿元', value: 133500000, currency: 'CNY', unit: null });
    expect(one('成交额137.51亿元')).toMatchObject({ value: 13751000000, currency: 'CNY' });
    expect(one('融资US$3000万')).toMatchObject({ value: 3e7, currency: 'USD' });
    expect(one('融资3000万港币')).toMatchObject({ value: 3e7, currency: 'HKD' });
    expect(one('售价￥99')).toMatchObject({ value: 99, currency: 'CNY' });
  });

  it('percentages, percentage points and tenths', () => {
    expect(one('增长18.6%')).toMatchObject({ kind: 'PERCENT', value: 18.6, unit: '%' });
    expect(one('增长18.6％')).toMatchObject({ value: 18.6, unit: '%' });
    expect(one('百分之三十')).toMatchObject({ value: 30, unit: '%' });
    expect(one('提高了1.5个百分点')).toMatchObject({ value: 1.5, unit: 'pp' });
    expect(one('有七成的人')).toMatchObject({ value: 70, unit: '%' });
  });

  it('quantities with SI-style units', () => {
    expect(one('面积99平方公里')).toMatchObject({ kind: 'QUANTITY', value: 99, unit: 'km²' });
    expect(one('全长12.5km')).toMatchObject({ value: 12.5, unit: 'km' });
    expect(one('装机50万千瓦')).toMatchObject({ value: 500000, unit: 'kW' });
    expect(one('旅客3.2亿人次')).toMatchObject({ value: 3.2e8, unit: '人次' });
  });

  it('counts keep their classifier', () => {
    expect(one('登记1456份')).toMatchObject({ kind: 'CARDINAL', value: 1456, unit: '份' });
    expect(figs('首批55名专家').map((f) => f.kind)).toEqual(['ORDINAL', 'CARDINAL']);
  });

  it('approximations and bounds', () => {
    expect(one('已完成近80%')).toMatchObject({ value: 80, approximate: true, bound: null });
    expect(one('100多家企业')).toMatchObject({ value: 100, approximate: true, unit: '家' });
    expect(one('10余家研究院')).toMatchObject({ value: 10, approximate: true });
    expect(one('超过140个项目')).toMatchObject({ value: 140, bound: 'lower', approximate: false });
    expect(one('30万元以上')).toMatchObject({ value: 300000, bound: 'lower', currency: 'CNY' });
    expect(one('不足200毫米')).toMatchObject({ value: 200, bound: 'upper', unit: 'mm' });
    expect(one('上千人')).toMatchObject({ value: 1000, approximate: true });
    expect(one('逾3000人')).toMatchObject({ value: 3000, bound: 'lower' });
  });

  it('ranges keep both ends', () => {
    expect(one('3至5亿元')).toMatchObject({ value: 3e8, valueMax: 5e8, currency: 'CNY' });
    expect(one('10%-20%')).toMatchObject({ value: 10, valueMax: 20, unit: '%' });
    expect(one('10-20%')).toMatchObject({ value: 10, valueMax: 20, unit: '%' });
    expect(one('三四个')).toMatchObject({ value: 3, valueMax: 4, approximate: true });
  });

  it('mixed sections, spaces, signs and halves', () => {
    expect(one('1亿2000万元')).toMatchObject({ value: 1.2e8, currency: 'CNY' });
    expect(one('3万5千人')).toMatchObject({ value: 35000, unit: '人' });
    expect(one('投资3.5 亿元')).toMatchObject({ text: '3.5 亿元', value: 3.5e8 });
    expect(one('气温在-3℃到5℃之间')).toMatchObject({ value: -3, valueMax: 5, unit: '°C' });
    expect(one('零下10摄氏度')).toMatchObject({ value: -10, unit: '°C' });
    expect(one('两个多月')).toMatchObject({ kind: 'QUANTITY', value: 2, unit: 'mo', approximate: true });
    expect(one('一年半')).toMatchObject({ value: 1.5, unit: 'a' });
    expect(one('六七十人')).toMatchObject({ value: 60, valueMax: 70, approximate: true });
    expect(one('七八成')).toMatchObject({ value: 70, valueMax: 80, unit: '%' });
    expect(one('5美分')).toMatchObject({ value: 0.05, currency: 'USD' });
    expect(one('约有2/3的人').value).toBeCloseTo(2 / 3, 12);
  });

  it('fractions', () => {
    expect(one('三分之一').value).toBeCloseTo(1 / 3, 12);
    expect(one('十分之一').value).toBeCloseTo(0.1, 12);
  });

  it('ordinals', () => {
    expect(one('第1位')).toMatchObject({ kind: 'ORDINAL', value: 1, unit: '位' });
    expect(one('第二位')).toMatchObject({ kind: 'ORDINAL', value: 2 });
    expect(one('第二')).toMatchObject({ kind: 'ORDINAL', value: 2, unit: null });
    expect(one('首次')).toMatchObject({ kind: 'ORDINAL', value: 1 });
  });

  it('no false positives on words that contain numerals', () => {
    for (const s of [
      '十分频繁',
      '一些人',
      '一起走',
      '一定会',
      '一直在',
      '之一',
      '一方面',
      '万一',
      '一个是科教重地',
      '郭万达说',
      '“十四五”首',
      '十一五期间',
      '千年商都',
      '七大领域',
      '三一重工',
      '一国两制',
      'G20峰会',
      '5G网络',
      '电话010-12345678',
      '3:2获胜',
    ]) {
      expect(
        figs(s).filter((f) => f.kind !== 'ORDINAL'),
        s,
      ).toEqual([]);
    }
  });

  it('absurd numbers give null, never a crash', () => {
    const f = one('9'.repeat(400) + '元');
    expect(f.value).toBeNull();
    expect(one('九九九' + '亿'.repeat(40) + '元').value).toBeNull();
  });
});
