// Kinds of expression the fourth dev-page sample (issue #23, tests/gold/figures-dates-sample-4.json)
// found wrong; sentences written for the test, with the readings that must stay beside each.
import { describe, expect, it } from 'vitest';
import { dates, figures, model, run } from '../../helpers/normalize-spans.js';

describe('fifth round of dev-page kinds', () => {
  it('上/下 + 一 + classifier is "previous/next", not a count', () => {
    const t = '点击下一章继续阅读';
    expect(figures(t, [model(t, '一章', 'CARDINAL')])).toEqual([]);
    const u = '他上一次来北京是在春天';
    expect(figures(u, [model(u, '一次', 'CARDINAL')])).toEqual([]);
    // a count with a number other than 一 stays
    expect(figures('会议开了三次')).toEqual([['三次', 3, null, '次']]);
  });

  it('在 + two digits + 年 + 的/里 is a length; other two-digit years after 在 stay years', () => {
    expect(figures('在20年的教学生涯里他从未请假')).toEqual([['20年', 20, null, 'a']]);
    expect(dates('在20年的教学生涯里他从未请假')).toEqual([]);
    expect(figures('在12年里换了三份工作')).toEqual([
      ['12年', 12, null, 'a'],
      ['三份', 3, null, '份'],
    ]);
    expect(dates('这座桥在97年建成')).toEqual([['97年', null, null]]);
    expect(dates('房价从05年起一路上涨')).toEqual([['05年', null, null]]);
  });

  it('a two-digit year naming the year of an event is a year', () => {
    expect(dates('回顾八九年学潮的经过')).toEqual([['八九年', null, null]]);
    expect(dates('；98年的抗洪事件中，')).toEqual([['98年', null, null]]);
    // lengths: no event word, a length marker before it, or a word that only starts with 运动
    expect(figures('他坚持了12年的体育运动')).toEqual([['12年', 12, null, 'a']]);
    expect(figures('这是30年的运动员生涯')).toEqual([['30年', 30, null, 'a']]);
    expect(figures('积累了40年的经验')).toEqual([['40年', 40, null, 'a']]);
  });

  it('a year part after two digits is that year without its century', () => {
    expect(dates('他七九年底回到上海')).toEqual([['七九年底', null, null]]);
    expect(dates('项目于21年初启动')).toEqual([['21年初', null, null]]);
    expect(dates('他20年底离职')).toEqual([['20年底', null, null]]);
    expect(dates('工程2018年底完工')).toEqual([['2018年底', '2018-12', null]]);
    expect(dates('预计年底完工')).toEqual([['年底', '2019-12', null]]);
  });

  it('years ago beyond any calendar year, and vague years before the common era', () => {
    expect(dates('这座城址建于4000年前的龙山时代')).toEqual([['4000年前', null, null]]);
    expect(figures('这座城址建于4000年前的龙山时代')).toEqual([]);
    expect(dates('早在公元前几千年，这里已有人居住')).toEqual([['公元前几千年', null, null]]);
    // 2000年前 may still be "before the year 2000"; 150年前 is 1869
    expect(dates('这片林子2000年前就有了')).toEqual([['2000年', '2000', null]]);
    expect(dates('这座桥建于150年前')).toEqual([['150年前', '1869', null]]);
    // other units than years keep the old bound: 6000天 stays a length
    expect(figures('化石距今约有6000天')).toEqual([['6000天', 6000, null, 'd']]);
  });

  it('a Chinese-numeral month followed by 内 is a number of months', () => {
    expect(figures('务必三月内办完手续')).toEqual([['三月', 3, null, 'mo']]);
    expect(dates('务必三月内办完手续')).toEqual([]);
    expect(dates('三月中旬开学')).toHaveLength(1);
    expect(dates('一月份的销量')).toEqual([['一月份', '2019-01', null]]);
  });

  it('图N所示 is a figure reference; N所 + noun is still a count', () => {
    expect(figures('结构如图12所示')).toEqual([]);
    expect(figures('全市新建了12所学校')).toEqual([['12所', 12, null, '所']]);
  });

  it('spans that were cut: a half after a classifier, a range of pages, a wrapped classifier', () => {
    expect(figures('队里只剩三个半劳力')).toEqual([['三个半', 3.5, null, '个']]);
    expect(figures('沿海有两个半岛')).toEqual([['两个', 2, null, '个']]);
    expect(figures('两个半小时后抵达')).toEqual([['两个半小时', 2.5, null, 'h']]);
    expect(figures('详见该书第45-48页。')).toEqual([['第45-48页', 45, 48, '页']]);
    expect(figures('详见该书第45页。')).toEqual([['第45页', 45, null, '页']]);
    expect(figures('参见第12～13页')).toEqual([['第12～13页', 12, 13, '页']]);
    expect(figures('现场聚集了上万\n名群众')).toEqual([['上万\n名', 10000, null, '名']]);
    // a number closing a line before no classifier stays as it was
    expect(figures('人数约三千\n据统计')).toEqual([['约三千', 3000, null, null]]);
  });

  it('a single bracketed chapter:verse reference is not a time', () => {
    expect(dates('“要彼此相爱。”（罗13:8）')).toEqual([]);
    expect(dates('列车（晚21:30）发车')).toHaveLength(1);
    expect(dates('会议于（21:30）开始')).toHaveLength(1);
  });

  it('a digit and classifier in a quoted couplet is a figure of speech', () => {
    expect(figures('老人常说“一步一脚印，一天一进步”')).toEqual([]);
    expect(figures('老人常说“杀敌一万，自损三千”')).toEqual([
      ['一万', 10000, null, null],
      ['三千', 3000, null, null],
    ]);
    // a quotation that is no couplet keeps its counts
    expect(figures('他说：“我们用了三天时间，完成了整个项目”')).toEqual([['三天', 3, null, 'd']]);
  });

  it('era names around a model date', () => {
    const t = '在盛唐五代之际';
    expect(run(t, [model(t, '唐五代', 'DATE')]).dates.map((d) => d.text)).toEqual(['盛唐五代']);
    const u = '这是新石器时代晚期的陶器';
    expect(dates(u, [model(u, '晚期', 'DATE')])).toEqual([]);
  });
});
