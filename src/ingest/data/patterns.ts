/**
 * Text patterns for ingest (in the manner of trafilatura's metaxpaths.py): dates, datelines,
 * widget labels and boilerplate lines, for Chinese and English news (bylines are in
 * byline-patterns.ts). Data only: the code that applies them lives in meta/*.ts, content.ts
 * and plaintext.ts. Word lists are arrays, one entry per line, joined by alternation().
 */
import { alternation } from './alternation.js';

/** Sentence punctuation: real paragraphs have it, menus and link lists rarely do. */
export const PUNCTUATION = /[，。！？；：、“”‘’（）《》…—,.!?;:"()]/g;

/** Labels of page widgets that are never article text (read-aloud, font size, print...). */
const WIDGET_LABELS = [
  '人工智能朗读',
  '语音播报',
  '听新闻',
  '朗读',
  '播放',
  '字号',
  '字体',
  '字体大小',
  /大\s*中\s*小/,
  /打印(?:本页|此文)?/,
  /关闭(?:窗口)?/,
  '收藏',
  /分享(?:到)?/,
  '纠错',
  '举报',
  '返回顶部',
  '扫一扫',
  '手机看',
  /点击(?:查看|进入|阅读)/,
  '放大',
  '缩小',
  '我要评论',
  '评论',
  '网友评论',
  '复制链接',
  '微信',
  '微博',
  'QQ空间',
  '转发',
  '点赞',
  '在看',
  'Share',
  'Print',
  'Email',
  'Tweet',
  /Listen(?: to (?:this )?article)?/,
  'Read more',
  'Advertisement',
  'Advert',
  'Continue reading',
  /Sign up.*/,
  // A photo gallery's controls and a slideshow's fallback.
  'Caption',
  'Close',
  /Back to (?:Gallery|top)/,
  /This slideshow requires JavaScript\.?/,
  /Comments?/,
];
export const WIDGET_LINE = new RegExp(
  String.raw`^(?:[【\[(（]?\s*)(?:${alternation(WIDGET_LABELS)})\s*(?:[:：]|[】\]）)])?\s*(?:[大中小\s]*)$`,
  'i',
);

/**
 * A page's own furniture in a line of its own: a pager ("第1页/共1页 << 上一页 | 下一页 >>"), a
 * player's length ("音频 04:29", "视频 03:12"), a reading time ("7 分钟"), a blog's trackback
 * address ("Trackback: http://…").
 */
export const PAGE_FURNITURE_LINE = new RegExp(
  [
    String.raw`^第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页`,
    String.raw`^(?:<<|«)?\s*上一页\s*[|｜]?\s*下一页`,
    String.raw`^(?:音频|视频|Audio|Video)\s*\d{1,2}:\d{2}(?::\d{2})?$`,
    String.raw`^\d{1,3}\s*分钟$`,
    String.raw`^Trackback\s*[:：]`,
  ].join('|'),
  'i',
);

/** Verbs that credit where a text was taken from ("转自《北京科技报》", "摘自《读者》"). */
const SOURCE_VERBS = ['转自', '轉自', '转载自', '轉載自', '摘自', '选自', '選自', '原载于', '原載於', '原载', '原載', '刊于', '刊於'];
/**
 * A line that only credits the text's source: "转自《北京科技报》", "(摘自《我们的七十年代》，旷晨编著，
 * 广西人民出版社)", "转自新浪网", or a dash and a periodical's issue ("——《北京之春》1996年6月号").
 * Not the article's words: a sentence that happens to start with 摘自 ends in 。 or runs on.
 */
/** A credit closing an article: the outlet it came from alone on its line (信息来源： 内蒙古日报, 来源：新华社). */
export const CREDIT_SOURCE_LINE = /^(?:信息|文章|本文)?[来來]源\s*[:：]\s*[\u4e00-\u9fffA-Za-z]{2,12}$/u;

export const SOURCE_LINE = new RegExp(
  String.raw`^[(（【\[]?\s*(?:(?:${alternation(SOURCE_VERBS)})\s*[:：]?\s*(?:《[^》]{1,30}》[^。！？!?]{0,30}|[^\s。！？，,]{2,14}\s*[)）】\]]?)|[—―-]{1,2}\s*《[^》]{1,30}》[^。！？!?]{0,16})$`,
);

/**
 * A picture's label or credit only, in a line of its own: "[图片说明1：漫画/冷洁]", "（图：新华社）",
 * "Photo: Hau Dinh, AP".
 */
export const PICTURE_LABEL_LINE =
  /^(?:[[【(（]\s*图(?:片)?(?:说明)?\s*\d*\s*[:：][^\]】)）]{0,24}[\]】)）]|(?:Photo|Image|Picture)s?(?: credit)?\s*:\s*[^.!?]{1,60})$/i;

/**
 * An interview's turn opens with the speaker's label as a byline does ("记者：首先欢迎你来到新华网……？"),
 * but says a sentence: a question or a statement ended by 。？！, after words of its own.
 */
export const SPOKEN_TURN = /^[^:：]{1,8}[:：]\s*\S.{14,}[。？！?!]$/u;

const BREADCRUMB_LABELS = ['当前位置', '您的位置', '你的位置', '您现在的位置', '所在位置', '现在位置', '位置'];
/** Breadcrumb trails: "当前位置：首页 > 新闻", "Home » World". */
export const BREADCRUMB_LINE = new RegExp(
  String.raw`^(?:${alternation(BREADCRUMB_LABELS)})\s*[:：]|^(?:首页|主页|Home)\s*(?:[>»›]|&gt;)`,
  'i',
);

/** Headings after which everything is furniture (related news, comments...). */
const END_MARKERS = [
  /相关(?:新闻|阅读|链接|报道|文章|推荐)/,
  '延伸阅读',
  '推荐阅读',
  /热门(?:推荐|文章|新闻)/,
  '猜你喜欢',
  /更多(?:精彩|新闻|内容)/,
  '网友评论',
  '发表评论',
  '上一篇',
  '下一篇',
  /版权(?:声明|所有)/,
  '免责声明',
  /Related (?:Articles|Stories|Coverage|Content)/,
  /More (?:from|on|stories)/,
  /Recommended(?: for you)?/,
  /You (?:might|may) (?:also )?like/,
  /Most (?:Popular|Read)/,
];
/** Lines that end the article: what follows them is furniture (related news, comments...). */
export const END_MARKER_LINE = new RegExp(String.raw`^(?:[【\[]?\s*)(?:${alternation(END_MARKERS)})\s*[】\]]?\s*[:：]?`, 'i');

/** What closes a teaser for another article: its link to the whole text ("……就是所谓的...... [全文]", "详细>>"). */
const TEASER_LINKS = ['全文', '详细', '详情', '阅读全文', '查看全文'];
/** A teaser for another article: after one, the article has ended and a list of teasers begins. */
export const TEASER_LINE = new RegExp(
  String.raw`(?:[\[【]\s*(?:${alternation(TEASER_LINKS)})\s*[\]】]|(?:${alternation(TEASER_LINKS)})\s*(?:>>|»))\s*$`,
);

/** Labels that make a line boilerplate when a colon, space, bracket or the end follows them. */
const BOILERPLATE_LABELS = [
  '责任编辑',
  '責任編輯',
  '责编',
  '编辑',
  '編輯',
  '来源',
  '來源',
  '稿源',
  '作者',
  '记者',
  '記者',
  '本文来源',
  '文章来源',
  '原标题',
  '原標題',
  '发布时间',
  '發布時間',
  '发布日期',
  '發布日期',
  '发表时间',
  '更新时间',
  '时间',
  '時間',
  '日期',
  '点击数',
  '点击量',
  /阅读数?/,
  '阅读量',
  /浏览(?:次数|量)?/,
  '举报电话',
  '关键词',
  '标签',
  /Tags?/,
];
/** Marks that make a line boilerplate wherever they start it. */
const BOILERPLATE_MARKS = ['Copyright', '©', '版权所有', /[京沪粤浙苏]?ICP/, '违法和不良信息'];
/** Whole lines of boilerplate wherever they appear. */
export const BOILERPLATE_LINE = new RegExp(
  String.raw`^(?:[【\[(（]\s*)?(?:(?:${alternation(BOILERPLATE_LABELS)})\s*(?:[:：]|\s|[\]】)）]|$)|${alternation(BOILERPLATE_MARKS)})`,
  'i',
);

/** What follows the month and day of a dateline: 电, 讯, 消息, or the time of day. */
const DATELINE_ENDS = ['电', '電', '讯', '訊', '消息', '报道', '報導', '专电', '專電', '发布', '發布', /晚间?/, '上午', '下午', '凌晨'];
/** A Chinese dateline: "央广网广州10月11日消息", "新华社北京10月11日电", "本报讯 ... 上海3月2日". */
export const DATELINE = new RegExp(
  String.raw`^[\s(（【]*([\u4e00-\u9fa5A-Za-z·\-—]{0,16}?)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:${alternation(DATELINE_ENDS)})`,
);

/** The outlet's name ends at one of these before the place ("央广网|广州", "新华社|北京", "本报|上海"). */
export const OUTLET_END = /[网網社报報台讯訊]/g;

/** An English dateline: "BEIJING, Oct. 11 (Xinhua) --" or "LONDON —". */
export const DATELINE_EN = /^([A-Z][A-Z .'-]{2,30}),?\s*(?:\(([^)]+)\)\s*)?[—–-]{1,2}\s/;

/** Month names for English dates. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Numeric and Chinese date forms, with optional time: 2021-10-15 15:27, 2021年10月15日 15:27, 2021/10/15. */
export const DATE_NUMERIC =
  /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:[T\s]|&nbsp;)*\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

/** Slash dates with the year last: 9/17/2004 5:54:13 AM (month first unless the first number exceeds 12). */
export const DATE_SLASH = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?/i;

/** English dates: "Oct. 15, 2021", "15 October 2021", with optional time. */
export const DATE_EN =
  /\b(?:(\d{1,2})\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b(?:[^\d]{0,12}(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?)?/i;

const FIELD_LABELS = [
  '来源',
  '來源',
  '稿源',
  '作者',
  '记者',
  '記者',
  '编辑',
  '編輯',
  '责任编辑',
  '責任編輯',
  '责编',
  '发布时间',
  '發布時間',
  '发布日期',
  '發布日期',
  '发表时间',
  '發表時間',
  '更新时间',
  '更新時間',
  '时间',
  '時間',
  '日期',
  /浏览(?:次数)?/,
  /点击(?:数|量)?/,
  /阅读(?:数|量)?/,
  '字号',
  'Source',
  'By',
  'Updated',
  'Published',
  'Posted',
];
/** "来源：央广网", "作者：张三", "浏览次数：12": a label and its short value, as found on date lines. */
export const LABELLED_FIELD = new RegExp(String.raw`(?:${alternation(FIELD_LABELS)})\s*[:：]?\s*[^\s:：|｜]{0,16}`, 'gi');

const DATE_LABELS = [
  '发布时间',
  '發布時間',
  '发布日期',
  '發布日期',
  '发表时间',
  '發表時間',
  '发表于',
  '發表於',
  '更新时间',
  '更新時間',
  '时间',
  '時間',
  '日期',
  'Published',
  'Posted',
  'Updated',
  'Date',
];
/** Lines that label a date as the publication time (preferred over other dates). */
export const DATE_LABEL = new RegExp(String.raw`(?:${alternation(DATE_LABELS)})\s*[:：]?`, 'i');

const COPYRIGHT_MARKS = ['©', '&copy;', '(c)', 'copyright', '版权所有', 'all rights reserved', 'ICP备', 'ICP证'];
/** Copyright lines: a year in them is never the publication date. */
export const COPYRIGHT = new RegExp(`(?:${alternation(COPYRIGHT_MARKS)})`, 'i');

/** Title suffixes: "Headline - Site Name", "Headline_新闻_网站". */
export const TITLE_SEPARATORS = /\s*(?:[|｜_]|\s[-–—]\s|--|::)\s*/;
