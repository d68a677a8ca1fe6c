/**
 * Where a page names its outlet when it has no 来源 line: the site-name suffix of its <title>,
 * its copyright line, and a byline that opens with the paper's name. Data only: site-name.ts
 * and bylines.ts read these.
 */

/**
 * Separators between a headline and the site name in a <title>. The hyphen, which headlines
 * also use (COVID-19, A-share), separates only with spaces around it.
 */
export const TITLE_SEPARATOR = /\s*[|｜_—–]\s*|\s+[-－]\s+/;

/** Longest site name a title suffix or a copyright line may give (characters). */
export const MAX_SITE_NAME = 24;

/** A copyright notice: the mark or the words. */
export const COPYRIGHT_MARK = /©|\(c\)|版權所有|版权所有|\bcopyright\b/i;

/** Stock phrases around a copyright notice; removed before the holder is read. */
export const COPYRIGHT_STOCK =
  /不得轉載|不得转载|未經授權|未经授权|轉載請註明出處|转载请注明出处|嚴禁轉載|严禁转载|翻印必究|保留所有權利|保留所有权利|請勿轉載|请勿转载|all rights reserved\.?/gi;

const HAN_HOLDER = String.raw`[\u3400-\u9fff][\u3400-\u9fff·・]{1,23}`;
const LATIN_HOLDER = String.raw`[A-Z][A-Za-z0-9&'.-]*(?: [A-Z0-9&][A-Za-z0-9&'.-]*){0,4}`;
const YEARS = String.raw`(?:(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)\d{2})?\s*)?`;
const MARK = String.raw`(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)`;
const RESERVED = String.raw`(?:版權所有|版权所有)`;

/**
 * Where a copyright line names its holder, most telling first: just before 版權所有 (an
 * English name or the mark and year may stand between: "中央通訊社 Central News Agency 版權所有",
 * "明報網站 © 版權所有"), just after the mark and year ("Copyright © 2024 新华网"), just after
 * 版權所有 ("版权所有 江苏扬子晚报有限公司").
 */
export const COPYRIGHT_HOLDER = [
  new RegExp(String.raw`(${HAN_HOLDER})(?:\s+[A-Za-z][A-Za-z .&'-]*)?\s*(?:${MARK}\s*)?${YEARS}${RESERVED}`),
  new RegExp(String.raw`${MARK}\s*(?:${MARK}\s*)?${YEARS}(${HAN_HOLDER}|${LATIN_HOLDER})`),
  new RegExp(String.raw`${RESERVED}\s*[:：]?\s*(?:${MARK}\s*)?${YEARS}(${HAN_HOLDER})`),
] as const;

/** A software credit ("Powered by Discuz! © Comsenz Inc."): its copyright is the software's. */
export const SOFTWARE_CREDIT = /powered by|技术支持|技術支援|技術支持/i;

/** Han names that are not a holder: "本網站", "本站", "本报". */
export const NOT_HOLDER = /^(?:本|所有|轉載|转载|聯絡|联系|聯繫|地址|電話|电话)/;

/**
 * "聯合報 / 記者王大明／臺北報導": a byline that opens with the outlet's name before the
 * reporter. The name must end the way outlets' names end, so a person never matches.
 */
export const PUBLISHER_BYLINE =
  /^\s*([\u4e00-\u9fff]{1,10}?(?:日報|日报|晚報|晚报|時報|时报|週刊|周刊|新聞網|新闻网|新聞|新闻|電台|电台|電視台|电视台|電視|电视|通訊社|通讯社|報|报|社|網|网))\s*[/／|｜]\s*(?:記者|记者|特派員|特派员)/;

/** <meta> keys (see data/meta-sources.ts) that give the site's Twitter handle: a last resort. */
export const TWITTER_SITE_KEYS = ['name:twitter:site', 'property:twitter:site'] as const;
