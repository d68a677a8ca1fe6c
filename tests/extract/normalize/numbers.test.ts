import { describe, expect, it } from 'vitest';
import { chineseValue, readNumber } from '../../../src/extract/normalize/numbers.js';

const v = (s: string) => readNumber(s, 0)?.value;

describe('numbers', () => {
  it.each([
    ['123', 123],
    ['１２３', 123],
    ['1,234,567', 1234567],
    ['3.14', 3.14],
    ['1.335亿', 133500000],
    ['2.5万亿', 2.5e12],
    ['3千万', 3e7],
    ['5百万', 5e6],
    ['137.51亿', 13751000000],
  ])('Arabic %s = %d', (s, n) => expect(v(s)).toBe(n));

  it.each([
    ['一百二十三', 123],
    ['两千', 2000],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一千零二十', 1020],
    ['廿五', 25],
    ['卅', 30],
    ['壹佰贰拾叁', 123],
    ['三千万', 3e7],
    ['一亿五千万', 1.5e8],
    ['二十五万亿', 2.5e13],
    ['一万五', 15000],
    ['三千二', 3200],
    ['三点五亿', 3.5e8],
    ['六十五点二', 65.2],
    ['一九九七', 1997],
    ['二〇二〇', 2020],
    ['〇', 0],
    ['十二万亿', 1.2e13],
  ])('Chinese %s = %d', (s, n) => expect(v(s)).toBe(n));

  it('does not start a number at 百/千/万 alone unless asked', () => {
    expect(readNumber('万一', 0)).toBeNull();
    expect(readNumber('千年', 0)).toBeNull();
    expect(readNumber('千人', 0, true)?.value).toBe(1000);
  });

  it('stops before units that start with a numeral character', () => {
    expect(readNumber('5千米', 0)?.end).toBe(1);
    expect(readNumber('50万千瓦', 0)?.value).toBe(500000);
    expect(readNumber('50万千瓦', 0)?.end).toBe(3);
  });

  it('treats 十一五 as a name, not a number', () => {
    expect(readNumber('十一五', 0)).toBeNull();
  });

  it('gives null, never Infinity or NaN, for absurd numbers', () => {
    expect(v('9'.repeat(400))).toBeNull();
    expect(v('九九九' + '亿'.repeat(50))).toBeNull();
    expect(chineseValue('亿'.repeat(100)).value).toBeNull();
    expect(v('1' + '0'.repeat(30))).toBeNull();
  });
});
