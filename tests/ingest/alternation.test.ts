import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/ingest/data/alternation.js';
import { COPYRIGHT, DATELINE, WIDGET_LINE } from '../../src/ingest/data/patterns.js';
import { NOT_NAMES } from '../../src/ingest/data/byline-patterns.js';

describe('alternation', () => {
  it('escapes words, keeps fragments as written and keeps the order given', () => {
    expect(alternation(['a.b', /x+/, '(c)', 'ab'])).toBe(String.raw`a\.b|x+|\(c\)|ab`);
    const re = new RegExp(`^(?:${alternation(['a.b', /x+/, '(c)'])})$`);
    expect(re.test('a.b')).toBe(true);
    expect(re.test('aXb')).toBe(false);
    expect(re.test('xxx')).toBe(true);
    expect(re.test('(c)')).toBe(true);
    expect(re.test('c')).toBe(false);
    expect(new RegExp(alternation(['字体', '字体大小'])).exec('字体大小')?.[0]).toBe('字体');
  });

  it('builds the ingest patterns from their word lists', () => {
    expect(COPYRIGHT.test('(c) 2021 某某网')).toBe(true);
    expect(COPYRIGHT.test('abc 2021')).toBe(false);
    expect(WIDGET_LINE.test('字体：大 中 小')).toBe(true);
    expect(WIDGET_LINE.test('字体设计大赛今天开幕')).toBe(false);
    expect(DATELINE.exec('新华社北京10月11日电 记者')?.slice(1, 4)).toEqual(['新华社北京', '10', '11']);
    expect(NOT_NAMES.test('了解到')).toBe(true);
    expect(NOT_NAMES.test('夏燕')).toBe(false);
  });
});
