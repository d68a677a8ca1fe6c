/**
 * Where a publication date is looked for, and how much each place is trusted (in the manner
 * of trafilatura's metaxpaths.py and htmldate's rules). Data only: the scanner that finds
 * dates in lines is date-scan.ts and the code that ranks the candidates is published.ts.
 * Word lists are arrays, one entry per line, joined by alternation().
 */
import { alternation } from '../data/alternation.js';

/** <meta> keys that declare the publication time ("attribute:value", lower-cased, as in data/meta-sources.ts). */
export const PUBLISHED_META_KEYS = [
  'property:article:published_time',
  'name:article:published_time',
  'property:og:article:published_time',
  'itemprop:datepublished',
  'name:pubdate',
  'name:pubtime',
  'name:publishdate',
  'name:publish-date',
  'name:publish_date',
  'name:publish_time',
  'name:publishtime',
  'name:publication_date',
  'name:firstpublishedtime',
  'property:og:published_time',
  'name:og:published_time',
  'property:og:release_date',
  'property:bytedance:published_time',
  'property:rnews:datepublished',
  'name:weibo:article:create_at',
  'name:sailthru.date',
  'name:parsely-pub-date',
  'name:dc.date.issued',
  'name:dc.date.created',
  'name:dcterms.created',
  'name:dcterms.issued',
  'name:dcterms.date',
  'name:dc.date',
  'name:date',
  'name:citation_publication_date',
  'name:citation_date',
  'name:cxenseparse:recs:publishtime',
  'name:created',
  'itemprop:datecreated',
] as const;

/** <meta> keys that give a later edit: a last resort, never preferred to a publication date. */
export const MODIFIED_META_KEYS = [
  'property:article:modified_time',
  'name:article:modified_time',
  'property:og:updated_time',
  'name:lastmod',
  'name:last-modified',
  'name:dcterms.modified',
  'itemprop:datemodified',
] as const;

/** Where a candidate came from. */
export type DateSource =
  /** JSON-LD datePublished / dateCreated of the article object. */
  | 'jsonld'
  /** A <meta> publication key. */
  | 'meta'
  /** An element marked as the publication date: <time pubdate>, itemprop="datePublished". */
  | 'itemprop'
  /** Any other <time> outside furniture. */
  | 'time'
  /** A <meta> or JSON-LD modification time. */
  | 'modified'
  /** A date under a publication label (发布时间：, 发表于, Posted on, @) near the title. */
  | 'labelled'
  /** A date on a byline line (来源：…, 作者：…, 阅读 12) near the title. */
  | 'byline'
  /** A short line that is mostly a date, near the title. */
  | 'dateLine'
  /** Any other date in the lines between the title and the text. */
  | 'headText'
  /** The same three kinds after the text (blog footers, wire stories that end with their date). */
  | 'tailLabelled'
  | 'tailByline'
  | 'tailDateLine'
  /** The same kinds above the title (site headers, "today is ..." widgets). */
  | 'aboveLabelled'
  | 'aboveDateLine'
  /** A date in the page's URL. */
  | 'url'
  /** The text's dateline ("新华社北京3月5日电"): month and day, the year from the best other candidate. */
  | 'dateline';

/** Base trust of each source, before the position, shape and agreement adjustments. */
export const SOURCE_SCORE: Readonly<Record<DateSource, number>> = {
  jsonld: 100,
  meta: 100,
  itemprop: 95,
  labelled: 85,
  byline: 75,
  dateLine: 65,
  tailLabelled: 70,
  time: 55,
  tailByline: 55,
  url: 50,
  dateline: 40,
  tailDateLine: 45,
  aboveLabelled: 55,
  headText: 35,
  aboveDateLine: 35,
  modified: 20,
};

/** Adjustments (points). */
export const ADJUST = {
  /** The source gave a time of day. */
  hasTime: 5,
  /** Only the month is given ("1996年6月号"): a day on the same footing wins. */
  monthOnly: -5,
  /** A line that is one of a run of dated lines (related-article lists, comment threads, archives). */
  listEntry: -50,
  /** A date above the title followed by a weekday or after "今天是": the site's clock, not the article's. */
  todayWidget: -60,
  /** Under an update label (更新时间：, Updated). */
  modifiedLabel: -25,
  /** The line holds more than one different date (ranges, "from ... to ..."). */
  severalDates: -25,
  /** Per block of distance from the title (or from the text, after it), past the first few. */
  perBlockHead: -1.5,
  perBlockAbove: -2,
  perBlockTail: -1,
  /** Caps on the distance penalties. */
  maxHead: -20,
  maxAbove: -30,
  maxTail: -12,
  /** Each other kind of source giving the same day (up to AGREE_MAX of them). */
  agree: 10,
  /** The text's dateline ("新华社北京3月5日电") gives the same month and day. */
  dateline: 10,
} as const;
export const AGREE_MAX = 3;
/** Below this a candidate is not believed at all (null beats a guess). */
export const MIN_SCORE = 25;

/** Blocks counted as near: how far above the title, how far into the text, how far after it. */
export const ABOVE_BLOCKS = 15;
export const HEAD_NO_TITLE = 8;
export const INTO_TEXT = 6;
export const TAIL_KEPT = 3;
export const TAIL_AFTER = 12;
/** Distance (blocks) within which no distance penalty applies. */
export const NEAR = 2;
/** A line at most this long, whose date is most of it, is a date line. */
export const DATE_LINE_MAX = 60;
/** ... and what else it holds, punctuation aside: at most this many characters, this many of them Han (a site name, a URL). */
export const DATE_LINE_REST = 30;
export const DATE_LINE_REST_HAN = 4;
/** After a month-only date: an issue of a periodical ("1996年6月号", "2000年第2期" is not a month). */
export const ISSUE_AFTER = /^\s*(?:号|號|期|刊|版)/;
/** Longer lines are prose: only a labelled date counts in them. */
export const PROSE_MIN = 120;
/** A run: at least RUN_MIN dated lines within RUN_WINDOW consecutive blocks. */
export const RUN_MIN = 3;
export const RUN_WINDOW = 5;

const PUBLISHED_LABELS = [
  '发布时间',
  '發布時間',
  '發佈時間',
  '发布日期',
  '發布日期',
  '發佈日期',
  '发表时间',
  '發表時間',
  '发表日期',
  '發表日期',
  '发表于',
  '發表於',
  '发布于',
  '發布於',
  '發佈於',
  '刊发时间',
  '刊登日期',
  '出版日期',
  '发布',
  '發布',
  '發佈',
  '发表',
  '發表',
  '刊发',
  '刊登',
  '时间',
  '時間',
  '日期',
  '张贴',
  '張貼',
  '写于',
  '寫於',
  /posted(?:\s+on)?/,
  /published(?:\s+on)?/,
  /pub(?:lished)?\s*date/,
  'date',
  '@',
];
const MODIFIED_LABELS = [
  '更新时间',
  '更新時間',
  '更新于',
  '更新於',
  '最后更新',
  '最後更新',
  '修改时间',
  '修改時間',
  '编辑于',
  '編輯於',
  /(?:last\s+)?updated(?:\s+on)?/,
  /(?:last\s+)?modified(?:\s+on)?/,
];
/** Words before a date that make it some other date: a profile's join date, a deadline, an event. */
const OTHER_DATE_LABELS = [
  '建立于',
  '建立於',
  '创建于',
  '創建於',
  '注册',
  '註冊',
  '加入',
  '入驻',
  '入駐',
  '生日',
  '出生',
  '截止',
  '截至',
  '有效期',
  '到期',
  '报名',
  '報名',
  '举办',
  '舉辦',
  '开幕',
  '開幕',
  '上映',
  '成立于',
  '成立於',
  '活动时间',
  '活動時間',
  /joined/,
  /member\s+since/,
  /deadline/,
];

const TAIL = String.raw`\s*[:：]?\s*[\[【(（]?\s*$`;
/** A label just before a date (tested on the text before it on the same line). Test MODIFIED first: 更新时间 ends in 时间. */
export const MODIFIED_BEFORE = new RegExp(`(?:${alternation(MODIFIED_LABELS)})${TAIL}`, 'i');
export const PUBLISHED_BEFORE = new RegExp(`(?:${alternation(PUBLISHED_LABELS)})${TAIL}`, 'i');
export const OTHER_BEFORE = new RegExp(`(?:${alternation(OTHER_DATE_LABELS)})[^\\d]{0,6}$`, 'i');
/** A label just after a date: "2005-04-05 06:40 发布", "… 06:40更新". */
export const PUBLISHED_AFTER = /^\s*[)）\]】]?\s*(?:发布|發布|發佈|发表|發表|更新|posted|published)/i;
/** How many characters before a date are searched for its label. */
export const LABEL_REACH = 16;

/** Fields of a byline line: a date among them is the article's. */
const BYLINE_FIELDS = [
  '来源',
  '來源',
  '稿源',
  '出处',
  '出處',
  '作者',
  '记者',
  '記者',
  '编辑',
  '編輯',
  '责编',
  '責編',
  '通讯员',
  '通訊員',
  /浏览|瀏覽|阅读|閱讀|点击|點擊|人气|人氣|评论|評論/,
  '字号',
  '字號',
  '打印',
  '分享',
  /\bsource\b/,
  /\bby\s/,
  /\bauthor\b/,
];
export const BYLINE_LINE = new RegExp(`(?:${alternation(BYLINE_FIELDS)})`, 'i');

/** After a date: a weekday ("2021年3月5日 星期五"). Above the title this is a site's clock. */
export const WEEKDAY_AFTER =
  /^\s*[,，]?\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|^\s*[,，]?\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;
/** Before a date: "今天是", "现在时间". */
export const TODAY_BEFORE = /(?:今天是|今日|现在是|現在是|现在时间|現在時間|当前时间|當前時間|today\s+is)\s*[:：]?\s*$/i;
