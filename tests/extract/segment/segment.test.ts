import { describe, expect, it } from 'vitest';
import { createJiebaSegmenter, tokensFromWords } from '../../../src/extract/segment/jieba.js';
import { createRuleTagger } from '../../../src/extract/ner/rule-tagger.js';
import { collectOrganizations } from '../../../src/extract/orgs/collect.js';

describe('jieba segmenter', () => {
  const seg = createJiebaSegmenter();

  it('tiles the text with exact offsets and POS tags, dropping white space', () => {
    const text = '北京大学 今天在 Beijing 举行１２３周年庆典。\n上海市政府也派人参加。';
    const tokens = seg.segment(text);
    expect(tokens.length).toBeGreaterThan(8);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.text.trim()).toBe(t.text);
      expect(t.pos).toMatch(/^[a-z]+$/);
    }
    const covered = tokens.map((t) => t.text).join('');
    expect(covered).toBe(text.replace(/\s+/g, ''));
    expect(tokens.some((t) => t.pos === 'ns')).toBe(true);
  });

  it('keeps offsets right past characters outside the BMP', () => {
    const text = '𠮷野家在深圳开店。';
    for (const t of seg.segment(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives no tokens for empty text', () => {
    expect(seg.segment('')).toEqual([]);
  });

  it('does not lose its place when a word is not where expected', () => {
    const tokens = tokensFromWords('甲乙丙', [
      { word: '甲', tag: 'n' },
      { word: '丁', tag: 'n' },
      { word: '乙丙', tag: 'n' },
    ]);
    expect(tokens.map((t) => [t.text, t.start])).toEqual([
      ['甲', 0],
      ['乙丙', 1],
    ]);
  });
});

describe('rule tagger', () => {
  it('tags persons, places and organisations from POS and merges split names', async () => {
    const seg = createJiebaSegmenter();
    const text = '江泽民在上海市会见了新华社记者。';
    const entities = await createRuleTagger().tag(text, seg.segment(text));
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(entities.find((e) => e.type === 'LOC')?.text).toBe('上海市');
    expect(entities.every((e) => e.source === 'rule')).toBe(true);
  });
});

describe('organizations', () => {
  it('merges repeated mentions in order of first mention', () => {
    const orgs = collectOrganizations([
      { type: 'ORG', text: '新华社', start: 0, end: 3, score: 1, source: 'model' },
      { type: 'LOC', text: '北京', start: 4, end: 6, score: 1, source: 'model' },
      { type: 'ORG', text: '国务院', start: 8, end: 11, score: 1, source: 'model' },
      { type: 'ORG', text: '新华社', start: 20, end: 23, score: 1, source: 'model' },
    ]);
    expect(orgs).toEqual([
      {
        name: '新华社',
        aliases: [],
        mentions: 2,
        spans: [
          [0, 3],
          [20, 23],
        ],
      },
      { name: '国务院', aliases: [], mentions: 1, spans: [[8, 11]] },
    ]);
  });
});
