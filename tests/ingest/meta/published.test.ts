import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.js';
import { scanDates } from '../../../src/ingest/meta/date-scan.js';
import { dateFromUrl, parseDate } from '../../../src/ingest/meta/dates.js';
import { findPublished } from '../../../src/ingest/meta/published.js';
import { input } from '../../helpers/ingest.js';

const BODY = [
  '记者从市交通局获悉，今年一季度全市新开通公交线路十二条，日均客运量比去年同期增长百分之八。',
  '据介绍，新线路主要覆盖城郊新建居民区和产业园区，高峰时段发车间隔缩短到五分钟以内。',
  '市交通局有关负责人表示，下一步将结合市民出行需求，继续优化线路布局，提升公交出行的便利程度。',
  '此外，全市还将新建公交候车亭两百余座，并在主要站点增设实时到站信息屏，方便市民查询。',
];

const paragraphs = (lines: readonly string[] = BODY): string => lines.map((p) => `<p>${p}</p>`).join('');

function page(opts: {
  head?: string;
  top?: string;
  afterTitle?: string;
  body?: string;
  after?: string;
  title?: string;
  /** false: no heading on the page, only the <title>. */
  h1?: boolean;
}): string {
  const title = opts.title ?? '全市新开通公交线路十二条';
  return [
    `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${title}</title>${opts.head ?? ''}</head><body>`,
    `<div class="top">${opts.top ?? ''}</div>`,
    `<div class="main">${opts.h1 === false ? '' : `<h1>${title}</h1>`}${opts.afterTitle ?? ''}`,
    `<div class="article">${opts.body ?? paragraphs()}</div>${opts.after ?? ''}</div>`,
    '<div class="footer"><p>Copyright © 2004-2021 江城新闻网 版权所有</p></div></body></html>',
  ].join('');
}

const published = (html: string, url?: string): string | null => ingest(input(html, 'html', url ? { url } : {})).meta.publishedAt;

describe('publication time written without zero padding', () => {
  it('keeps an unpadded hour after a padded date (a <meta> "2021-03-05 9:07")', () => {
    const html = page({ head: '<meta name="pubdate" content="2021-03-05 9:07">' });
    expect(published(html)).toBe('2021-03-05T09:07:00+08:00');
  });

  it('reads 下午 and PM as afternoon hours in a blog footer ("发表于 2021-3-5 下午9:07")', () => {
    const html = page({ after: '<div class="postfoot">发表于 2021-3-5 下午9:07 | 阅读(35) | 评论(2)</div>' });
    expect(published(html)).toBe('2021-03-05T21:07:00+08:00');
    expect(parseDate('2021-03-05 9:07 PM', '+08:00')?.iso).toBe('2021-03-05T21:07:00+08:00');
  });

  it('finds every unpadded form in a line', () => {
    const keys = (s: string): (string | undefined)[] => scanDates(s, '+08:00').map((m) => m.date?.iso);
    expect(keys('posted @ 2021-3-5 9:07 小明')).toEqual(['2021-03-05T09:07:00+08:00']);
    expect(keys('2021年3月5日 星期五 上午9点7分')).toEqual(['2021-03-05T09:07:00+08:00']);
    expect(keys('2021.3.5 9:07')).toEqual(['2021-03-05T09:07:00+08:00']);
    expect(keys('2021/3/5')).toEqual(['2021-03-05T00:00:00+08:00']);
    expect(keys('版本 1.2021.3.5')).toEqual([]);
  });
});

describe('a date given to the month only', () => {
  it('is not made into a day: publishedAt stays null rather than taking a date from a list after the text', () => {
    const html = page({
      afterTitle: '<p>发布日期：2003年5月</p>',
      after: '<div class="more"><p>市区新增停车泊位三千个 2005-07-13 09:00</p></div>',
    });
    expect(published(html)).toBeNull();
  });

  it('is reported as the month by the ranking, and a day in the same month is taken when there is one', () => {
    const blocks = ['全市新开通公交线路十二条', '——《城市交通》2003年5月号', ...BODY].map((text) => ({
      text,
      chars: text.length,
      linkChars: 0,
    }));
    const base = { declared: [], blocks, titleAt: 0, kept: [2, 3, 4, 5], url: null, zone: '+08:00' };
    expect(findPublished(base)).toMatchObject({ iso: null, month: '2003-05' });
    expect(findPublished({ ...base, url: 'https://news.example.cn/2003/05/20/a.html' }).iso).toBe('2003-05-20T00:00:00+08:00');
  });
});

describe('a wire story whose date sits away from the title', () => {
  it('takes the date after the text, agreeing with the dateline, over a short line near the title that mentions another date', () => {
    const html = page({
      afterTitle: '<p>相关报道：2021年3月1日国务院常务会议</p>',
      body: paragraphs([`新华社北京3月5日电 ${BODY[0]}`, ...BODY.slice(1)]),
      after: '<p>2021年03月05日 09:07</p><p>责任编辑：王小明</p>',
    });
    expect(published(html)).toBe('2021-03-05T09:07:00+08:00');
  });

  it('dates a wire story by its dateline, the year from the page, rather than by a later modification time', () => {
    const html = page({
      head: '<meta property="article:modified_time" content="2021-03-09T10:00:00+08:00">',
      body: paragraphs([`新华社北京3月5日电 ${BODY[0]}`, ...BODY.slice(1)]),
    });
    expect(published(html)).toBe('2021-03-05T00:00:00+08:00');
  });
});

describe('an unrelated date near the top', () => {
  it('loses to the labelled date under the title when it is a <time> in the site header', () => {
    const html = page({
      top: '<span class="today"><time datetime="2021-03-08">2021年3月8日 星期一</time></span>',
      afterTitle: '<p>发布时间：2021-03-05 09:07 来源：江城日报</p>',
    });
    expect(published(html)).toBe('2021-03-05T09:07:00+08:00');
  });

  it("loses to a date after the text when the page has no heading and the top date is the site's clock", () => {
    const html = page({
      title: '江城新闻网',
      h1: false,
      body: paragraphs([...BODY, ...BODY.map((p) => p.replace('市', '区'))]),
      top: '<p>今天是 2021年3月8日 星期一</p><p>天气：晴 12℃</p>',
      after: '<p class="info">作者：李明 发布时间：2021-3-5 9:07</p>',
    });
    expect(published(html)).toBe('2021-03-05T09:07:00+08:00');
  });

  it('loses to <meta> and JSON-LD, which agree with each other', () => {
    const html = page({
      head: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-05T09:07:00+08:00"}</script>',
      afterTitle: '<p>2021-03-08</p>',
    });
    expect(published(html)).toBe('2021-03-05T09:07:00+08:00');
  });

  it('does not take a date from a list of other articles', () => {
    const list = ['市区新增停车泊位三千个 2021-03-01', '地铁五号线全线贯通 2021-02-27', '城郊公交票价调整 2021-02-25']
      .map((t) => `<li><a href="/a">${t}</a></li>`)
      .join('');
    expect(published(page({ after: `<ul class="more">${list}</ul>` }))).toBeNull();
  });
});

describe('dates in URLs', () => {
  it('reads the common URL forms', () => {
    const at = (u: string): string | undefined => dateFromUrl(u, '+08:00')?.iso.slice(0, 10);
    expect(at('http://www.example.gov.cn/zwgk/t20210305_123.html')).toBe('2021-03-05');
    expect(at('http://example.cn/n1/2021/0305/c1001-1.html')).toBe('2021-03-05');
    expect(at('http://example.cn/2021-03/05/c_1.htm')).toBe('2021-03-05');
    expect(at('http://example.cn/art_20210305_1.html')).toBe('2021-03-05');
    expect(at('http://example.cn/a/1234567.html?d=20210305')).toBeUndefined();
  });
});
