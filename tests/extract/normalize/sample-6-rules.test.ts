// Kinds of expression the fifth dev-page sample (issue #23, tests/gold/figures-dates-sample-5.json)
// found wrong; sentences written for the test, with the readings that must stay beside each.
import { describe, expect, it } from 'vitest';
import { dates, figures, model, run } from '../../helpers/normalize-spans.js';

describe('sixth round of dev-page kinds', () => {
  it('two vague amounts side by side are two spans, never a product', () => {
    expect(figures('受灾的有几百万几千万人')).toEqual([
      ['几百万', 2e6, 9e6, null],
      ['几千万人', 2e7, 9e7, '人'],
    ]);
    // a smaller magnitude after 几 adds to the number: 一万几千人 is 12000 to 19000
    expect(figures('来了一万几千人')).toEqual([['一万几千人', 12000, 19000, '人']]);
    // 几 between a number without 万 and a multiplier still multiplies
    expect(figures('共有十几万人参加')).toEqual([['十几万人', 100000, null, '人']]);
  });

  it('a second 万 after a 万 section multiplies the section: 二万八千万 is 28000 万', () => {
    expect(figures('赔款二万八千万两白银')).toEqual([['二万八千万两', 2.8e8, null, '两']]);
    expect(figures('人口一亿二千万')).toEqual([['一亿二千万', 1.2e8, null, null]]);
    expect(figures('四万万同胞')).toEqual([['四万万', 4e8, null, null]]);
    expect(figures('两万三千人')).toEqual([['两万三千人', 23000, null, '人']]);
  });

  it("a bare 圆 right after a country name is that country's unit", () => {
    const money = (t: string) => run(t).figures.map((f) => [f.text, f.currency]);
    expect(money('那时日本一圆能买很多米')).toEqual([['一圆', 'JPY']]);
    expect(money('当年美国五圆的纸币')).toEqual([['五圆', 'USD']]);
    // elsewhere 圆 stays 元, and 日圆 is the yen already
    expect(money('他花了一百圆')).toEqual([['一百圆', 'CNY']]);
    expect(money('日本人花了五圆')).toEqual([['五圆', 'CNY']]);
    expect(money('合100日圆')).toEqual([['100日圆', 'JPY']]);
  });

  it('第 + number + a length unit is an ordinal year, month or day, not a length', () => {
    expect(figures('到了第二年他就离开了')).toEqual([['第二年', 2, null, 'a']]);
    expect(run('到了第二年他就离开了').figures.map((f) => f.kind)).toEqual(['ORDINAL']);
    expect(figures('在第三天上午')).toEqual([['第三天', 3, null, 'd']]);
    // without 第 it stays a length; 第3季度 stays a date
    expect(figures('他干了两年')).toEqual([['两年', 2, null, 'a']]);
    expect(figures('第3季度营收增长')).toEqual([]);
  });

  it('the currency of a model span the grammar reads whole comes from where it stands', () => {
    const t = '（日本一圆的银圆，本国不用）';
    expect(run(t, [model(t, '一圆', 'MONEY')]).figures.map((f) => [f.text, f.currency])).toEqual([['一圆', 'JPY']]);
  });

  it('a part of the period after a century belongs to its span', () => {
    expect(dates('王国一直延续到18世纪早期。')).toEqual([['18世纪早期', '1701', '1800']]);
    expect(dates('二十世纪中期的建筑')).toEqual([['二十世纪中期', '1901', '2000']]);
    expect(dates('18世纪的欧洲')).toEqual([['18世纪', '1701', '1800']]);
  });

  it('one line break between a day number and 日 does not split the date', () => {
    expect(dates('我没有亲眼见到。二十四\n日早上去乘火车')).toEqual([['二十四\n日', '2019-03-24', null]]);
    expect(dates('十月二十四\n日上午开会')).toEqual([['十月二十四\n日', '2018-10-24', null]]);
    // the next line starting with a word that begins with 日 stays apart
    expect(dates('共有二十四\n日本人参加')).toEqual([]);
  });

  it('公元前 with digits grouped by a full-width or ASCII comma is one date', () => {
    expect(dates('在公元前10，000年到公元前5，000年之间')).toEqual([
      ['公元前10，000年', null, null],
      ['公元前5，000年', null, null],
    ]);
    expect(dates('约公元前3,300年')).toEqual([['公元前3,300年', null, null]]);
    expect(dates('公元前数百年')).toEqual([['公元前数百年', null, null]]);
  });

  it('a time word right before a length qualifies it: the lone word is no date', () => {
    const t = '奋进正当时。未来五年，是关键时期';
    expect(dates(t, [model(t, '未来', 'DATE')])).toEqual([]);
    expect(figures(t, [model(t, '未来', 'DATE')])).toEqual([['五年', 5, null, 'a']]);
    // 未来 before something else stays a deictic date
    const u = '未来，我们将继续努力';
    expect(dates(u, [model(u, '未来', 'DATE')])).toEqual([['未来', null, null]]);
  });
});
