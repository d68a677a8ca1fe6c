import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { NerTagger } from '../../src/extract/ner/tagger.js';
import { nerStage } from '../../src/pipeline/stages.js';
import { emptyMeta, type Doc } from '../../src/doc.js';

// Articles written for the tests.
const ENGLISH =
  'Vice President Todd Lane of Northwind Motors showed the new wagon at the Riverside Design ' +
  'Center on Tuesday. The company plans to sell 12,000 of them in 2026, he said, for about $45,000 each.';
const CHINESE = '北辰集团董事长王小明3月5日在杭州宣布，公司将投资12亿元建设新工厂。';

describe('NER and the article language', () => {
  it('the shipped Chinese model tags a Chinese article but gives an English one no names', async () => {
    const pipeline = await createPipeline({});
    const zh = await pipeline.process({ bytes: Buffer.from(CHINESE), kind: 'text', uri: 'zh' });
    expect(zh.language).toBe('zh');
    expect(zh.entities.filter((e) => e.source === 'model').map((e) => e.type)).toEqual(expect.arrayContaining(['ORG', 'PERSON', 'LOC']));
    const en = await pipeline.process({ bytes: Buffer.from(ENGLISH), kind: 'text', uri: 'en' });
    expect(en.language).toBe('en');
    expect(en.entities.filter((e) => ['ORG', 'PERSON', 'LOC'].includes(e.type))).toEqual([]);
    expect(en.organizations).toEqual([]);
  });

  it('runs a tagger that names no languages on any article', async () => {
    const seen: string[] = [];
    const anyLanguage: NerTagger = {
      name: 'any',
      tag: async (text) => {
        seen.push(text);
        return [];
      },
    };
    const chineseOnly: NerTagger = { ...anyLanguage, name: 'zh-only', languages: ['zh'] };
    const doc: Doc = {
      input: { bytes: new Uint8Array(), kind: 'text', uri: null },
      sha256: '',
      encoding: 'utf-8',
      text: ENGLISH,
      meta: { ...emptyMeta(), language: 'en' },
      tokens: [],
      entities: [],
      figures: [],
      dates: [],
      timings: { ingest: 0, segment: 0, ner: 0, normalize: 0 },
    } as Doc;
    await nerStage(doc, chineseOnly);
    expect(seen).toEqual([]);
    await nerStage(doc, anyLanguage);
    expect(seen).toEqual([ENGLISH]);
  });
});
