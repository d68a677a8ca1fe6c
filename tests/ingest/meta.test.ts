import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDate, dateFromUrl } from '../../src/ingest/meta/dates.js';
import { findDateline } from '../../src/ingest/meta/dateline.js';
import { findAuthors, findEditors, findPublisher } from '../../src/ingest/meta/bylines.js';
import { chooseTitle, mainPart } from '../../src/ingest/meta/title.js';
import { detectLanguage } from '../../src/ingest/meta/language.js';
import { fixture, input } from '../helpers/ingest.js';

describe('metadata from HTML', () => {
  it('reads a portal page: title without site suffix, visible date with +08:00, source, reporter, editor', () => {
    const { meta } = ingest(input(fixture('portal-gb2312.html'), 'html'));
    expect(meta.title).toBe('江南市地铁三号线开通运营 日均客流预计超过二十万人次');
    expect(meta.publishedAt).toBe('2023-04-18T09:35:00+08:00');
    expect(meta.publisher).toBe('江南日报');
    expect(meta.authors).toEqual(['李明远']);
    expect(meta.editors).toEqual(['陈晓燕']);
    expect(meta.language).toBe('zh');
  });

  it('prefers JSON-LD and <meta> over dates in scripts and other URLs', () => {
    const { meta } = ingest(input(fixture('news-modern-utf8.html'), 'html'));
    expect(meta.title).toBe('新能源汽车出口量同比增长');
    expect(meta.publishedAt).toBe('2023-07-12T10:05:00+08:00');
    expect(meta.authors).toEqual(['王小明']);
    expect(meta.editors).toEqual(['赵丽']);
    expect(meta.publisher).toBe('东方快讯网');
    expect(meta.canonicalUrl).toBe('https://news.example.cn/2023/07/12/ev-exports.html');
    expect(meta.dateline).toEqual({ place: '北京', date: '2023-07-11' });
  });

  it('never takes a date from a script or the footer copyright', () => {
    const html =
      '<html><head><title>无日期新闻</title><script>var d = "2019-01-01 08:00";</script></head><body><div><p>这是一篇没有发布日期的新闻正文，内容完整。</p><p>第二段正文。</p></div><div class="footer">Copyright © 2005-2023 某某网 版权所有</div></body></html>';
    expect(ingest(input(html, 'html')).meta.publishedAt).toBeNull();
  });

  it('keeps a declared zone and reads English pages', () => {
    const { meta } = ingest(input(fixture('news-english.html'), 'html'));
    expect(meta.publishedAt).toBe('2022-05-03T14:30:00-04:00');
    expect(meta.authors).toEqual(['Jane Miller']);
    expect(meta.title).toBe('City Council Approves New Bike Lanes');
  });

  it('reads Big5 pages with traditional labels', () => {
    const { meta } = ingest(input(fixture('news-big5.html'), 'html'));
    expect(meta.title).toBe('臺北市舉辦國際書展 參觀人數創新高');
    expect(meta.publishedAt).toBe('2022-02-14T10:20:00+08:00');
    expect(meta.publisher).toBe('寶島新聞網');
  });
});

describe('metadata helpers', () => {
  it('parses dates into ISO with an offset', () => {
    expect(parseDate('2021-10-15 15:27', '+08:00')?.iso).toBe('2021-10-15T15:27:00+08:00');
    expect(parseDate('2021年10月15日 15:27', '+08:00')?.iso).toBe('2021-10-15T15:27:00+08:00');
    expect(parseDate('2021年10月15日', '+08:00')?.iso).toBe('2021-10-15T00:00:00+08:00');
    expect(parseDate('2021-10-15T07:27:00Z', '+08:00')?.iso).toBe('2021-10-15T07:27:00+00:00');
    expect(parseDate('2021-10-15T15:27:00+0800', '+00:00')?.iso).toBe('2021-10-15T15:27:00+08:00');
    expect(parseDate('Oct. 15, 2021 3:27 pm', '+00:00')?.iso).toBe('2021-10-15T15:27:00+00:00');
    expect(parseDate('9/17/2004 5:54:13 AM', '+08:00')?.iso).toBe('2004-09-17T05:54:13+08:00');
    expect(parseDate('2021-02-30', '+08:00')).toBeNull();
    expect(parseDate('no date here', '+08:00')).toBeNull();
    expect(dateFromUrl('https://x.cn/2021/10/15/a.html', '+08:00')?.iso).toBe('2021-10-15T00:00:00+08:00');
  });

  it('reads datelines, taking the year from the publication date', () => {
    expect(findDateline('央广网广州10月11日消息(记者 夏燕)一个是科教重地', '2021-10-15T15:27:00+08:00')).toEqual({
      place: '广州',
      date: '2021-10-11',
    });
    expect(findDateline('新华社北京12月30日电 记者从有关部门获悉', '2022-01-02T08:00:00+08:00')).toEqual({
      place: '北京',
      date: '2021-12-30',
    });
    expect(findDateline('本报台州3月2日讯 今天', null)).toEqual({ place: '台州', date: null });
    expect(findDateline('一个是科教重地，一个是科创高地。', '2021-10-15T15:27:00+08:00')).toBeNull();
    // The normalise stage's rule: a month up to six ahead of publication is this year's, not last year's.
    expect(findDateline('新华社北京3月2日电 记者', '2022-01-02T08:00:00+08:00')).toEqual({ place: '北京', date: '2022-03-02' });
    expect(findDateline('新华社北京2月30日电 记者', '2022-03-02T08:00:00+08:00')).toEqual({ place: '北京', date: null });
  });

  it('reads bylines only in byline position', () => {
    expect(findAuthors(['央广网广州10月11日消息(记者 夏燕)一个是科教重地'])).toEqual(['夏燕']);
    expect(findAuthors(['本报记者张三报道'])).toEqual(['张三']);
    expect(findAuthors(['作者：宋怡 杨志华'])).toEqual(['宋怡', '杨志华']);
    expect(findAuthors(['文/赵延东、风笑天'])).toEqual(['赵延东', '风笑天']);
    expect(findAuthors(['央广网记者从广州市科技局获悉，目前，协议初步拟定。'])).toEqual([]);
    expect(findAuthors(['记者了解到，项目已经开工。'])).toEqual([]);
    // 曾 is a surname too; only 曾经, 曾在... are the adverb
    expect(findAuthors(['〔记者曾雅文／花莲报导〕'])).toEqual(['曾雅文']);
    expect(findAuthors(['记者曾经去过那里。'])).toEqual([]);
    expect(findAuthors(['琶洲试验区高楼耸立。(央广网记者 官文清 摄)'])).toEqual([]);
    expect(findAuthors(['By Jane Miller and John Roe'])).toEqual(['Jane Miller', 'John Roe']);
    expect(findAuthors(['ggjjzhzz 发表于 2005-9-15 11:46:00'])).toEqual(['ggjjzhzz']);
    expect(findAuthors(['2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]'])).toEqual(['黄宇']);
    expect(findAuthors(['2004年7月16日08:19 来源：[ 国际金融报 ]'])).toEqual([]);
    expect(findEditors(['[编辑:马静欣]'])).toEqual(['马静欣']);
  });

  it('reads closing credits: names before a place and 报道, or surnamed names alone in brackets', () => {
    expect(findAuthors(['所有的改革难道不都是利益再分配的过程吗？”（林晓峰 上海报道）'])).toEqual(['林晓峰']);
    expect(findAuthors(['新站于明年投用。(张三 李四 北京报道)'])).toEqual(['张三', '李四']);
    expect(findAuthors(['过一个平安、祥和的新春佳节。（常书香 马丹阳）'])).toEqual(['常书香', '马丹阳']);
    // a label wins over a credit; brackets that are not names, or a lone name-like word, are not credits
    expect(findAuthors(['（记者 夏燕）', '（林晓峰 上海报道）'])).toEqual(['夏燕']);
    expect(findAuthors(['图为新站全景。（图片来源 网络）'])).toEqual([]);
    expect(findAuthors(['据报道。（新华社）'])).toEqual([]);
    expect(findAuthors(['（常书香 马丹阳）之后还有正文。'])).toEqual([]);
    expect(findEditors(['（责任编辑：陈晓燕）'])).toEqual(['陈晓燕']);
    expect(findPublisher(['来源: 央广网'])).toBe('央广网');
    expect(findPublisher(['作者： size="20" 来源： size="20"'])).toBeNull();
  });

  it('chooses the headline over the site-suffixed <title>', () => {
    const base = { metaTitle: null, dates: [], authors: [], editors: [], publisher: null, siteName: null, canonical: null, lang: null };
    expect(mainPart('标题在这里_社会新闻_某某网')).toBe('标题在这里');
    expect(chooseTitle({ ...base, docTitle: '标题在这里_社会新闻_某某网', h1: ['某某网', '标题在这里'] })).toBe('标题在这里');
    expect(chooseTitle({ ...base, docTitle: 'Headline Here | The Site', h1: [], metaTitle: 'Headline Here' })).toBe('Headline Here');
  });

  it('detects the language from the text', () => {
    expect(detectLanguage('这是中文新闻。', 'en')).toBe('zh');
    expect(detectLanguage('This is an English story.', null)).toBe('en');
    expect(detectLanguage('これは日本語のニュースです。', null)).toBe('ja');
  });
});
