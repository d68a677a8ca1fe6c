import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charFeatures, featuresFromTokens } from '../../../src/extract/ner/lexical.js';
import { createJiebaSegmenter } from '../../../src/extract/segment/jieba.js';

const seg = createJiebaSegmenter();
const SAMPLE = readFileSync(new URL('../../../fixtures/articles/000_fc3af1410bc2c826.txt', import.meta.url), 'utf8');

describe('lexical features from the segment stage tokens', () => {
  it('equal the features of a second jieba pass at every non-space character', () => {
    const texts = [
      SAMPLE,
      '记者从国家统计局获悉，浙江省今年前三季度地区生产总值同比增长6.5%，张建国表示增速好于预期。',
      '（新华社北京3月5日电）“十四五”规划纲要提出，到2025年研发经费投入增长7%以上。',
      'Apple公司CEO蒂姆·库克今天访问了上海，与iPhone 15的供应商座谈。',
    ];
    for (const text of texts) {
      const fromTokens = featuresFromTokens(text, seg.segment(text));
      expect(fromTokens).not.toBeNull();
      const direct = charFeatures(text);
      const diffs = [...text].flatMap((ch, i) => (/\s/.test(ch) || direct[i] === fromTokens![i] ? [] : [i]));
      expect(diffs).toEqual([]);
    }
  });
  it('defer to the normalised second pass where full-width letters or digits change the words', () => {
    const text = '１９９８年，ＩＢＭ公司在北京设立研究中心，投资增长１５％。';
    expect(featuresFromTokens(text, seg.segment(text))).toBeNull();
    expect(featuresFromTokens('全角逗号，括号（）不影响分词。', seg.segment('全角逗号，括号（）不影响分词。'))).not.toBeNull();
  });
});
