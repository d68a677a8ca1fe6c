/**
 * The organisation rules of #21's session-14 round: names jieba splits into pieces it reads as
 * words of the sentence, and words of the sentence the model reads as names. Sentences written for
 * these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from '../../helpers/org-refiner.js';

describe('a list member jieba splits', () => {
  it('keeps a one-character verb inside a foreign name (英国 + 塞/v + 文安/nz + 特伦特水务)', () => {
    const text = '在全球水务市场，法国威立雅水务、英国塞文安特伦特水务和美国加州水务等都在扩张。';
    expect(orgs(text, [])).toContain('英国塞文安特伦特水务');
  });
});
