import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { convertAligned, toSimplified } from '../../../src/extract/script/convert.js';
import { countScript, detectScript } from '../../../src/extract/script/detect.js';
import { regionOf } from '../../../src/extract/script/region.js';
import { decode } from '../../../src/ingest/decode.js';
import { createPipeline } from '../../../src/pipeline/pipeline.js';

const SAMPLE = readFileSync(new URL('../../../fixtures/articles/000_fc3af1410bc2c826.txt', import.meta.url), 'utf8');
const TAIPEI = readFileSync(new URL('../../../fixtures/hant/taipei-metro.txt', import.meta.url));
const HK = '香港特區政府今日宣佈，港鐵會喺沙田站加開班次，運輸及房屋局表示乘客量較去年同期增加兩成。';

describe('script detection', () => {
  it('Simplified, Traditional, mixed, and no script for text without Han characters', () => {
    expect(detectScript(SAMPLE)).toBe('Hans');
    expect(detectScript(TAIPEI.toString('utf8'))).toBe('Hant');
    expect(detectScript(HK)).toBe('Hant');
    const half = `${SAMPLE.slice(0, 400)}\n${HK.repeat(4)}${TAIPEI.toString('utf8')}`;
    const c = countScript(half);
    expect(c.traditional / (c.traditional + c.simplified)).toBeGreaterThan(0.2);
    expect(detectScript(half)).toBe('mixed');
    expect(detectScript('Hello, world. 2021')).toBeNull();
  });

  it('the region comes from the domain first, then from words one side writes', () => {
    expect(regionOf(HK, 'https://news.example.com.tw/a')).toBe('TW');
    expect(regionOf(HK, null)).toBe('HK');
    expect(regionOf(TAIPEI.toString('utf8'), null)).toBe('TW');
  });
});

describe('conversion with offsets', () => {
  it('maps every span of the Simplified text back onto the original characters, also where a phrase changes length', () => {
    const text = '𠀋字在前，臺北市政府與記憶體廠商今天簽約。';
    const conv = toSimplified(text, 'TW');
    expect(conv.text).toContain('台北市政府');
    expect(conv.text).toContain('内存');
    expect(conv.text.length).toBe(text.length - 1);
    const at = conv.text.indexOf('台北市政府');
    expect(text.slice(conv.back(at, false), conv.back(at + 5, true))).toBe('臺北市政府');
    const mem = conv.text.indexOf('内存');
    expect(text.slice(conv.back(mem, false), conv.back(mem + 2, true))).toBe('記憶體');
    // Inside a phrase that changed length, a span widens to the phrase.
    expect(text.slice(conv.back(mem + 1, false), conv.back(mem + 2, true))).toBe('記憶體');
    expect(conv.back(0, false)).toBe(0);
    expect(conv.back(conv.text.length, true)).toBe(text.length);
  });

  it('runs the Simplified-to-Traditional configurations the dev set is built with', () => {
    expect(convertAligned('国家统计局发布数据', 's2twp').text).toBe('國家統計局釋出資料');
    expect(convertAligned('国家统计局发布数据', 's2hk').text).toBe('國家統計局發佈數據');
  });
});

describe('a Traditional article end to end', async () => {
  const pipeline = await createPipeline({});
  const r = await pipeline.process({ bytes: TAIPEI, kind: 'text', uri: 'fixtures/hant/taipei-metro.txt' });

  it('is marked Hant and quotes its own characters at exact offsets', () => {
    expect(r.script).toBe('Hant');
    for (const e of [...r.entities, ...r.figures, ...r.dates]) expect(r.text.slice(e.start, e.end)).toBe(e.text);
    expect(r.text).toContain('臺北市政府');
  });

  it('finds the names the Simplified model knows, in Traditional characters', () => {
    const orgs = r.entities.filter((e) => e.type === 'ORG').map((e) => e.text);
    expect(orgs).toEqual(expect.arrayContaining(['臺北市政府', '國立臺灣大學']));
    expect(r.entities.filter((e) => e.type === 'PERSON').map((e) => e.text)).toContain('柯文哲');
  });

  it('reads New Taiwan dollars, Republic of China years and Traditional bylines', () => {
    const money = r.figures.find((f) => f.kind === 'MONEY')!;
    expect(money).toMatchObject({ text: '新臺幣3.5億元', value: 350_000_000, currency: 'TWD' });
    expect(r.dates.find((d) => d.text.startsWith('民國'))).toMatchObject({ text: '民國111年3月', value: '2022-03' });
    expect(r.figures.find((f) => f.text.startsWith('5.2億'))?.value).toBe(520_000_000);
    expect(r.authors).toEqual(['陳小華']);
    expect(r.editors).toEqual(['林美玲']);
    expect(r.publisher).toBe('中央社');
  });

  it('a Simplified article is unchanged by all this', async () => {
    const s = await pipeline.process({ bytes: Buffer.from(SAMPLE), kind: 'text', uri: null });
    expect(s.script).toBe('Hans');
    expect(s.entities.some((e) => e.text === '广州')).toBe(true);
  });
});

describe('Big5 and Big5-HKSCS', () => {
  it('a page declared big5 that uses HKSCS characters decodes them', () => {
    const html = '<html><head><meta charset="big5"></head><body><p>佢話今日啲天氣好熱㗎，冇人出街。</p></body></html>';
    const bytes = iconv.encode(html, 'big5hkscs');
    const d = decode(bytes, null);
    expect(d.text).toContain('佢話今日啲天氣好熱㗎');
    expect(d.text).not.toContain('\ufffd');
  });
});
