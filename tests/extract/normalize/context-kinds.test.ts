import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/extract/normalize/index.js';
import type { Entity } from '../../../src/record/schema.js';

const REF = '2022-03-10T09:00:00+08:00';
const model = (text: string, sub: string, type: Entity['type']): Entity => {
  const start = text.indexOf(sub);
  return { type, text: sub, start, end: start + sub.length, score: 0.9, source: 'model' };
};
const run = (text: string, entities: Entity[] = []) => normalize({ text, entities, publishedAt: REF });
const texts = (text: string, entities: Entity[] = []) => {
  const r = run(text, entities);
  return [...r.figures.map((f) => f.text), ...r.dates.map((d) => d.text)];
};

describe('figures and times that name something where they stand (contexts.ts)', () => {
  it('a number inside the title of a work is part of the name; dates and figures outside stay', () => {
    expect(texts('她读完《漫长的三小时》后，又花了两小时写笔记。')).toEqual(['两小时']);
    expect(texts('小说《十二把椅子》卖出5000册。')).toEqual(['5000册']);
  });

  it('a Chinese-numeral figure in a short quoted slogan is not a count; a quoted amount alone stays', () => {
    expect(texts('推进“一窗一次办”改革，打通“最后一百米”。')).toEqual([]);
    expect(texts('他说“增加300亿元”是底线。')).toEqual(['300亿元']);
  });

  it('an H:MM after a recording word is a length, not a time of day', () => {
    expect(texts('视频 03:15 里，他于10:30到场。')).toEqual(['10:30']);
  });

  it('H:MM glued to Han words in a run is a chapter:verse list; a time range stays', () => {
    expect(texts('参看诗3:5 箴16:9 赛40:31。')).toEqual([]);
    expect(texts('会议上午9:00至11:30举行。').length).toBe(2);
  });
});

describe('grammar fixes from the sampled dev-page spans', () => {
  it('a lone 一 with 时 or a model date of 一 and one character is an adverb', () => {
    expect(texts('大家一时拿不定主意。')).toEqual([]);
    const text = '他一朝成名。';
    expect(texts(text, [model(text, '一朝', 'DATE')])).toEqual([]);
    expect(run('凌晨一时发生地震。').dates[0]!.value).toBe('2022-03-10T01:00+08:00');
  });

  it('四 + a verb of spreading is "on all sides", not four', () => {
    expect(texts('谣言四起，消息四散。')).toEqual([]);
  });

  it('N份之M is a fraction, and a 两 closing a numeral after a unit is the tael', () => {
    expect(run('不到全国十份之一。').figures[0]!.value).toBeCloseTo(0.1);
    const f = run('赔银二百万两了事。').figures[0]!;
    expect([f.text, f.value, f.unit]).toEqual(['二百万两', 2000000, '两']);
    expect(run('招收一万两千人。').figures[0]!.value).toBe(12000);
  });

  it('acres, series numbers and Latin section labels', () => {
    expect(run('农场占地300英亩。').figures[0]!.unit).toBe('ac');
    expect(texts('谣言之3 有人说')).toEqual([]);
    expect(texts('Chapter 4. 故事开始')).toEqual([]);
  });
});
