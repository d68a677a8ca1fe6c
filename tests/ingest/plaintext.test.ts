import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { fixture, input } from '../helpers/ingest.js';

describe('plain-text articles', () => {
  it('reads header and trailer lines of another junk-polluted article', () => {
    const r = ingest(input(fixture('article-plain.txt'), 'text'));
    expect(r.meta.title).toBe('暴雨过后 城区积水点全部清除');
    expect(r.meta.publishedAt).toBe('2022-07-05T18:40:00+08:00');
    expect(r.meta.publisher).toBe('江城晚报');
    expect(r.meta.authors).toEqual(['刘晓晴', '周磊']);
    expect(r.meta.editors).toEqual(['孙伟']);
    expect(r.text).toBe(
      [
        '江城晚报讯 7月5日，记者从市城管局获悉，截至当天下午，城区十二处积水点已全部清除，交通恢复正常。',
        '据介绍，此次降雨从4日夜间开始，最大小时雨量达到六十毫米。',
        '市城管局相关负责人表示，将继续加强排水设施巡查。',
      ].join('\n'),
    );
  });

  it('keeps the first paragraph of a text with no header lines', () => {
    const r = ingest(input('第一段是完整的句子，没有标题。\n第二段也是正文。', 'text'));
    expect(r.text).toBe('第一段是完整的句子，没有标题。\n第二段也是正文。');
    expect(r.meta.title).toBeNull();
  });

  it('keeps prose above a dateline in its first lines: only metadata-like lines are a header', () => {
    const raw = [
      '湖畔新城今年新建了三座公园，周末前来散步、放风筝的市民越来越多，附近的商户也忙碌起来。',
      '江城晚报3月2日讯 记者从市园林局获悉，第四座公园将于下月开工。',
      '园林局相关负责人表示，新公园将以湿地为主题。',
    ].join('\n');
    const r = ingest(input(raw, 'text'));
    expect(r.text.split('\n')).toHaveLength(3);
    expect(r.text.startsWith('湖畔新城今年新建了三座公园')).toBe(true);
  });

  it('still reads a title, a date and a source above the dateline as the header', () => {
    const raw = [
      '新公园下月开工',
      '2022-03-02 10:00 来源：江城晚报',
      '江城晚报3月2日讯 记者从市园林局获悉，第四座公园将于下月开工。',
      '园林局相关负责人表示，新公园将以湿地为主题。',
    ].join('\n');
    const r = ingest(input(raw, 'text'));
    expect(r.meta.title).toBe('新公园下月开工');
    expect(r.text.startsWith('江城晚报3月2日讯')).toBe(true);
  });

  it('treats a short text as an article', () => {
    const r = ingest(input('今天天气晴朗。', 'text'));
    expect(r.text).toBe('今天天气晴朗。');
  });

  it("cleans a JSONL body (kind 'body') without reading metadata off it", () => {
    const r = ingest(input(fixture('body-text.txt'), 'body'));
    expect(r.text).toBe('第一段正文， 这里有 多余的空格。\n第二段正文。');
    expect(r.meta.title).toBeNull();
    expect(r.meta.publishedAt).toBeNull();
    const b = ingest(input('来源：某某网\n2021-10-15 15:27\n正文一句。', 'body'));
    expect(b.text).toBe('来源：某某网\n2021-10-15 15:27\n正文一句。');
    expect(b.meta.publisher).toBeNull();
  });

  it("sniffs HTML vs text for kind 'auto'", () => {
    expect(ingest(input(fixture('portal-gb2312.html'), 'auto')).meta.title).toBe('江南市地铁三号线开通运营 日均客流预计超过二十万人次');
    expect(ingest(input(fixture('article-plain.txt'), 'auto')).meta.authors).toEqual(['刘晓晴', '周磊']);
  });
});
