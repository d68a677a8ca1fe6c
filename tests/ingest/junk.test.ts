import { describe, expect, it } from 'vitest';
import { parseHtml, textOf } from '../../src/ingest/dom.js';
import { isHidden, removeJunk, stripMarkup } from '../../src/ingest/junk.js';

function clean(html: string): string {
  const $ = parseHtml(html);
  const root = $.root()[0]!;
  removeJunk(root);
  return textOf(root);
}

const BODY = '<p>这是读者能看到的正文，内容相当完整，也足够长，占了页面的大部分文字。这是读者能看到的正文，内容相当完整。</p>';

describe('junk removal (HTML)', () => {
  it('drops scripts, styles, comments and noscript', () => {
    const t = clean(
      `<body><script>var a = "脚本文字";</script><style>p{color:red}</style><!-- 注释文字 --><noscript>请开启脚本</noscript>${BODY}</body>`,
    );
    expect(t).toContain('读者能看到的正文');
    for (const bad of ['脚本文字', 'color:red', '注释文字', '请开启脚本']) expect(t).not.toContain(bad);
  });

  it('drops hidden elements: display:none, visibility:hidden, hidden, aria-hidden', () => {
    const t = clean(
      `<body>${BODY}<div style="display: none">隐藏一</div><span style="visibility:hidden">隐藏二</span><div hidden>隐藏三</div><div aria-hidden="true">隐藏四</div></body>`,
    );
    expect(t).toContain('读者能看到的正文');
    for (const bad of ['隐藏一', '隐藏二', '隐藏三', '隐藏四']) expect(t).not.toContain(bad);
  });

  it('keeps a hidden element that holds most of the page (a script-revealed body)', () => {
    const t = clean(`<body><div style="display:none">${BODY}</div><p>短</p></body>`);
    expect(t).toContain('读者能看到的正文');
  });

  it('drops injected empty shells built from obsolete inline elements', () => {
    const html = `<body>${BODY}<big id='QQ'><strong></strong></big><xmp id='stkPGrNg'><dir></dir></xmp><font id='SNQRbqu'><comment></comment></font><dfn id='Opgx'><tt></tt></dfn></body>`;
    const $ = parseHtml(html);
    removeJunk($.root()[0]!);
    for (const tag of ['big', 'xmp', 'font', 'dfn', 'dir', 'tt']) expect($(tag).length).toBe(0);
    expect($('p').length).toBe(1);
  });

  it('keeps inline elements that carry text or images', () => {
    const $ = parseHtml(`<body><p>正文里有<b>加粗</b>和<span><img src="a.jpg"></span>图片。</p></body>`);
    removeJunk($.root()[0]!);
    expect($('b').length).toBe(1);
    expect($('img').length).toBe(1);
  });

  it('drops nav, aside and footer furniture unless it holds most of the text', () => {
    const t = clean(
      `<body><nav><a href="/">首页</a><a href="/n">新闻</a></nav>${BODY}<aside>侧栏推荐</aside><footer>页脚版权</footer></body>`,
    );
    expect(t).toContain('读者能看到的正文');
    for (const bad of ['首页', '侧栏推荐', '页脚版权']) expect(t).not.toContain(bad);
    expect(clean(`<body><footer>${BODY}</footer></body>`)).toContain('读者能看到的正文');
  });

  it('recognises hidden styles and attributes', () => {
    const el = (attribs: Record<string, string>) => ({ attribs, name: 'div' }) as never;
    expect(isHidden(el({ style: 'DISPLAY : NONE' }))).toBe(true);
    expect(isHidden(el({ style: 'color: red; visibility: hidden' }))).toBe(true);
    expect(isHidden(el({ hidden: '' }))).toBe(true);
    expect(isHidden(el({ 'aria-hidden': 'true' }))).toBe(true);
    expect(isHidden(el({ style: 'display:block' }))).toBe(false);
    expect(isHidden(el({ 'aria-hidden': 'false' }))).toBe(false);
  });
});

describe('junk removal (plain text)', () => {
  it('strips tags, comments and script bodies, keeping the text between them', () => {
    const s = stripMarkup("正文<b id='x'></b>继续<!-- 注释 --><script>var x = 1;</script>结束&nbsp;了");
    expect(s).toBe('正文继续结束 了');
  });

  it('leaves comparison signs that are not tags', () => {
    expect(stripMarkup('价格 a<b 且 c > d')).toBe('价格 a<b 且 c > d');
  });
});
