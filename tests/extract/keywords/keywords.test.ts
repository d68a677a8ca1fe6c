import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractKeywords, loadIdf, parseIdf } from '../../../src/extract/keywords/index.js';
import { createJiebaSegmenter } from '../../../src/extract/segment/jieba.js';

const seg = createJiebaSegmenter();
const SAMPLE = readFileSync(new URL('../../../fixtures/articles/000_fc3af1410bc2c826.txt', import.meta.url), 'utf8');

describe('keywords', () => {
  // Both lists were written from reading the article, before looking at any output.
  const ABOUT = [
    '广深',
    '广州',
    '深圳',
    '科技创新',
    '双城联动',
    '双城',
    '大湾区',
    '粤港澳大湾区',
    '科学城',
    '光明科学城',
    '南沙',
    '实验室',
    '合作',
    '创新',
    '人才',
    '科技',
  ];
  const NOT_ABOUT = ['记者', '来源', '消息', '央广网', '人工智能朗读', '编辑', '一个', '我们', '正在', '已经', '可以', '进行', '表示'];

  it('the supplied article: its top 10 are about it, none a function word or boilerplate', () => {
    const top = extractKeywords(seg.segment(SAMPLE), loadIdf()).map((k) => k.text);
    expect(top).toHaveLength(10);
    expect(top.filter((k) => ABOUT.includes(k)).length).toBeGreaterThanOrEqual(7);
    for (const k of top) expect(NOT_ABOUT, k).not.toContain(k);
  });

  it('weights come highest first, and a rare word outweighs a common one seen as often', () => {
    const text = '青川港务局今天开会。青川港务局和市场都在讨论市场。';
    const kws = extractKeywords(seg.segment(text), parseIdf('港务局 12\n市场 2\n'));
    expect(kws.map((k) => k.weight)).toEqual([...kws.map((k) => k.weight)].sort((a, b) => b - a));
    expect(kws.findIndex((k) => k.text.includes('港务局'))).toBeLessThan(kws.findIndex((k) => k.text === '市场'));
  });

  it('a compound written twice is one term', () => {
    const text = '科技创新是关键。推动科技创新，也要重视人才。';
    expect(extractKeywords(seg.segment(text), loadIdf()).map((k) => k.text)).toContain('科技创新');
  });

  it('no content words, no keywords', () => {
    expect(extractKeywords(seg.segment('，。！'), loadIdf())).toEqual([]);
  });
});
