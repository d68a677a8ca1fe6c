import { describe, expect, it } from 'vitest';
import { normalizeChar, _normalizeCharSlow } from '../../../src/extract/ner/tokenize.js';

describe('normalizeChar fast path', () => {
  it('agrees with full NFKC + lower-casing + accent stripping on ASCII and unified CJK', () => {
    const bad: string[] = [];
    const ranges: Array<[number, number]> = [
      [0, 0x7f],
      [0x4e00, 0x9fff],
    ];
    for (const [a, b] of ranges) {
      for (let c = a; c <= b; c++) {
        const ch = String.fromCharCode(c);
        for (const lc of [true, false]) if (normalizeChar(ch, lc) !== _normalizeCharSlow(ch, lc)) bad.push(ch);
      }
    }
    expect(bad).toEqual([]);
  });
  it('still normalises everything else', () => {
    expect(normalizeChar('Ａ', true)).toBe('a');
    expect(normalizeChar('１', false)).toBe('1');
    expect(normalizeChar('é', true)).toBe('e');
    expect(normalizeChar('\uF900', false)).toBe('\u8C48');
  });
});
