// Kinds of expression the second dev-page sample (issue #23, tests/gold/figures-dates-sample-2.json)
// found wrong; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/extract/normalize/index.js';

const PUB = '2005-07-05T21:23:57+08:00';
const run = (text: string, publishedAt: string | null = PUB) => normalize({ text, entities: [], publishedAt });
const dates = (text: string) => run(text).dates.map((d) => [d.text, d.value, d.valueMax]);
const figures = (text: string) => run(text).figures.map((f) => [f.text, f.value, f.unit]);

describe('second dev-page sample', () => {
  it('a bare day takes the month of the date named before it in the sentence', () => {
    expect(dates('6月3日晚至4日凌晨，双方于6月4日晚和5日上午会谈。')).toEqual([
      ['6月3日', '2005-06-03', null],
      ['4日', '2005-06-04', null],
      ['6月4日', '2005-06-04', null],
      ['5日', '2005-06-05', null],
    ]);
    // a day before the one named may be next month's: left as publishedAt gives it
    expect(dates('5月28日出发，3日抵达。')[1]).toEqual(['3日', '2005-07-03', null]);
    // another sentence: not its antecedent
    expect(dates('6月3日开幕。4日闭幕。')[1]).toEqual(['4日', '2005-07-04', null]);
  });

  it('a four-digit year + 年代 is a decade', () => {
    expect(dates('1980年代以来，他三次出任部长。')).toEqual([['1980年代', '1980', '1989']]);
    expect(dates('1985年代')).not.toContainEqual(['1985年代', '1985', '1994']);
  });

  it('an offset after counts from publication unless the sentence anchors it to an event it tells', () => {
    expect(dates('两年后，这里将建成新城。')).toEqual([['两年后', '2007', null]]);
    expect(dates('10年后，他又在怀俄明州建立了一座公园。')).toEqual([['10年后', null, null]]);
    expect(dates('说出这话两天之后，欧盟宣布制裁。')).toEqual([['两天之后', null, null]]);
    expect(dates('三年前，他来到这里。')).toEqual([['三年前', '2002', null]]);
    // Nothing anchors it and nothing tells a past: it counts from publication, as resolvers do.
    expect(dates('两年后')).toEqual([['两年后', '2007', null]]);
    expect(dates('使用4周后，症状消失了。')).toEqual([['4周后', null, null]]);
  });

  it('新 before 一 + classifier is an article', () => {
    expect(figures('新一年的工作要有新作为')).toEqual([]);
    expect(run('新一年的工作要有新作为').dates).toEqual([]);
  });

  it('Mach numbers and lane counts keep their unit', () => {
    expect(figures('速度达到1马赫时')).toEqual([['1马赫', 1, 'Mach']]);
    expect(figures('负责4车道改6车道的工程')).toEqual([
      ['4车道', 4, '车道'],
      ['6车道', 6, '车道'],
    ]);
  });

  it('habitual words are not dates', () => {
    const entities = [{ type: 'DATE', text: '平时', start: 3, end: 5, score: 0.9, source: 'model' }];
    expect(normalize({ text: '不少人平时只是苦于师出无名', entities, publishedAt: PUB }).dates).toEqual([]);
  });
});
