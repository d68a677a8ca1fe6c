import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.js';
import { findPublisher } from '../../../src/ingest/meta/bylines.js';
import { copyrightHolder, siteName, titleSuffix } from '../../../src/ingest/meta/site-name.js';

const BODY =
  '<p>市政府今日宣布，明年起將推出新一輪交通補貼計劃，涉及金額達新台幣18億元，預計惠及每日通勤的數十萬名市民，並會在下月公布細節。</p>' +
  '<p>交通局長表示，補貼將分三期發放，首期於明年1月起實施，其後每半年檢討一次，以確保資源用得其所，並會聽取議員及市民的意見。</p>';

const page = (head: string, header = '', footer = ''): string =>
  `<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8">${head}</head><body><article><h1>市府推出交通補貼計劃</h1>${header}<div class="content">${BODY}</div></article>${footer}</body></html>`;

const publisherOf = (html: string): string | null => ingest({ bytes: Buffer.from(html), kind: 'html', uri: 'test.html' }).meta.publisher;

describe('title suffix', () => {
  it('takes the part after a separator', () => {
    expect(titleSuffix('市府推出交通補貼計劃 - 寶島新聞網')).toBe('寶島新聞網');
    expect(titleSuffix('市府推出交通補貼計劃｜公視新聞網')).toBe('公視新聞網');
    expect(titleSuffix('投身外交(3)_读书频道_新浪网')).toBe('新浪网');
    expect(titleSuffix('行政院通過總預算 | 政治 | 中央社 CNA')).toBe('中央社');
  });
  it('an unspaced hyphen only before a short Han name', () => {
    expect(titleSuffix('现代汽车再次提速-搜狐汽车')).toBe('搜狐汽车');
    expect(titleSuffix('COVID-19 cases rise again')).toBeNull();
  });
  it('no suffix when the last part is the headline or wider than the rest', () => {
    expect(titleSuffix('市府推出交通補貼計劃')).toBeNull();
    expect(titleSuffix('Joel on Software - 给计算机系学生的建议')).toBeNull();
    expect(titleSuffix('寶島新聞網 - 市府推出交通補貼計劃', ['市府推出交通補貼計劃'])).toBeNull();
  });
});

describe('copyright holder', () => {
  it('reads the name next to the notice', () => {
    expect(copyrightHolder('香港電台 版權所有')).toBe('香港電台');
    expect(copyrightHolder('明報網站 © 版權所有 不得轉載')).toBe('明報網站');
    expect(copyrightHolder('中央通訊社 Central News Agency 版權所有')).toBe('中央通訊社');
    expect(copyrightHolder('自由時報 版權所有 不得轉載 © 2023 The Liberty Times')).toBe('自由時報');
    expect(copyrightHolder('Copyright © 2024 新华网 All rights reserved')).toBe('新华网');
    expect(copyrightHolder('版权所有 江苏扬子晚报有限公司')).toBe('江苏扬子晚报有限公司');
    expect(copyrightHolder('© 2024 The Riverside Gazette. All rights reserved.')).toBe('The Riverside Gazette');
  });
  it('nothing from a bare notice, a stock phrase or a software credit', () => {
    expect(copyrightHolder('版權所有 不得轉載')).toBeNull();
    expect(copyrightHolder('本網站內容 版權所有')).toBeNull();
    expect(copyrightHolder('Powered by Discuz! © 2001-2006 Comsenz Inc.')).toBeNull();
  });
});

describe('site name', () => {
  const none = { declared: null, title: null, headlines: [], twitter: null, copyright: [] };
  it('the holder is the outlet when the site name is its website', () => {
    expect(siteName({ ...none, title: '港鐵加價 - 香港電台網站', copyright: ['香港電台 版權所有'] })).toBe('香港電台');
    expect(siteName({ ...none, title: '訂房率僅六成 - 自由時報電子報', copyright: ['自由時報 版權所有'] })).toBe('自由時報');
  });
  it('otherwise the site name wins, and the holder serves without one', () => {
    expect(siteName({ ...none, title: '存款按月升 - 星島日報', copyright: ['星島新聞集團 版權所有'] })).toBe('星島日報');
    expect(siteName({ ...none, declared: '新華網', copyright: ['新華社 版權所有'] })).toBe('新華網');
    expect(siteName({ ...none, copyright: ['寶島新聞網 版權所有'] })).toBe('寶島新聞網');
    expect(siteName({ ...none, twitter: '@example_news' })).toBe('example_news');
  });
});

describe('publisher on a page', () => {
  it('og:site_name before the title suffix', () => {
    expect(publisherOf(page('<title>市府推出交通補貼計劃 - 新聞網</title><meta property="og:site_name" content="寶島日報">'))).toBe(
      '寶島日報',
    );
  });
  it('application-name when there is no og:site_name', () => {
    expect(publisherOf(page('<title>市府推出交通補貼計劃</title><meta name="application-name" content="寶島日報">'))).toBe('寶島日報');
  });
  it('the title suffix, shortened by the copyright line to the outlet', () => {
    expect(publisherOf(page('<title>市府推出交通補貼計劃 - 寶島日報網站</title>', '', '<footer><p>寶島日報 版權所有</p></footer>'))).toBe(
      '寶島日報',
    );
  });
  it('the copyright line alone', () => {
    expect(publisherOf(page('<title>市府推出交通補貼計劃</title>', '', '<footer><p>&copy; 2024 寶島日報 版權所有</p></footer>'))).toBe(
      '寶島日報',
    );
  });
  it('JSON-LD publisher.name', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"市府推出交通補貼計劃","publisher":{"@type":"Organization","name":"寶島日報"}}</script>';
    expect(publisherOf(page(`<title>市府推出交通補貼計劃 - 新聞網</title>${ld}`))).toBe('寶島日報');
  });
  it('an explicit 來源 line still wins', () => {
    expect(
      publisherOf(
        page(
          '<title>市府推出交通補貼計劃 - 寶島新聞網</title><meta property="og:site_name" content="寶島新聞網">',
          '<div class="info">2024年05月20日 18:20 ｜ 來源：中央社</div>',
          '<footer><p>寶島新聞網 版權所有</p></footer>',
        ),
      ),
    ).toBe('中央社');
  });
  it('a byline that opens with the paper', () => {
    expect(findPublisher(['聯合報 / 記者王大明／臺北報導'])).toBe('聯合報');
    expect(findPublisher(['王大明 / 記者'])).toBeNull();
    expect(
      publisherOf(
        page(
          '<title>市府推出交通補貼計劃 | 聯合新聞網</title>',
          '<section class="authors"><span>聯合報</span> / <span>記者王大明／臺北報導</span></section>',
        ),
      ),
    ).toBe('聯合報');
  });
});
