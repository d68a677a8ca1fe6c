import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { charsetFromContentType, charsetFromMarkup, decode, normalizeCharset } from '../../src/ingest/decode.js';
import { fixture } from '../helpers/ingest.js';

const TITLE = '江南市地铁三号线开通运营';

describe('decode', () => {
  it('reads a GB2312-declared page as GB18030', () => {
    const d = decode(fixture('portal-gb2312.html'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain(TITLE);
    expect(d.text).not.toContain('\ufffd');
  });

  it('detects GBK when nothing is declared', () => {
    const d = decode(fixture('portal-undeclared-gbk.html'));
    expect(d.encoding).toBe('gb18030');
    expect(d.via).toBe('detected');
    expect(d.text).toContain(TITLE);
  });

  it('reads Big5 as Big5 (traditional characters survive)', () => {
    const d = decode(fixture('news-big5.html'));
    expect(d.encoding).toBe('big5');
    expect(d.text).toContain('臺北市舉辦國際書展');
  });

  it('records a page labelled Big5 that uses Hong Kong characters as big5-hkscs, keeping them', () => {
    const html = '<meta charset="big5"><p>佢哋話啲嘢好平㗎，今日天氣幾好，大家都出街行下。</p>';
    const d = decode(iconv.encode(html, 'big5hkscs'));
    expect(d.encoding).toBe('big5-hkscs');
    expect(d.text).toContain('佢哋話啲嘢好平㗎');
    expect(decode(iconv.encode('<meta charset="big5"><p>臺北市舉辦國際書展，參觀人數創新高?</p>', 'big5')).encoding).toBe('big5');
  });

  it('detects Big5 bytes mislabelled as GB2312', () => {
    const html =
      '<meta charset="gb2312"><p>臺北市舉辦國際書展，參觀人數創新高。許多讀者表示，電子書雖然方便，但是紙本書的質感仍然無法取代。</p>';
    const d = decode(iconv.encode(html, 'big5'));
    expect(d.encoding).toBe('big5');
    expect(d.text).toContain('參觀人數創新高');
  });

  it('lets a UTF-8 BOM win over a declared GBK', () => {
    const d = decode(fixture('portal-bom-utf8.html'));
    expect(d.encoding).toBe('utf-8');
    expect(d.via).toBe('bom');
    expect(d.text.startsWith('\ufeff')).toBe(false);
    expect(d.text).toContain(TITLE);
  });

  it('reads UTF-8 bytes labelled gb2312 as UTF-8', () => {
    const d = decode(fixture('portal-mislabelled-utf8.html'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(TITLE);
  });

  it('reads GBK bytes labelled utf-8 as GB18030', () => {
    const html = '<meta charset="utf-8"><p>江南市地铁三号线正式开通运营，这条线路全长三十二公里，共设车站二十四座。</p>';
    const d = decode(iconv.encode(html, 'gbk'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('三号线正式开通运营');
  });

  it('uses the Content-Type hint before the markup', () => {
    const bytes = iconv.encode('<meta charset="utf-8"><p>新闻正文，内容在这里。</p>', 'gbk');
    const d = decode(bytes, 'text/html; charset=GBK');
    expect(d.via).toBe('header');
    expect(d.text).toContain('新闻正文');
  });

  it('keeps going on invalid UTF-8, with replacement characters only where bytes are bad', () => {
    const bytes = Buffer.concat([Buffer.from('<p>正文开始，'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('后面还有正文。</p>')]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('后面还有正文');
  });

  it('normalises labels', () => {
    expect(normalizeCharset('GB2312')).toBe('gb18030');
    expect(normalizeCharset('x-gbk')).toBe('gb18030');
    expect(normalizeCharset('Big5-HKSCS')).toBe('big5');
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('no-such-charset')).toBeNull();
    expect(charsetFromContentType('text/html;charset="gbk"')).toBe('gb18030');
    expect(charsetFromMarkup(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=big5">'))).toBe('big5');
  });
});
