import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/extract/normalize/index.js';

const REF = '2023-06-01T12:00:00+08:00';
const run = (text: string, localCurrency: string | null = null) => normalize({ text, entities: [], publishedAt: REF, localCurrency });
const fig = (text: string, localCurrency: string | null = null) => {
  const f = run(text, localCurrency).figures[0]!;
  return { text: f.text, value: f.value, unit: f.unit, currency: f.currency };
};

describe('Hong Kong and Taiwan forms (text as the pipeline hands it over, in Simplified)', () => {
  it('昨（N）日 / 今（N）日: the bracketed day, in the month nearest the relative day', () => {
    expect(run('市府今（1）日公布数据。').dates[0]).toMatchObject({ text: '今（1）日', value: '2023-06-01', relative: true });
    expect(run('立委昨（31）日质询。').dates[0]!.value).toBe('2023-05-31');
    expect(run('明(2)日起实施。').dates[0]!.value).toBe('2023-06-02');
  });

  it('N成M and N成半: hundredths after tenths', () => {
    expect(fig('支持度达六成七。').value).toBe(67);
    expect(fig('出席率约九成半。').value).toBe(95);
  });

  it('兆 is 10^12 before a currency and mega elsewhere', () => {
    expect(fig('预算达新台币1.5兆元。').value).toBe(1.5e12);
    expect(fig('装机50兆瓦。')).toMatchObject({ value: 50, unit: 'MW' });
  });

  it('a whole Arabic number after 万 adds to it', () => {
    expect(fig('月薪3万2,500元。', 'TWD')).toMatchObject({ value: 32500, currency: 'TWD' });
  });

  it('classifiers of flights, seats, votes and districts, and scores after Arabic numbers only', () => {
    expect(fig('每周加开6班。')).toMatchObject({ value: 6, unit: '班' });
    expect(fig('以55票通过。').unit).toBe('票');
    expect(fig('综合得分88分。').unit).toBe('分');
    expect(run('三分天下。').figures).toEqual([]);
  });

  it('currency subunits and forms: 仙, 毫 (after Arabic numbers), 圆, a bare $ on a local page', () => {
    expect(fig('车费加价5仙。')).toMatchObject({ value: 0.05, currency: 'HKD' });
    expect(fig('每张收费5毫。').value).toBeCloseTo(0.5);
    expect(run('八仙过海，毫不费力。').figures).toEqual([]);
    expect(fig('门票300圆。', 'TWD')).toMatchObject({ value: 300, currency: 'TWD' });
    expect(fig('月租$6,000。', 'HKD')).toMatchObject({ value: 6000, currency: 'HKD' });
    expect(fig('售价US$20。', 'HKD').currency).toBe('USD');
  });

  it('摄氏N度, a rate step of 码 after a rate verb, 两日 as two days, 厘 as per cent', () => {
    expect(fig('气温降至摄氏12.5度。')).toMatchObject({ value: 12.5, unit: '°C' });
    expect(fig('央行宣布降息半码。')).toMatchObject({ value: 0.125, unit: 'pp' });
    expect(fig('联储升息一码。').value).toBe(0.25);
    expect(fig('他跑了100码。').unit).not.toBe('pp');
    expect(fig('展览为期两日。')).toMatchObject({ value: 2, unit: 'd' });
    expect(fig('利率为4.5厘。')).toMatchObject({ value: 4.5, unit: '%' });
  });
});
