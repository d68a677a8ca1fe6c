import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { input } from '../helpers/ingest.js';

const OVERRIDE = '2022-03-03T00:00:00+08:00';

const PARAGRAPHS = [
  '记者从市城管局获悉，截至当天下午，城区十二处积水点已全部清除，交通恢复正常。',
  '据介绍，此次降雨从1日夜间开始，最大小时雨量达到六十毫米，多条道路一度积水。',
  '市城管局相关负责人表示，将继续加强排水设施巡查，确保汛期安全。',
];

function plainText(header: string[]): string {
  return ['城区积水点全部清除', ...header, `本报台州3月2日讯 ${PARAGRAPHS[0]}`, ...PARAGRAPHS.slice(1)].join('\n');
}

function page(publishedTime: string): string {
  return [
    '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>城区积水点全部清除</title>',
    `<meta property="article:published_time" content="${publishedTime}"></head>`,
    '<body><div class="nav"><a href="/">首页</a></div><article><h1>城区积水点全部清除</h1>',
    `<p>新华社北京3月2日电 ${PARAGRAPHS[0]}</p>`,
    ...PARAGRAPHS.slice(1).map((p) => `<p>${p}</p>`),
    '</article></body></html>',
  ].join('');
}

describe('a publication date supplied with the input', () => {
  it('dates the dateline of a plain-text article that gives no date of its own', () => {
    const r = ingest(input(plainText([]), 'text', { publishedAt: OVERRIDE }));
    expect(r.meta.publishedAt).toBe(OVERRIDE);
    expect(r.meta.dateline).toEqual({ place: '台州', date: '2022-03-02' });
  });

  it("replaces a plain-text article's own date before the dateline's year is taken from it", () => {
    const header = ['2021-10-15 15:27 来源：江城晚报'];
    expect(ingest(input(plainText(header), 'text')).meta.dateline).toEqual({ place: '台州', date: '2021-03-02' });
    const r = ingest(input(plainText(header), 'text', { publishedAt: OVERRIDE }));
    expect(r.meta.publishedAt).toBe(OVERRIDE);
    expect(r.meta.dateline).toEqual({ place: '台州', date: '2022-03-02' });
  });

  it("replaces an HTML page's declared date before the dateline's year is taken from it", () => {
    const html = page('2021-10-15T15:27:00+08:00');
    expect(ingest(input(html, 'html')).meta.dateline).toEqual({ place: '北京', date: '2021-03-02' });
    const r = ingest(input(html, 'html', { publishedAt: OVERRIDE }));
    expect(r.meta.publishedAt).toBe(OVERRIDE);
    expect(r.meta.dateline).toEqual({ place: '北京', date: '2022-03-02' });
  });

  it('is the publication date of a JSONL body too', () => {
    const r = ingest(input(PARAGRAPHS.join('\n'), 'body', { publishedAt: OVERRIDE }));
    expect(r.meta.publishedAt).toBe(OVERRIDE);
    expect(r.meta.dateline).toBeNull();
  });
});
