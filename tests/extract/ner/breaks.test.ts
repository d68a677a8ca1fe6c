import { describe, expect, it } from 'vitest';
import { entityBreaks } from '../../../src/extract/ner/breaks.js';
import { tokenize, type TokenizerSpec } from '../../../src/extract/ner/tokenize.js';

// A toy vocabulary: every character its own token; Latin words as single tokens.
const chars = [...'记者王芳摄据报道的张三在北京签约了', 'jack', 'ma', 'ceo'];
const spec: TokenizerSpec = {
  vocab: new Map([['[UNK]', 0], ...chars.map((c, i) => [c, i + 1] as [string, number])]),
  unkId: 0,
  lowercase: true,
  continuingPrefix: '##',
  maxInputCharsPerWord: 100,
};
const flags = (text: string) => {
  const toks = tokenize(text, spec);
  const b = entityBreaks(text, toks);
  return toks.map((t, k) => `${text.slice(t.start, t.end)}${b?.[k] ? '|' : ''}`).join(' ');
};

describe('entity breaks', () => {
  it('breaks at white space between two Han characters', () => {
    expect(flags('记者 王芳 摄')).toBe('记 者 王| 芳 摄|');
    expect(flags('记者\u3000王芳\n摄')).toBe('记 者 王| 芳 摄|');
  });
  it('does not break inside Latin names, next to Latin words or where there is no space', () => {
    expect(entityBreaks('据报道的张三在北京签约了', tokenize('据报道的张三在北京签约了', spec))).toBeNull();
    expect(flags('CEO Jack Ma 在北京')).toBe('CEO Jack Ma 在 北 京');
  });
});
