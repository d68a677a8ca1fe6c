/**
 * Text patterns for ingest (in the manner of trafilatura's metaxpaths.py): bylines, dates,
 * datelines, widget labels and boilerplate lines, for Chinese and English news. Data only:
 * the code that applies them lives in meta/*.ts, content.ts and plaintext.ts.
 */

/** Sentence punctuation: real paragraphs have it, menus and link lists rarely do. */
export const PUNCTUATION = /[，。！？；：、“”‘’（）《》…—,.!?;:"()]/g;

/** Labels of page widgets that are never article text (read-aloud, font size, print...). */
export const WIDGET_LINE = /^(?:[【\[(（]?\s*)(?:人工智能朗读|语音播报|听新闻|朗读|播放|字号|字体|字体大小|大\s*中\s*小|打印(?:本页|此文)?|关闭(?:窗口)?|收藏|分享(?:到)?|纠错|举报|返回顶部|扫一扫|手机看|点击(?:查看|进入|阅读)|放大|缩小|我要评论|评论|网友评论|复制链接|微信|微博|QQ空间|转发|点赞|在看|Share|Print|Email|Tweet|Listen(?: to (?:this )?article)?|Read more|Advertisement|Continue reading|Sign up.*)\s*(?:[:：]|[】\]）)])?\s*(?:[大中小\s]*)$/i;

/** Breadcrumb trails: "当前位置：首页 > 新闻", "Home » World". */
export const BREADCRUMB_LINE = /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|现在位置|位置)\s*[:：]|^(?:首页|主页|Home)\s*(?:[>»›]|&gt;)/i;

/** Lines that end the article: what follows them is furniture (related news, comments...). */
export const END_MARKER_LINE = /^(?:[【\[]?\s*)(?:相关(?:新闻|阅读|链接|报道|文章|推荐)|延伸阅读|推荐阅读|热门(?:推荐|文章|新闻)|猜你喜欢|更多(?:精彩|新闻|内容)|网友评论|发表评论|上一篇|下一篇|版权(?:声明|所有)|免责声明|Related (?:Articles|Stories|Coverage|Content)|More (?:from|on|stories)|Recommended(?: for you)?|You (?:might|may) (?:also )?like|Most (?:Popular|Read))\s*[】\]]?\s*[:：]?/i;

/** Whole lines of boilerplate wherever they appear. */
export const BOILERPLATE_LINE = /^(?:[【\[(（]\s*)?(?:(?:责任编辑|責任編輯|责编|编辑|編輯|来源|來源|稿源|作者|记者|記者|本文来源|文章来源|原标题|原標題|发布时间|發布時間|发布日期|發布日期|发表时间|更新时间|时间|時間|日期|点击数|点击量|阅读数?|阅读量|浏览(?:次数|量)?|举报电话|关键词|标签|Tags?)\s*(?:[:：]|\s|[\]】)）]|$)|Copyright|©|版权所有|[京沪粤浙苏]?ICP|违法和不良信息)/i;

/** One Chinese personal name in a byline, and how several are joined. */
const NAME = String.raw`[\u4e00-\u9fa5·]{2,4}`;
const NAMES = String.raw`${NAME}(?:(?:\s+|\s*[、,，/]\s*)${NAME}){0,3}`;
/** What may follow a byline name: a delimiter, the end, or a word that is not part of it. */
const AFTER_NAME = String.raw`(?=$|[\s)）】\]|｜,，。;；/、]|报道|報導|摄|攝|发自|發自|综合|编译|整理|通讯员|实习生)`;

/** After a byline label: a colon or white space ("作者：茉莉", "记者 夏燕"), or nothing when a strict end follows. */
const LABEL_GAP = String.raw`(?:\s*[:：]\s*|\s+|(?=${NAMES}(?:报道|摄|发自|[)）\]】]|$)))`;

/** "[编辑:马静欣]", "责任编辑：张三", "(编辑 李四)": editors. */
export const EDITOR = new RegExp(String.raw`(?:责任编辑|責任編輯|责编|值班编辑|编辑|編輯|审核|审校|校对|监制)${LABEL_GAP}(${NAMES})${AFTER_NAME}`);
export const EDITOR_EN = /\b(?:Edited by|Editor:)\s+([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})/;

/** Reporter and author bylines: "(记者 夏燕)", "作者：茉莉", "文/张三", "本报记者李四报道". */
export const AUTHOR = new RegExp(String.raw`(?:(?:本报记者|本報記者|特约记者|实习记者|首席记者|驻站记者|记者|記者|作者|撰文|撰稿|来稿)${LABEL_GAP}|(?:^|[(（【\s])文\s*[/|／]\s*|文字\s*[:：]\s*)(${NAMES})${AFTER_NAME}`);
export const AUTHOR_EN = /^(?:By|BY|Written by)\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*)/;

/** A closing credit with a place: "（姚峰 上海报道）", "(张三 李四 北京报道)". */
export const CREDIT_REPORTED = new RegExp(String.raw`[(（]\s*(${NAMES})\s+[\u4e00-\u9fa5]{2,8}?(?:报道|報導)\s*[)）]`);

/** Two or more names alone in brackets at the end of a line: "（常书香 马丹阳）" (checked for surnames). */
export const CREDIT_NAMES = new RegExp(String.raw`[(（]\s*(${NAME}(?:(?:\s+|\s*[、,，]\s*)${NAME}){1,3})\s*[)）]\s*$`);

/** Blog and forum bylines: "ggjjzhzz 发表于 2005-9-15", "张三 写于 2004-1-2". */
export const AUTHOR_POSTED = /^\s*(?:作者\s*[:：]\s*)?([A-Za-z0-9_\u4e00-\u9fa5·.-]{2,20})\s*(?:发表于|發表於|写于|寫於|posted (?:on|at))/i;

/** A bracketed name on a date/source line: "2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]". */
export const BRACKETED_NAME = /[[【]\s*([\u4e00-\u9fa5·]{2,4})\s*[\]】]/g;

/** Words that follow 记者/编辑 in prose and are never names ("记者了解到", "编辑写信"). */
export const NOT_NAMES = /^(?:了解|调查|采访|获悉|表示|发现|证实|致电|注意到|看到|来到|走访|指出|认为|介绍|单位|文章|民意|写信|观察|询问|联系|问|从|在|向|对|与|了|就|被|为|到|将|是|也|还|又|曾|已|正|会|和|等)/;

/** What follows a photographer's name: photo credits are not the article's authors. */
export const PHOTO_CREDIT = /^\s*(?:摄影?|攝影?|供图|供圖|图|圖\b|\/\s*摄)/;

/** Words that end a byline name when no delimiter does. */
export const NAME_STOP = /(?:报道|摄影|摄|供图|发自|综合|编译|整理|通讯员|实习生|记者|编辑|来源|时间|发布|日期|\d)/;

/** Publisher lines: "来源: 央广网", "来源：新华社". */
export const PUBLISHER = /(?:来源|來源|稿源|出处|出處|\bSource)\s*[:：]\s*[【\[]?\s*([^\s【】\[\]|｜:：,，。="'<>]{2,20})(?=$|[\s【】\[\]|｜,，。)）])/;

/** A Chinese dateline: "央广网广州10月11日消息", "新华社北京10月11日电", "本报讯 ... 上海3月2日". */
export const DATELINE = /^[\s(（【]*([\u4e00-\u9fa5A-Za-z·\-—]{0,16}?)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|電|讯|訊|消息|报道|報導|专电|專電|发布|發布|晚间?|上午|下午|凌晨)/;

/** The outlet's name ends at one of these before the place ("央广网|广州", "新华社|北京", "本报|上海"). */
export const OUTLET_END = /[网網社报報台讯訊]/g;

/** An English dateline: "BEIJING, Oct. 11 (Xinhua) --" or "LONDON —". */
export const DATELINE_EN = /^([A-Z][A-Z .'-]{2,30}),?\s*(?:\(([^)]+)\)\s*)?[—–-]{1,2}\s/;

/** Month names for English dates. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Numeric and Chinese date forms, with optional time: 2021-10-15 15:27, 2021年10月15日 15:27, 2021/10/15. */
export const DATE_NUMERIC = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:[T\s]|&nbsp;)*\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

/** Slash dates with the year last: 9/17/2004 5:54:13 AM (month first unless the first number exceeds 12). */
export const DATE_SLASH = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?/i;

/** English dates: "Oct. 15, 2021", "15 October 2021", with optional time. */
export const DATE_EN = /\b(?:(\d{1,2})\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b(?:[^\d]{0,12}(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?)?/i;

/** "来源：央广网", "作者：张三", "浏览次数：12": a label and its short value, as found on date lines. */
export const LABELLED_FIELD = /(?:来源|來源|稿源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期|浏览(?:次数)?|点击(?:数|量)?|阅读(?:数|量)?|字号|Source|By|Updated|Published|Posted)\s*[:：]?\s*[^\s:：|｜]{0,16}/gi;

/** Lines that label a date as the publication time (preferred over other dates). */
export const DATE_LABEL = /(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|发表于|發表於|更新时间|更新時間|时间|時間|日期|Published|Posted|Updated|Date)\s*[:：]?/i;

/** Copyright lines: a year in them is never the publication date. */
export const COPYRIGHT = /(?:©|&copy;|\(c\)|copyright|版权所有|all rights reserved|ICP备|ICP证)/i;

/** Title suffixes: "Headline - Site Name", "Headline_新闻_网站". */
export const TITLE_SEPARATORS = /\s*(?:[|｜_]|\s[-–—]\s|--|::)\s*/;
