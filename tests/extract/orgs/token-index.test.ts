/**
 * The token index answers what the linear scans it replaced answered, on any segmentation
 * (fast-check draws token lengths and gaps, as jieba's cut leaves between tokens).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenIndex } from '../../../src/extract/orgs/token-index.js';
import type { Token } from '../../../src/record/schema.js';

const segmentation = fc.array(fc.record({ gap: fc.nat(2), len: fc.integer({ min: 1, max: 5 }) }), { maxLength: 40 }).map((parts) => {
  const tokens: Token[] = [];
  let at = 0;
  for (const p of parts) {
    at += p.gap;
    tokens.push({ text: 'x'.repeat(p.len), start: at, end: at + p.len, pos: 'n' });
    at += p.len;
  }
  return { tokens, length: at + 3 };
});

describe('TokenIndex', () => {
  it('within, endingAt, reaching and firstFrom agree with scans over the tokens', () => {
    fc.assert(
      fc.property(segmentation, fc.nat(), fc.nat(), ({ tokens, length }, a, b) => {
        const index = new TokenIndex(tokens);
        const [s, e] = [a % length, b % length].sort((x, y) => x - y) as [number, number];
        expect(index.within(s, e)).toEqual(tokens.filter((t) => t.start >= s && t.end <= e));
        expect(index.endingAt(e, s)).toBe(tokens.findIndex((t) => t.end === e && t.start >= s));
        expect(index.reaching(s)).toBe(tokens.findIndex((t) => t.start < s && t.end >= s));
        const first = tokens.findIndex((t) => t.start >= s);
        expect(index.firstFrom(s)).toBe(first < 0 ? tokens.length : first);
      }),
      { numRuns: 500 },
    );
  });
});
