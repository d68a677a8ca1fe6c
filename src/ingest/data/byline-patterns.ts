/**
 * Byline patterns for ingest (in the manner of trafilatura's metaxpaths.py): reporters,
 * authors, editors, credits and the publisher line, for Chinese and English news. Data only:
 * the code that applies them lives in meta/bylines.ts and plaintext.ts.
 */
import { alternation } from './alternation.js';

/** One Chinese personal name in a byline, and how several are joined. */
const NAME = String.raw`[\u4e00-\u9fa5·]{2,4}`;
const NAMES = String.raw`${NAME}(?:(?:\s+|\s*[、,，/]\s*)${NAME}){0,3}`;

/** A wire story's dateline right after the reporter: "中央社记者陈小华台北15日电". */
const WIRE_DATELINE = String.raw`[\u4e00-\u9fa5]{2,3}\s*\d{1,2}日(?:电|電)`;
/** Words that may follow a byline name directly (a delimiter or the end may too). */
const NAME_FOLLOWERS = ['报道', '報導', '報道', '摄', '攝', '发自', '發自', '综合', '编译', '整理', '通讯员', '实习生'];
/** What may follow a byline name: a delimiter, the end, a word that is not part of it, or a wire dateline. */
const AFTER_NAME = String.raw`(?=$|[\s)）】\]|｜,，。;；/／、]|${alternation(NAME_FOLLOWERS)}|${WIRE_DATELINE})`;

/** After a byline label: a colon or white space ("作者：茉莉", "记者 夏燕"), or nothing when a strict end follows. */
const LABEL_GAP = String.raw`(?:\s*[:：]\s*|\s+|(?=${NAMES}(?:报道|報導|摄|攝|发自|發自|[)）\]】/／]|${WIRE_DATELINE}|$)))`;

const EDITOR_LABELS = [
  '责任编辑',
  '責任編輯',
  '责编',
  '責編',
  '值班编辑',
  '值班編輯',
  '编辑',
  '編輯',
  '审核',
  '審核',
  '审校',
  '審校',
  '校对',
  '校對',
  '监制',
  '監製',
];
/** "[编辑:马静欣]", "责任编辑：张三", "(编辑 李四)": editors. */
export const EDITOR = new RegExp(String.raw`(?:${alternation(EDITOR_LABELS)})${LABEL_GAP}(${NAMES})${AFTER_NAME}`);
export const EDITOR_EN = /\b(?:Edited by|Editor:)\s+([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})/;

const AUTHOR_LABELS = [
  '本报记者',
  '本報記者',
  '特约记者',
  '特約記者',
  '实习记者',
  '實習記者',
  '首席记者',
  '首席記者',
  '驻站记者',
  '駐站記者',
  '记者',
  '記者',
  '作者',
  '撰文',
  '撰稿',
  '来稿',
];
/** Reporter and author bylines: "(记者 夏燕)", "作者：茉莉", "文/张三", "本报记者李四报道". */
export const AUTHOR = new RegExp(
  String.raw`(?:(?:${alternation(AUTHOR_LABELS)})${LABEL_GAP}|(?:^|[(（【\s])文\s*[/|／]\s*|文字\s*[:：]\s*)(${NAMES})${AFTER_NAME}`,
);
export const AUTHOR_EN =
  /^(?:By|BY|Written by)\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*)/;

/** A closing credit with a place: "（姚峰 上海报道）", "(张三 李四 北京报道)". */
export const CREDIT_REPORTED = new RegExp(String.raw`[(（]\s*(${NAMES})\s+[\u4e00-\u9fa5]{2,8}?(?:报道|報導)\s*[)）]`);

/** Two or more names alone in brackets at the end of a line: "（常书香 马丹阳）" (checked for surnames). */
export const CREDIT_NAMES = new RegExp(String.raw`[(（]\s*(${NAME}(?:(?:\s+|\s*[、,，]\s*)${NAME}){1,3})\s*[)）]\s*$`);

/** Blog and forum bylines: "ggjjzhzz 发表于 2005-9-15", "张三 写于 2004-1-2". */
export const AUTHOR_POSTED = /^\s*(?:作者\s*[:：]\s*)?([A-Za-z0-9_\u4e00-\u9fa5·.-]{2,20})\s*(?:发表于|發表於|写于|寫於|posted (?:on|at))/i;

/** A bracketed name on a date/source line: "2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]". */
export const BRACKETED_NAME = /[[【]\s*([\u4e00-\u9fa5·]{2,4})\s*[\]】]/g;

/** What follows 记者/编辑 in prose, matched at the start of the would-be name. */
const NOT_NAME_STARTS = [
  // verbs of reporting ("记者了解到", "记者从...获悉")
  '了解',
  '调查',
  '采访',
  '获悉',
  '表示',
  '发现',
  '证实',
  '致电',
  '注意到',
  '看到',
  '来到',
  '走访',
  '指出',
  '认为',
  '介绍',
  // nouns ("编辑单位")
  '单位',
  '文章',
  '民意',
  // more verbs ("编辑写信")
  '写信',
  '观察',
  '询问',
  '联系',
  // single characters: a verb, prepositions, particles, adverbs ("记者从", "记者在")
  '问',
  '从',
  '在',
  '向',
  '对',
  '与',
  '了',
  '就',
  '被',
  '为',
  '到',
  '将',
  '是',
  '也',
  '还',
  '又',
  // 曾 is also a common surname (记者曾雅雯): only its adverb uses
  '曾经',
  '曾在',
  '曾于',
  '曾是',
  '曾向',
  '曾对',
  '曾到',
  '曾多次',
  '已',
  '正',
  '会',
  '和',
  '等',
];
/** Words that follow 记者/编辑 in prose and are never names ("记者了解到", "编辑写信"). */
export const NOT_NAMES = new RegExp(`^(?:${alternation(NOT_NAME_STARTS)})`);

/** What follows a photographer's name: photo credits are not the article's authors. */
export const PHOTO_CREDIT = /^\s*(?:摄影?|攝影?|供图|供圖|图|圖\b|\/\s*摄)/;

const NAME_STOPS = [
  '报道',
  '摄影',
  '摄',
  '供图',
  '发自',
  '综合',
  '编译',
  '整理',
  '通讯员',
  '实习生',
  '记者',
  '编辑',
  '来源',
  '时间',
  '发布',
  '日期',
  /\d/,
];
/** Words that end a byline name when no delimiter does. */
export const NAME_STOP = new RegExp(`(?:${alternation(NAME_STOPS)})`);

const PUBLISHER_LABELS = ['来源', '來源', '稿源', '出处', '出處', /\bSource/];
/** Hong Kong papers' own lead: "【明報專訊】", "【星島日報報道】": the publisher is the name inside. */
export const PUBLISHER_LEAD = /^\s*【([\u4e00-\u9fa5A-Za-z]{2,12}?)(?:專訊|专讯|訊|讯|報道|报道)】/;

/** Words a byline's names may be followed by that are no names themselves ("张家豪 报道", "郑文彬 台北报导"). */
export const REPORTED_WORD = /(?:报道|報導|報道|报导)$/;

/** Publisher lines: "来源: 央广网", "来源：新华社". */
export const PUBLISHER = new RegExp(
  String.raw`(?:${alternation(PUBLISHER_LABELS)})\s*[:：]\s*[【\[]?\s*([^\s【】\[\]|｜:：,，。="'<>]{2,20})(?=$|[\s【】\[\]|｜,，。)）])`,
);
