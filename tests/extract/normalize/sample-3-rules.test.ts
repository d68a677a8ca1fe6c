// Kinds of expression the second dev-page sample (issue #23, tests/gold/figures-dates-sample-2.json)
// still found wrong after its first fixes; sentences written for the test, with the readings that
// must stay beside each.
import { describe, expect, it } from 'vitest';
import { dates, figures, model, run } from '../../helpers/normalize-spans.js';

describe('third round of dev-page kinds', () => {
  it('a bare hour after a verb of becoming is "when", not o’clock', () => {
    expect(dates('把绳子一折为三时，长度就不够了')).toEqual([]);
    expect(dates('当队伍剩五时，比赛暂停')).toEqual([]);
    // the same hour with a day part, after a preposition, or alone is a time
    expect(dates('会议定于下午3时开始')).toEqual([['下午3时', '2019-03-08T15:00+08:00', null]]);
    expect(dates('列车于十时抵达')).toEqual([['十时', '2019-03-08T10:00+08:00', null]]);
    expect(dates('成交价为九时的两倍')).toEqual([]);
    expect(dates('活动为晚上八时')).toEqual([['晚上八时', '2019-03-08T20:00+08:00', null]]);
  });

  it('当前 after its subject and before a pause is "lies ahead", not now', () => {
    const a = '大敌当前，全村人连夜加固堤坝';
    expect(dates(a, [model(a, '当前', 'DATE')])).toEqual([]);
    const b = '当前经济形势总体平稳';
    expect(dates(b, [model(b, '当前', 'DATE')])).toEqual([['当前', null, null]]);
    const c = '截至当前，已有三千人报名';
    expect(dates(c, [model(c, '当前', 'DATE')])).toEqual([['当前', null, null]]);
    const d = '当前，各地正在推进春耕';
    expect(dates(d, [model(d, '当前', 'DATE')])).toEqual([['当前', null, null]]);
  });

  it('a model date running into the numeral of the next word is dropped; lunar days and weekdays stay', () => {
    const a = '戊戌年三家钱庄同时倒闭';
    expect(dates(a, [model(a, '戊戌年三', 'DATE')])).toEqual([]);
    const b = '每逢正月十五，全家都要吃元宵';
    expect(dates(b, [model(b, '正月十五', 'DATE')])).toEqual([['正月十五', null, null]]);
    const c = '镇上每逢初八赶集';
    expect(dates(c, [model(c, '初八', 'DATE')])).toEqual([['初八', null, null]]);
  });

  it('a bare number glued to a word in a short quotation is a title', () => {
    const t = '那年电台热播“神探107”，我一集不落';
    expect(figures(t, [model(t, '107', 'CARDINAL')])).toEqual([]);
    // a quoted amount on its own stays
    expect(figures('他只说了一句“3000”，就走了')).toEqual([['3000', 3000, null, null]]);
    expect(figures('口号是“投入300亿元”')).toEqual([['300亿元', 30000000000, null, null]]);
  });

  it('2 written for 两 before a side word is both sides, a place', () => {
    const t = '河的2岸种满了柳树';
    expect(figures(t, [model(t, '2', 'CARDINAL')])).toEqual([]);
    // a count with its classifier stays
    expect(figures('墙上挂着2幅画')).toEqual([['2幅', 2, null, '幅']]);
    expect(figures('修了2条路')).toEqual([['2条', 2, null, '条']]);
  });

  it('a range whose separator was lost (a space) is one range', () => {
    const t = '每组分成6 9个小队';
    expect(figures(t, [model(t, '6', 'CARDINAL'), model(t, '9个', 'CARDINAL')])).toEqual([['6 9个', 6, 9, '个']]);
    // the larger first: two numbers, not a range
    expect(figures('编号12 3个')).not.toContainEqual(['12 3个', 12, 3, '个']);
    expect(figures('分成6至9个小队')).toEqual([['6至9个', 6, 9, '个']]);
  });

  it('a range of years ago is a period of years, and a modifier does not make it a length', () => {
    expect(dates('这批陶器约为300至800年前烧制')).toEqual([['300至800年前', '1219', '1719']]);
    expect(dates('大约两三年前，他离开了家乡')).toEqual([['两三年前', '2016', '2017']]);
    expect(dates('约五年前，他来到深圳')).toEqual([['五年前', '2014', null]]);
    // a length stays a length; so does one counted from an event after it
    expect(figures('工期约18个月')).toEqual([['约18个月', 18, null, 'mo']]);
    expect(figures('在漫长的演化中，几十亿年后才出现生命')).toContainEqual(['几十亿年', 2e9, 9e9, 'a']);
    // 2000年前 may be "before 2000": left as a year
    expect(dates('2000年前后')[0]![0]).toBe('2000年');
  });

  it('a year heading its sentence without 年 is a date', () => {
    const t = '回首往事。1998，那场洪水让人难忘';
    expect(dates(t, [model(t, '1998', 'CARDINAL')])).toEqual([['1998', '1998', null]]);
    expect(run(t, [model(t, '1998', 'CARDINAL')]).figures).toEqual([]);
    // a four-digit count inside a sentence stays a count
    expect(figures('共有1998，其中男性过半')).toEqual([['1998', 1998, null, null]]);
    expect(figures('全场1998人')).toEqual([['1998人', 1998, null, '人']]);
  });

  it('habitual words are not dates', () => {
    const t = '他往常总是七点起床';
    expect(dates(t, [model(t, '往常', 'DATE')])).toEqual([]);
  });
});
