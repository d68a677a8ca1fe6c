import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelTagger, DEFAULT_MODEL_PATH, type ModelTagger } from '../../../src/extract/ner/model-tagger.js';
import { EntitySchema, ENTITY_TYPES, type Entity } from '../../../src/record/schema.js';

// Sentences written for these tests (not from any data set).
const NEWS = '新华社北京３月８日电 国务院总理李强今天在北京人民大会堂会见了法国总统马克龙。';
const COMPANY = '阿里巴巴集团董事局主席张勇表示，公司将在杭州投资50亿元建设新的研发中心。';

function expectExact(text: string, ents: readonly Entity[]): void {
  for (const e of ents) {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(EntitySchema.safeParse(e).success).toBe(true);
    expect(e.source).toBe('model');
    expect(e.score).toBeGreaterThanOrEqual(0);
    expect(e.score).toBeLessThanOrEqual(1);
  }
}

const has = (ents: readonly Entity[], type: string, text: string) => ents.some((e) => e.type === type && e.text === text);

// Both shipped models: the default, and the larger one selected by its bare name.
describe.each([
  { name: 'zh-news-ner', model: undefined, dir: DEFAULT_MODEL_PATH },
  { name: 'zh-news-ner-large', model: 'zh-news-ner-large', dir: join(DEFAULT_MODEL_PATH, '..', 'zh-news-ner-large') },
])('the shipped NER model $name', ({ name, model, dir }) => {
  let tagger: ModelTagger;
  beforeAll(async () => {
    tagger = await createModelTagger({ model });
  }, 60_000);

  it('loads from the package with lexical features and the BIO label set', () => {
    expect(tagger.name).toBe(name);
    expect(tagger.lexical).toBe(true);
    expect(tagger.maxTokens).toBeLessThanOrEqual(510);
    const cfg = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(Object.keys(cfg.id2label)).toHaveLength(21);
  });

  it('loads the model once per process', async () => {
    const again = await createModelTagger({ model });
    expect(again.maxTokens).toBe(tagger.maxTokens);
  });

  it('finds persons, places and organisations with exact offsets', async () => {
    const ents = await tagger.tag(NEWS, []);
    expectExact(NEWS, ents);
    expect(has(ents, 'PERSON', '李强')).toBe(true);
    expect(has(ents, 'PERSON', '马克龙')).toBe(true);
    expect(has(ents, 'LOC', '北京')).toBe(true);
    expect(has(ents, 'LOC', '法国')).toBe(true);
    expect(ents.some((e) => e.type === 'ORG' && e.text.includes('国务院'))).toBe(true);
  });

  it('finds a company, a person, a place and an amount of money', async () => {
    const ents = await tagger.tag(COMPANY, []);
    expectExact(COMPANY, ents);
    expect(ents.some((e) => e.type === 'ORG' && e.text.startsWith('阿里巴巴'))).toBe(true);
    expect(has(ents, 'PERSON', '张勇')).toBe(true);
    expect(has(ents, 'LOC', '杭州')).toBe(true);
    expect(has(ents, 'MONEY', '50亿元')).toBe(true);
  });

  it('finds dates and percentages', async () => {
    const text = '2023年10月15日，该市居民消费价格同比上涨2.5%。';
    const ents = await tagger.tag(text, []);
    expectExact(text, ents);
    expect(ents.some((e) => e.type === 'DATE' && e.text.startsWith('2023年'))).toBe(true);
    expect(has(ents, 'PERCENT', '2.5%')).toBe(true);
  });

  it('keeps exact offsets around spaces, Latin words, full-width digits and rare characters', async () => {
    const text =
      '  据 Reuters 报道，Apple CEO Tim Cook 于２０２４年３月访问上海，𠀋𪚥龘先生与　王小明 在浦东 签约 😀 金额１２３４万元。\n第二段：ＣＣＴＶ记者李华在 New York 采访。';
    const ents = await tagger.tag(text, []);
    expectExact(text, ents);
    expect(ents.some((e) => e.type === 'LOC' && e.text.includes('上海'))).toBe(true);
    for (const e of ents) expect(ENTITY_TYPES).toContain(e.type);
  });

  it('windows text longer than 512 tokens without losing any of it', async () => {
    const names = ['赵一鸣', '钱二伟', '孙三强', '李四海', '周五洋', '吴六峰', '郑七星', '王八达'];
    const parts: string[] = [];
    for (let i = 0; i < 48; i++) parts.push(`第${i + 1}位发言的是来自广州的代表${names[i % names.length]}，他介绍了当地经验。`);
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(1200);
    const ents = await tagger.tag(text, []);
    expectExact(text, ents);
    const last = text.lastIndexOf('广州');
    expect(ents.some((e) => e.type === 'LOC' && e.start === last)).toBe(true);
    const places = ents.filter((e) => e.type === 'LOC' && e.text === '广州').length;
    expect(places).toBeGreaterThanOrEqual(40);
  });

  it('windows a long run without sentence punctuation', async () => {
    const text = '上海'.concat('的发展很快'.repeat(150), '北京市长在天津');
    const ents = await tagger.tag(text, []);
    expectExact(text, ents);
    expect(ents.some((e) => e.type === 'LOC' && e.start >= text.length - 7)).toBe(true);
  });

  it('ends a name at the space before a photo credit', async () => {
    // The caption of the supplied article (fixtures/articles), and captions written for this test.
    const captions = [
      '琶洲人工智能与数字经济试验区高楼耸立。(央广网记者 官文清 摄)',
      '游客在新落成的滨江公园合影留念。（本报记者 陈思远 摄）',
      '图为工人在车间里组装设备。新华社记者 刘海峰 摄',
    ];
    for (const [i, text] of captions.entries()) {
      const ents = await tagger.tag(text, []);
      expectExact(text, ents);
      for (const e of ents) expect(e.text).not.toMatch(/\p{Script=Han}\s+\p{Script=Han}/u);
      expect(has(ents, 'PERSON', ['官文清', '陈思远', '刘海峰'][i]!)).toBe(true);
    }
  });

  it('tags many texts in one batch the same as one by one', async () => {
    const texts = [NEWS, COMPANY, '', '。', 'abc'];
    const many = await tagger.tagMany(texts);
    expect(many).toHaveLength(5);
    // Spans match; scores may differ in the last digits (activations are quantized per batch).
    const spans = (es: readonly Entity[]) => es.map((e) => [e.type, e.start, e.end]);
    expect(spans(many[0]!)).toEqual(spans(await tagger.tag(NEWS, [])));
    expect(many[2]).toEqual([]);
  });
});

describe('other models', () => {
  let dir: string;
  beforeAll(() => {
    // A stock-style BERT NER folder: Hub label names, no lexical-feature field.
    dir = mkdtempSync(join(tmpdir(), 'zhnews-stock-'));
    cpSync(DEFAULT_MODEL_PATH, dir, { recursive: true });
    const cfg = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    delete cfg.zhnews;
    const rename: Record<string, string> = { PERSON: 'PER', DATE: 'MISC', TIME: 'MISC' };
    cfg.id2label = Object.fromEntries(
      Object.entries(cfg.id2label as Record<string, string>).map(([k, v]) => {
        const m = /^([BI])-(.+)$/.exec(v);
        return [k, m ? `${m[1]}-${rename[m[2]!] ?? m[2]}` : v];
      }),
    );
    cfg.label2id = Object.fromEntries(Object.entries(cfg.id2label).map(([k, v]) => [v, Number(k)]));
    writeFileSync(join(dir, 'config.json'), JSON.stringify(cfg));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a model without lexical features, maps B-PER to PERSON and drops unknown types', async () => {
    const stock = await createModelTagger({ model: dir });
    expect(stock.lexical).toBe(false);
    expect(stock.name).toBe(dir);
    const text = '2023年10月15日，' + NEWS;
    const ents = await stock.tag(text, []);
    expectExact(text, ents);
    // DATE/TIME became MISC, which the record has no type for; PER is read as PERSON (the
    // shipped weights need their lexical features, so only the mapping is checked here).
    expect(ents.every((e) => e.type !== 'DATE' && e.type !== 'TIME')).toBe(true);
    for (const e of ents) expect(ENTITY_TYPES).toContain(e.type);
  });

  it('refuses a Hub id while remote models are off', async () => {
    await expect(createModelTagger({ model: 'some-org/some-ner-model' })).rejects.toThrow(/remote/);
  });

  it('says when a model folder is missing', async () => {
    await expect(createModelTagger({ model: './no/such/model/folder' })).rejects.toThrow(/not found/);
  });
});
