import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { fixture, input } from '../helpers/ingest.js';

const portal = (name: string) => ingest(input(fixture(name), 'html'));

describe('main content on a portal-like page', () => {
  const r = portal('portal-gb2312.html');
  const lines = r.text.split('\n');

  it('starts at the first body paragraph and ends at the last', () => {
    expect(lines[0]).toMatch(/^江南日报讯（记者 李明远）4月17日上午/);
    expect(lines[lines.length - 1]).toBe('预计开通初期日均客流将超过二十万人次。');
  });

  it('keeps short paragraphs, sub-headings and list items as their own lines', () => {
    expect(lines).toContain('换乘更方便');
    expect(lines).toContain('市民可以通过以下方式购票：');
    expect(lines).toContain('使用手机扫码乘车；');
    expect(lines).toContain('使用城市交通卡。');
    expect(lines).toContain('三号线列车驶入站台。（江南日报记者 王芳 摄）');
  });

  it('drops navigation, breadcrumbs, byline/date lines, share bars, related links, comments, sidebar, footer and hidden text', () => {
    for (const bad of [
      '首页',
      '当前位置',
      '字号',
      '分享到',
      '微博',
      '相关新闻',
      '二号线延长段',
      '网友评论',
      '终于通车了',
      '热点排行',
      '春季旅游',
      '关于我们',
      '版权所有',
      'ICP',
      '隐藏的关键词',
      '责任编辑',
      '广告',
      '2023年04月18日 09:35',
    ]) {
      expect(r.text).not.toContain(bad);
    }
  });

  it('does not repeat the title in the text', () => {
    expect(r.text).not.toContain('日均客流预计超过二十万人次\n');
    expect(lines[0]).not.toBe(r.meta.title);
  });

  it('normalises white space: no ideographic indents, no blank lines', () => {
    expect(r.text).not.toMatch(/\u3000|\n\n|^ | $/m);
  });

  it('gives the same text whatever the page encoding', () => {
    for (const name of ['portal-undeclared-gbk.html', 'portal-mislabelled-utf8.html', 'portal-bom-utf8.html']) {
      expect(portal(name).text).toBe(r.text);
    }
  });

  it('keeps figure captions and drops share bars and sidebars on a modern page', () => {
    const m = portal('news-modern-utf8.html');
    expect(m.text.split('\n')).toEqual([
      '新华社北京7月11日电（记者 王小明）海关总署11日发布数据显示，上半年我国新能源汽车出口量同比增长超过一倍。',
      '业内人士认为，产品竞争力提升和海外市场需求扩大是主要原因。',
      '专家提醒，企业在开拓海外市场时，需要注意当地法规和售后服务体系建设。',
      '港口码头等待装船的汽车。',
      '下半年，出口增速预计将保持在较高水平。',
    ]);
  });

  it('extracts an English article around an inline related-stories box, without comments', () => {
    const e = portal('news-english.html');
    expect(e.text.split('\n')).toEqual([
      'The Riverside City Council voted 7-2 on Monday to approve a network of protected bike lanes downtown, ending months of debate.',
      'Supporters said the lanes would make streets safer for cyclists and pedestrians alike.',
      'Opponents argued the plan would remove too many parking spaces from Main Street businesses.',
      'Construction is expected to begin in the fall and finish by next spring.',
    ]);
    expect(e.meta.language).toBe('en');
  });

  it('prefers the article block to a bigger block of link lists', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/n/${i}">这是第${i}条很长的推荐新闻标题，用来干扰正文识别</a></li>`,
    ).join('');
    const html = `<html><body><div class="x1"><ul>${links}</ul></div><div class="x2"><p>正文第一段，讲述了事情的经过。</p><p>正文第二段，补充了更多细节，并且引用了当事人的说法。</p><p>正文第三段。</p></div></body></html>`;
    const t = ingest(input(html, 'html')).text;
    expect(t).toBe('正文第一段，讲述了事情的经过。\n正文第二段，补充了更多细节，并且引用了当事人的说法。\n正文第三段。');
  });

  it('splits <br>-separated paragraphs in table layouts', () => {
    const html =
      '<html><body><table><tr><td><a href="/">首页</a></td></tr><tr><td>第一段正文，内容在这里。<br><br>第二段正文，也在同一个单元格里。<br>第三段。</td></tr></table></body></html>';
    expect(ingest(input(html, 'html')).text).toBe('第一段正文，内容在这里。\n第二段正文，也在同一个单元格里。\n第三段。');
  });

  it('keeps an article split by an ad box, and drops a comment section bigger than the article', () => {
    const nav =
      '<div class="nav">' + ['首页', '新闻', '体育', '娱乐', '财经'].map((x) => `<a href="/${x}">${x}</a>`).join(' | ') + '</div>';
    const split = `<html><body>${nav}<div class="content"><div class="part"><p>第一部分第一段，讲述了事情的起因，内容比较长。</p><p>第一部分第二段，进一步说明。</p></div><div class="ad"><a href="/ad">广告：点击领取优惠券</a></div><div class="part"><p>第二部分第一段，事情出现了转折。</p></div></div></body></html>`;
    expect(ingest(input(split, 'html')).text).toBe(
      '第一部分第一段，讲述了事情的起因，内容比较长。\n第一部分第二段，进一步说明。\n第二部分第一段，事情出现了转折。',
    );
    const comments = Array.from(
      { length: 4 },
      (_, i) => `<div class="item"><p>网友${i}：这篇文章写得很好，我完全同意作者的观点，希望有关部门重视这个问题。</p></div>`,
    ).join('');
    const page = `<html><body>${nav}<div id="main"><div class="text"><p>正文第一段，说明事件经过，包含了不少细节信息。</p><p>正文第二段，专家给出了意见。</p></div><div id="comments">${comments}</div></div></body></html>`;
    expect(ingest(input(page, 'html')).text).toBe('正文第一段，说明事件经过，包含了不少细节信息。\n正文第二段，专家给出了意见。');
  });

  it('drops teasers of other stories held in nested <article>s', () => {
    const teaser = (i: number) =>
      `<article class="post"><h3><a href="/p/${i}">Another story ${i}</a></h3><p>A teaser paragraph for another story, long enough to look like prose, with commas, and a full stop.</p></article>`;
    const html = `<html><body><article class="post"><h1>The Story</h1><p>The first paragraph of the real story, which is what the reader came for.</p><p>The second paragraph, with more detail, quotes, and a conclusion.</p><h3>You might also like</h3>${[1, 2, 3, 4].map(teaser).join('')}</article></body></html>`;
    expect(ingest(input(html, 'html')).text).toBe(
      'The first paragraph of the real story, which is what the reader came for.\nThe second paragraph, with more detail, quotes, and a conclusion.',
    );
  });

  it('ends the article at a teaser for another story, with the headings and links after it', () => {
    const teaser = (t: string, href: string) =>
      `<tr><td>${t}...... [<a href="${href}">全文</a>]</td></tr><tr><td><a href="${href}">另一条新闻的标题</a></td></tr>`;
    const html = `<html><body><table><tr><td><p>正文第一段，交代了事情的经过和各方的说法，内容比较完整。</p><p>正文第二段，记者又走访了几位居民，他们都表示支持。</p>${teaser('一位母亲怎么也想不明白，女儿的事为什么拖了这么久，就是所谓的', '/a/1.html')}<tr><td>新闻：</td></tr><tr><td>本周编辑推荐:</td></tr><tr><td>搜捕商机</td></tr></table></body></html>`;
    expect(ingest(input(html, 'html')).text).toBe(
      '正文第一段，交代了事情的经过和各方的说法，内容比较完整。\n正文第二段，记者又走访了几位居民，他们都表示支持。',
    );
  });
  it('keeps an interview’s turns that open with the speaker’s label, and drops a byline', () => {
    const html = `<html><body><div><p>记者：王芳</p><p>记者：首先欢迎你来接受我们的采访，请问你怎样看待农业税补贴问题？</p><p>李金泽：这个问题我们一直很关注，补贴政策让农民得到了实惠。</p></div></body></html>`;
    expect(ingest(input(html, 'html')).text).toBe(
      '记者：首先欢迎你来接受我们的采访，请问你怎样看待农业税补贴问题？\n李金泽：这个问题我们一直很关注，补贴政策让农民得到了实惠。',
    );
  });
  it('drops a pager, a player’s length, a reading time and a trackback address in lines of their own', () => {
    const html = `<html><body><div><p>音频 04:29</p><p>7 分钟</p><p>正文第一段，交代了事情的经过和各方的说法，内容比较完整。</p><p>正文第二段，记者又走访了几位居民，他们都表示支持。</p><p>Trackback: http://tb.example.net/TrackBack.aspx?PostId=543698</p><p>第1页/共1页 &lt;&lt; 上一页 | 下一页 &gt;&gt;</p></div></body></html>`;
    expect(ingest(input(html, 'html')).text).toBe(
      '正文第一段，交代了事情的经过和各方的说法，内容比较完整。\n正文第二段，记者又走访了几位居民，他们都表示支持。',
    );
  });

  it('drops a line that only credits the source or labels a picture, and keeps a sentence that starts the same way', () => {
    const html = `<html><body><div><p>正文第一段，交代了事情的经过和各方的说法，内容比较完整。</p><p>[图片说明1：漫画/王丽]</p><p>摘自他当年的日记，他写道：那一年的冬天特别冷。</p><p>正文第二段，记者又走访了几位居民，他们都表示支持。</p><p>转自《江城晚报》</p><p>——《南风》2004年3月号</p><p>（摘自《我们的八十年代》，陈明编著，东海出版社）</p></div></body></html>`;
    expect(ingest(input(html, 'html')).text).toBe(
      '正文第一段，交代了事情的经过和各方的说法，内容比较完整。\n摘自他当年的日记，他写道：那一年的冬天特别冷。\n正文第二段，记者又走访了几位居民，他们都表示支持。',
    );
  });
  it('drops a gallery’s controls, a photo credit and an advert’s label in English lines of their own', () => {
    const html = `<html><body><div><p>The first paragraph of the story, which is what the reader came for.</p><p>Photo: Jane Doe, AP</p><p>Caption</p><p>Close</p><p>Advert</p><p>The second paragraph, with more detail, quotes, and a conclusion.</p><p>This slideshow requires JavaScript.</p><p>Back to Gallery</p></div></body></html>`;
    expect(ingest(input(html, 'html')).text).toBe(
      'The first paragraph of the story, which is what the reader came for.\nThe second paragraph, with more detail, quotes, and a conclusion.',
    );
  });
  describe('a page of several posts of one shape (a blog archive, a column index)', () => {
    const post = (title: string, body: string[]) =>
      `<table class="entry"><tr><td class="entry-title">${title}</td><td>2005-06-14 03:25</td></tr><tr><td class="entry-body">${body.join('<br><br>')}</td></tr><tr><td><a href="/c">评论(3)</a> <a href="/p">打印</a></td></tr></table>`;
    const posts = [
      post('江边小镇的早市', [
        '清晨五点，江边的小镇就醒了，卖菜的农民挑着担子从四面八方赶来，吆喝声此起彼伏。',
        '早市一直开到八点，鱼虾最抢手，去晚了就只剩下些小杂鱼，摊主们也开始收拾回家。',
      ]),
      post('读书笔记：城南旧事', [
        '重读这本书，最打动我的还是英子的眼睛，她看大人的世界，总是带着好奇，也带着不解。',
        '书里的每个人都在离开，宋妈、秀贞、爸爸，童年就在一次次的离别中结束了。',
      ]),
      post('周末去爬山', [
        '周六约了几个老同学去爬山，山不高，但台阶很陡，爬到一半大家就开始喘气了。',
        '山顶的风很大，我们在亭子里吃了带来的饭团，聊起了大学时候的事情，都很感慨。',
      ]),
    ];
    const page = (title: string, banner = '') =>
      `<html><head>${title}</head><body>${banner}<div class="nav"><a href="/">首页</a> | <a href="/b">博客</a></div><div class="posts">${posts.join('')}</div></body></html>`;

    it('keeps only the post the page title names', () => {
      const r = ingest(input(page('<title>读书笔记：城南旧事 - 小林的博客</title>'), 'html'));
      expect(r.meta.title).toBe('读书笔记：城南旧事');
      expect(r.text).toBe(
        '重读这本书，最打动我的还是英子的眼睛，她看大人的世界，总是带着好奇，也带着不解。\n书里的每个人都在离开，宋妈、秀贞、爸爸，童年就在一次次的离别中结束了。',
      );
    });

    it('with no title, keeps the post under the heading it takes as the title', () => {
      const r = ingest(input(page(''), 'html'));
      expect(r.meta.title).toBe('江边小镇的早市');
      expect(r.text).toBe(
        '清晨五点，江边的小镇就醒了，卖菜的农民挑着担子从四面八方赶来，吆喝声此起彼伏。\n早市一直开到八点，鱼虾最抢手，去晚了就只剩下些小杂鱼，摊主们也开始收拾回家。',
      );
    });

    it('keeps every post when the title is on the page and heads none of them (the blog’s own name)', () => {
      const r = ingest(input(page('<title>小林的博客</title>', '<h1>小林的博客</h1>'), 'html'));
      expect(r.meta.title).toBe('小林的博客');
      for (const p of ['清晨五点', '重读这本书', '周六约了几个老同学']) expect(r.text).toContain(p);
    });
  });
});

describe('the article’s own credit after its last paragraph', () => {
  const r = portal('closing-credit-utf8.html');
  const lines = r.text.split('\n');

  it('ends the text, past the page furniture between (信息来源：河西日报)', () => {
    expect(lines[lines.length - 1]).toBe('信息来源：河西日报');
    expect(r.text).not.toContain('打印');
  });

  it('is kept only there: the source on the date line above the article stays out', () => {
    expect(r.text).not.toContain('发布日期');
    expect(lines[0]).toMatch(/^记者从县财政局获悉/);
  });
});
