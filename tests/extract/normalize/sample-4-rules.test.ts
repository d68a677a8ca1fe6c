// Kinds of expression the third dev-page sample (issue #23, tests/gold/figures-dates-sample-3.json)
// found wrong; sentences written for the test, with the readings that must stay beside each.
import { describe, expect, it } from 'vitest';
import { dates, figures, model, run } from '../../helpers/normalize-spans.js';

describe('fourth round of dev-page kinds', () => {
  it('a year without its century is a date with no value, not a number of years', () => {
    expect(dates('这款手机07年在欧洲上市')).toEqual([['07年', null, null]]);
    expect(figures('这款手机07年在欧洲上市')).toEqual([]);
    expect(dates('那本小说迟至七八年才再版')).toEqual([['七八年', null, null]]);
    expect(dates('工程在98年完工')).toEqual([['98年', null, null]]);
    // lengths stay lengths: no preposition before them, or 是 (是33年内)
    expect(figures('他在乡下住了七八年')).toEqual([['七八年', 7, 8, 'a']]);
    expect(figures('合同期是33年内不变')).toEqual([['33年', 33, null, 'a']]);
  });

  it('a year a millennium or more after publication is a length', () => {
    expect(figures('与最近的5000年相比变化很大')).toEqual([['5000年', 5000, null, 'a']]);
    expect(dates('与最近的5000年相比变化很大')).toEqual([]);
    expect(figures('人类定居已有6000年', [], null)).toEqual([['6000年', 6000, null, 'a']]);
    // a near future year is still a year
    expect(dates('到2050年建成')).toEqual([['2050年', '2050', null]]);
  });

  it('a zero written alone and N位一体 are not counts', () => {
    expect(figures('厂区留给零部件供应商')).toEqual([]);
    expect(figures('队伍走到洞口才停下')).toEqual([]);
    expect(figures('形成三位一体的格局')).toEqual([]);
    // zero inside a numeral, and 零下, are numbers
    expect(figures('全场一百零五人')).toEqual([['一百零五人', 105, null, '人']]);
    expect(figures('共三位嘉宾')).toEqual([['三位', 3, null, '位']]);
  });

  it('a lone Chinese numeral from the model is dropped whatever its type', () => {
    const t = '墙上挂着八卦图';
    expect(figures(t, [model(t, '八', 'QUANTITY')])).toEqual([]);
  });

  it('负 closing a word is not a minus sign', () => {
    expect(figures('为企业减负30亿元')).toEqual([['30亿元', 3e9, null, null]]);
    expect(figures('利润为负30亿元')).toEqual([['负30亿元', -3e9, null, null]]);
  });

  it('numbers in file names and lists of labels are not counts', () => {
    expect(figures('下载地址 http://example.org/audio/2_45.mp3')).toEqual([]);
    expect(figures('（参见图12、35）')).toEqual([]);
    // a list of counts stays counts
    expect(figures('分别有12、35人')).toEqual([
      ['12', 12, null, null],
      ['35人', 35, null, '人'],
    ]);
  });

  it('a full-width comma between thousands in an ASCII number', () => {
    expect(figures('约12，000年的间冰期')).toEqual([['约12，000年', 12000, null, 'a']]);
    expect(figures('共3，500人参加')).toEqual([['3，500人', 3500, null, '人']]);
    // four digits before the comma: not a thousands group
    expect(figures('共2008，500人参加')).not.toContainEqual(['2008，500人', 2008500, null, '人']);
  });

  it('a classifier left out, the noun before 左右, a day without 日', () => {
    expect(figures('本文共3页')).toEqual([['3页', 3, null, '页']]);
    expect(run('厂里派了20个人左右的队伍').figures.map((f) => [f.text, f.value, f.approximate])).toEqual([['20个人左右', 20, true]]);
    // 左右 running on into a word is not the approximation
    expect(figures('来了20个人左右为难')).toEqual([['20个', 20, null, '个']]);
    expect(dates('到了九月十五那天')).toEqual([['九月十五', '2019-09-15', null]]);
    // a count after the day number keeps the month alone
    expect(dates('九月二十个')).toEqual([['九月', '2019-09', null]]);
  });

  it('a plan in quotes stays a plan when the model calls it a number', () => {
    const t = '“十一五”期间投资翻番';
    expect(dates(t, [model(t, '十一五', 'CARDINAL')])).toEqual([['十一五', '2006', '2010']]);
    const u = '“十五”以来投资增长';
    expect(dates(u, [model(u, '十五', 'CARDINAL')])).toEqual([['十五', '2001', '2005']]);
    expect(figures(u, [model(u, '十五', 'CARDINAL')])).toEqual([]);
  });

  it('a date word cut out of a name or a word is not a date', () => {
    const t = '据日本周刊报道';
    expect(dates(t, [model(t, '日本', 'LOC')])).toEqual([]);
    expect(dates('本周内完成')).toEqual([['本周', '2019-W10', null]]);
    // a date with its day number outranks a name the model ran on into it (瀚宇 + 今)
    const d = '瀚宇今（5）日公布营收';
    expect(dates(d, [model(d, '瀚宇今', 'PERSON')])).toEqual([['今（5）日', '2019-03-05', null]]);
    expect(dates('在漫长的岁月中慢慢变化')).toEqual([]);
    expect(dates('预计月中完工')).toEqual([['月中', '2019-03', null]]);
  });

  it('一 and a time word with no other number is an adverb', () => {
    const t = '大家一时间不知所措';
    expect(dates(t, [model(t, '一时间', 'TIME')])).toEqual([]);
  });
});
