import { describe, expect, it } from 'vitest';
import { specFromVocabList, tokenize } from '../../../src/extract/ner/tokenize.js';
import { windowTokens } from '../../../src/extract/ner/windowing.js';
import { charFeatures, LEXICAL_FEATURES } from '../../../src/extract/ner/lexical.js';
import { encodeExample, tokenLabels } from '../../../tools/training/encode.js';
import { parseArgs } from '../../../tools/training/prepare.js';
import { BIO_LABELS } from '../../../src/extract/ner/labels.js';

// A tiny vocabulary written for the tests.
const vocab = [
  '[PAD]',
  '[UNK]',
  '[CLS]',
  '[SEP]',
  '[MASK]',
  '王',
  '在',
  '北',
  '京',
  ',',
  '。',
  'ceo',
  'to',
  '##m',
  '2',
  '##0',
  '##2',
  '##4',
  '年',
  '%',
  '1',
  '##2',
];
const spec = specFromVocabList(vocab, true);

describe('tokenize', () => {
  it('gives exact offsets across spaces, Latin words, full-width digits and unknown characters', () => {
    const text = '王在 北京，CEO Tom说２０２４年涨12%。';
    const toks = tokenize(text, spec);
    const pieces = toks.map((t) => [vocab[t.id], text.slice(t.start, t.end)]);
    expect(pieces).toEqual([
      ['王', '王'],
      ['在', '在'],
      ['北', '北'],
      ['京', '京'],
      [',', '，'],
      ['ceo', 'CEO'],
      ['to', 'To'],
      ['##m', 'm'],
      ['[UNK]', '说'],
      ['2', '２'],
      ['##0', '０'],
      ['##2', '２'],
      ['##4', '４'],
      ['年', '年'],
      ['[UNK]', '涨'],
      ['1', '1'],
      ['##2', '2'],
      ['%', '%'],
      ['。', '。'],
    ]);
  });
  it('makes one [UNK] of a word it cannot split', () => {
    const toks = tokenize('xyz北', spec);
    expect(toks.map((t) => [t.id, t.start, t.end])).toEqual([
      [1, 0, 3],
      [7, 3, 4],
    ]);
  });
  it('handles characters outside the BMP', () => {
    const text = '王𠀋京';
    const toks = tokenize(text, spec);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['王', '𠀋', '京']);
  });
});

describe('windowTokens', () => {
  it('cuts at sentence ends, keeps every token, and respects the limit', () => {
    const text = '王在北京。王在北京，王在北京，王在北京。北京';
    const toks = tokenize(text, spec);
    const wins = windowTokens(text, toks, 6);
    expect(wins.every((w) => w.to - w.from <= 6)).toBe(true);
    expect(wins[0]).toEqual({ from: 0, to: 5 });
    const covered = wins.flatMap((w) => toks.slice(w.from, w.to));
    expect(covered).toEqual(toks);
    expect(wins.map((w) => text.slice(toks[w.from]!.start, toks[w.to - 1]!.end))).toEqual([
      '王在北京。',
      '王在北京，',
      '王在北京，',
      '王在北京。',
      '北京',
    ]);
  });
});

describe('lexical features', () => {
  it('gives every character a feature id within the type vocabulary', () => {
    const f = charFeatures('国家主席在北京发表讲话。');
    expect(f.length).toBe(12);
    for (const v of f) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(LEXICAL_FEATURES.typeVocabSize);
    }
    // 北京 is one word: B then E of the same POS group
    expect((f[5]! - 1) % 4).toBe(0);
    expect((f[6]! - 1) % 4).toBe(2);
    expect(Math.floor((f[5]! - 1) / 4)).toBe(Math.floor((f[6]! - 1) / 4));
  });
});

describe('encodeExample', () => {
  it('labels tokens, adds [CLS]/[SEP] and splits long examples into windows', () => {
    const text = '王在北京。北京，王在。';
    const { out, dropped } = encodeExample(
      {
        src: 't',
        text,
        spans: [
          { start: 2, end: 4, type: 'LOC' },
          { start: 5, end: 7, type: 'LOC' },
          { start: 8, end: 9, type: 'PERSON' },
        ],
        annotated: ['LOC', 'PERSON'],
      },
      { spec, clsId: 2, sepId: 3, maxTokens: 10, lexical: true },
    );
    expect(dropped).toBe(0);
    expect(out.map((r) => r.text)).toEqual(['王在北京。', '北京，王在。']);
    const r = out[0]!;
    expect(r.ids[0]).toBe(2);
    expect(r.ids.at(-1)).toBe(3);
    expect(r.labels.map((l) => (l < 0 ? '-' : BIO_LABELS[l]))).toEqual(['-', 'O', 'O', 'B-LOC', 'I-LOC', 'O', '-']);
    expect(out[1]!.ents).toEqual([
      [0, 2, 'LOC'],
      [3, 4, 'PERSON'],
    ]);
    expect(r.types.length).toBe(r.ids.length);
  });
  it('marks a token B- when an entity starts inside it', () => {
    const text = 'tom';
    const toks = tokenize(text, spec);
    // 'to' + '##m': the entity 'om' starts inside 'to'
    expect(tokenLabels(text, toks, [{ start: 1, end: 3, type: 'PERSON' }]).map((l) => BIO_LABELS[l])).toEqual(['B-PERSON', 'I-PERSON']);
  });
});

describe('prepare arguments', () => {
  it('reads the data folder and --out', () => {
    expect(parseArgs([])).toEqual({ dataDir: '../shared/data', out: 'training/data', maxTokens: 254 });
    expect(parseArgs(['/d', '--out', 'x', '--max-tokens', '100'])).toEqual({ dataDir: '/d', out: 'x', maxTokens: 100 });
  });
});
