import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/extract/normalize/index.js';
import { yearOfMonth } from '../../../src/extract/normalize/calendar.js';

const PUB = '2021-10-15T15:27:00+08:00';
function dates(text: string, publishedAt: string | null = PUB) {
  return normalize({ text, entities: [], publishedAt }).dates;
}
function one(text: string, publishedAt: string | null = PUB) {
  const d = dates(text, publishedAt);
  expect(d, text).toHaveLength(1);
  return d[0]!;
}

describe('dates', () => {
  it('absolute dates at the precision written', () => {
    expect(one('2020年10月22日举办')).toMatchObject({ value: '2020-10-22', granularity: 'day', relative: false, kind: 'DATE' });
    expect(one('2021年6月，')).toMatchObject({ value: '2021-06', granularity: 'month' });
    expect(one('2020年广州')).toMatchObject({ value: '2020', granularity: 'year' });
    expect(one('一九九七年十二月三十一日')).toMatchObject({ value: '1997-12-31' });
    expect(one('2021-10-15 15:27')).toMatchObject({ kind: 'TIME', value: '2021-10-15T15:27+08:00', granularity: 'minute' });
    expect(one('2019/03/01')).toMatchObject({ value: '2019-03-01' });
  });

  it('year-less dates take the published year', () => {
    expect(one('9月20日，')).toMatchObject({ value: '2021-09-20', relative: false });
    expect(one('10月11日消息')).toMatchObject({ value: '2021-10-11' });
    expect(one('12月28日', '2022-01-06T08:00:00+08:00')).toMatchObject({ value: '2021-12-28' });
    expect(one('22日，')).toMatchObject({ value: '2021-10-22', granularity: 'day' });
  });

  it('one rule for the year of a year-less month: the year before only past six months ahead', () => {
    const jan = { year: 2022, month: 1 };
    expect(yearOfMonth(12, jan)).toBe(2021);
    expect(yearOfMonth(8, jan)).toBe(2021);
    expect(yearOfMonth(7, jan)).toBe(2022);
    expect(yearOfMonth(2, jan)).toBe(2022);
    expect(yearOfMonth(3, jan)).toBe(2022);
    expect(yearOfMonth(1, { year: 2022, month: 12 })).toBe(2022);
    expect(one('3月2日', '2022-01-06T08:00:00+08:00')).toMatchObject({ value: '2022-03-02' });
    expect(one('8月', '2022-01-06T08:00:00+08:00')).toMatchObject({ value: '2021-08' });
    expect(one('7至8月', '2022-01-06T08:00:00+08:00')).toMatchObject({ value: '2021-07', valueMax: '2021-08' });
  });

  it('relative dates', () => {
    expect(one('三年前的光明科学城')).toMatchObject({ value: '2018', granularity: 'year', relative: true });
    expect(one('两年后')).toMatchObject({ value: '2023', relative: true });
    expect(one('今年')).toMatchObject({ value: '2021' });
    expect(one('去年')).toMatchObject({ value: '2020' });
    expect(one('前年')).toMatchObject({ value: '2019' });
    expect(one('明年')).toMatchObject({ value: '2022' });
    expect(one('本月')).toMatchObject({ value: '2021-10', granularity: 'month' });
    expect(one('上月')).toMatchObject({ value: '2021-09' });
    expect(one('昨天')).toMatchObject({ value: '2021-10-14', granularity: 'day' });
    expect(one('今日')).toMatchObject({ value: '2021-10-15' });
    expect(one('上周')).toMatchObject({ value: '2021-W40', granularity: 'week' });
    expect(one('5天前')).toMatchObject({ value: '2021-10-10' });
    expect(one('3个月后')).toMatchObject({ value: '2022-01', granularity: 'month' });
    expect(one('近两年来')).toMatchObject({ value: null, relative: true });
  });

  // halves, quarters and month ranges are periods of months: value at the start, valueMax at the end
  it('parts of years and months', () => {
    expect(one('今年上半年')).toMatchObject({ value: '2021-01', valueMax: '2021-06', granularity: 'month', relative: true });
    expect(one('2020年第三季度')).toMatchObject({ value: '2020-07', valueMax: '2020-09', granularity: 'month' });
    expect(one('第三季度')).toMatchObject({ value: '2021-07', valueMax: '2021-09', relative: false });
    expect(one('2025年底')).toMatchObject({ value: '2025-12', valueMax: null, granularity: 'month' });
    expect(one('月初')).toMatchObject({ value: '2021-10', granularity: 'month' });
    expect(one('1-8月')).toMatchObject({ value: '2021-01', valueMax: '2021-08', granularity: 'month' });
    expect(one('前三季度')).toMatchObject({ value: '2021-01', valueMax: '2021-09', granularity: 'month' });
  });

  it('weekdays of a relative week, ranges, spaced dates', () => {
    expect(one('上周五')).toMatchObject({ value: '2021-10-08', granularity: 'day', relative: true });
    expect(one('下周一')).toMatchObject({ value: '2021-10-18' });
    expect(dates('12月28日至1月3日').map((d) => d.value)).toEqual(['2021-12-28', '2022-01-03']);
    expect(dates('2018年11月5日至10日').map((d) => d.value)).toEqual(['2018-11-05', '2018-11-10']);
    expect(one('2021 年 10 月 15 日')).toMatchObject({ value: '2021-10-15', text: '2021 年 10 月 15 日' });
    expect(one('2021财年')).toMatchObject({ value: '2021' });
    expect(one('今晚8点')).toMatchObject({ kind: 'TIME', value: '2021-10-15T20:00+08:00', relative: true });
  });

  it('times of day', () => {
    expect(one('上午10时')).toMatchObject({ kind: 'TIME', value: '2021-10-15T10:00+08:00', granularity: 'hour' });
    expect(one('下午3点半')).toMatchObject({ value: '2021-10-15T15:30+08:00', granularity: 'minute' });
    expect(one('15:27')).toMatchObject({ value: '2021-10-15T15:27+08:00' });
    expect(one('2021年10月20日上午9时30分')).toMatchObject({ value: '2021-10-20T09:30+08:00' });
  });

  it('without publishedAt, relative and year-less dates are null', () => {
    expect(one('三年前', null)).toMatchObject({ value: null, relative: true });
    expect(one('9月20日', null)).toMatchObject({ value: null, granularity: 'day' });
    expect(one('2020年10月22日', null)).toMatchObject({ value: '2020-10-22' });
    expect(one('上午10时', null)).toMatchObject({ value: null });
  });

  it('malformed dates: null, never a crash', () => {
    expect(one('2月30日')).toMatchObject({ value: null });
    expect(one('2021年2月29日')).toMatchObject({ value: null });
    expect(one('13月')).toMatchObject({ value: null });
    expect(one('2020年2月29日')).toMatchObject({ value: '2020-02-29' });
    expect(dates('2021-13-45 99:99')).toEqual([]);
  });

  it('夏 is a surname, not summer', () => {
    expect(dates('记者 夏燕')).toEqual([]);
  });
});
