/** Issue 23, parts 2 and 3: composed relative dates, 去年同期, five-year plans and periods of a year. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/extract/normalize/index.js';
import { planStart } from '../../../src/extract/normalize/plans.js';

const PUB = '2023-11-20T10:00:00+08:00'; // a Monday
const dates = (text: string, publishedAt: string | null = PUB) => normalize({ text, entities: [], publishedAt }).dates;
function one(text: string, publishedAt: string | null = PUB) {
  const d = dates(text, publishedAt);
  expect(d, text).toHaveLength(1);
  return d[0]!;
}

describe('composed relative dates are one expression', () => {
  it.each([
    ['会议定于下月10日召开', '下月10日', '2023-12-10', 'day'],
    ['本月12日开馆', '本月12日', '2023-11-12', 'day'],
    ['上月3日', '上月3日', '2023-10-03', 'day'],
    ['明年3月投产', '明年3月', '2024-03', 'month'],
    ['今年3月出台', '今年3月', '2023-03', 'month'],
    ['去年12月5日签约', '去年12月5日', '2022-12-05', 'day'],
    ['上周五会谈', '上周五', '2023-11-17', 'day'],
    ['下周三开幕', '下周三', '2023-11-29', 'day'],
  ])('%s', (t, text, value, granularity) => {
    expect(one(t)).toMatchObject({ text, value, valueMax: null, granularity, relative: true });
  });

  it('下月10日 across a year end, and without publishedAt', () => {
    expect(one('下月10日', '2023-12-05T08:00:00+08:00')).toMatchObject({ value: '2024-01-10' });
    expect(one('下月10日', null)).toMatchObject({ text: '下月10日', value: null, relative: true });
  });
});

describe('去年同期', () => {
  it('is the period named before it in the sentence, a year back', () => {
    const d = dates('今年前三季度，产值比去年同期增长6%。');
    expect(d[1]).toMatchObject({ text: '去年同期', value: '2022-01', valueMax: '2022-09', granularity: 'month', relative: true });
    expect(dates('2022年10月，销量比上年同期下降')[1]).toMatchObject({ value: '2021-10', valueMax: null });
  });

  it('with no period before it (or one in another sentence): publishedAt’s month a year back', () => {
    expect(one('去年同期增长了3%')).toMatchObject({ value: '2022-11', granularity: 'month', relative: true });
    expect(dates('今年上半年如此。去年同期则不同')[1]).toMatchObject({ value: '2022-11' });
  });
});

describe('five-year plans are periods of years', () => {
  it.each([
    ['十四五', '十四五', '2021', '2025'],
    ['“十四五”期间', '十四五', '2021', '2025'],
    ['"十四五"期间', '十四五', '2021', '2025'],
    ['十三五规划', '十三五', '2016', '2020'],
    ['十二五时期', '十二五', '2011', '2015'],
    ['“十五”计划', '十五', '2001', '2005'],
    ['“一五”计划', '一五', '1953', '1957'],
  ])('%s', (t, text, value, valueMax) => {
    expect(one(t)).toMatchObject({ text, value, valueMax, granularity: 'year', relative: false });
  });

  it('the starting years follow the plans as they were (the 3rd began in 1966)', () => {
    expect([1, 2, 3, 10, 13, 14, 15].map(planStart)).toEqual([1953, 1958, 1966, 2001, 2016, 2021, 2026]);
  });

  it('十五 alone is fifteen; 十四五个 is fourteen or fifteen', () => {
    expect(dates('十五个')).toEqual([]);
    expect(normalize({ text: '十四五个人', entities: [], publishedAt: PUB }).figures).toMatchObject([{ value: 14, valueMax: 15 }]);
  });
});

describe('periods of a year: value at the start, valueMax at the end', () => {
  it.each([
    ['上半年', '2023-01', '2023-06'],
    ['下半年', '2023-07', '2023-12'],
    ['前三季度', '2023-01', '2023-09'],
    ['一季度', '2023-01', '2023-03'],
    ['第一季度', '2023-01', '2023-03'],
    ['2023年上半年', '2023-01', '2023-06'],
    ['2022年第四季度', '2022-10', '2022-12'],
    ['1-8月', '2023-01', '2023-08'],
  ])('%s', (t, value, valueMax) => {
    expect(one(t)).toMatchObject({ text: t, value, valueMax, granularity: 'month' });
  });

  it.each([
    ['年初', '2023-01'],
    ['年底', '2023-12'],
    ['年末', '2023-12'],
  ])('%s', (t, value) => {
    expect(one(t)).toMatchObject({ value, valueMax: null, granularity: 'month', relative: false });
  });
});
