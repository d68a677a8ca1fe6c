/** Word lists for deriving figure and time labels from PFR (People's Daily 1998) tags. */

/** Measure words (PFR `q`) that make a number MONEY. */
export const CURRENCY_UNITS: readonly string[] = [
  '元',
  '美元',
  '日元',
  '港元',
  '港币',
  '马克',
  '法郎',
  '英镑',
  '卢布',
  '欧元',
  '埃居',
  '里拉',
  '比索',
  '澳元',
  '加元',
  '新元',
  '林吉特',
  '泰铢',
  '韩元',
  '新台币',
  '台币',
  '人民币',
  '美分',
  '分钱',
  '元钱',
  '块钱',
  '盾',
  '卢比',
  '兰特',
  '克朗',
  '第纳尔',
  '镑',
  '先令',
  '铢',
  '戈比',
];

/** Measure words that make a number a QUANTITY (physical measures). */
export const MEASURE_UNITS: readonly string[] = [
  '米',
  '公里',
  '千米',
  '厘米',
  '毫米',
  '里',
  '公尺',
  '英里',
  '海里',
  '英尺',
  '寸',
  '尺',
  '丈',
  '平方米',
  '平方公里',
  '平方千米',
  '平方',
  '亩',
  '公顷',
  '顷',
  '立方米',
  '立方',
  '方',
  '吨',
  '公斤',
  '千克',
  '克',
  '斤',
  '两',
  '磅',
  '盎司',
  '万吨',
  '担',
  '升',
  '毫升',
  '加仑',
  '桶',
  '度',
  '摄氏度',
  '千瓦',
  '瓦',
  '千瓦时',
  '兆瓦',
  '伏',
  '千伏',
  '马力',
  '赫兹',
  '公里/小时',
  '级',
  'kg',
  'km',
  'cm',
  'mm',
  'kw',
];

/** Measure words that make a number a DATE (durations and calendar units). */
export const DATE_UNITS: readonly string[] = [
  '年',
  '月',
  '日',
  '天',
  '周',
  '星期',
  '世纪',
  '年代',
  '周年',
  '个月',
  '季度',
  '旬',
  '载',
  '岁',
];

/** Measure words that make a number a TIME (clock durations). */
export const CLOCK_UNITS: readonly string[] = ['小时', '钟头', '分钟', '秒', '秒钟', '刻钟', '点钟'];

/** A run of time words (PFR `t`) is a TIME rather than a DATE when it matches this. */
export const TIME_OF_DAY =
  /[0-9０-９零〇一二三四五六七八九十两]+(时|点|分|秒)|上午|下午|晚上|凌晨|早晨|早上|傍晚|中午|夜间|深夜|清晨|今晚|昨晚|明晚|当晚|今晨|昨夜|晚间|午夜|黎明|拂晓|午后|子夜|半夜|入夜/;

/** Characters a numeral may consist of when written without digits. */
/** (`分之` as in 三分之一 is removed before this test.) */
export const NUMERAL_CHARS = /^[零〇一二三四五六七八九十百千万亿两几多余半数点左右来壹贰叁肆伍陆柒捌玖拾佰仟]+$/;
export const NUMERAL_CORE = /[0-9０-９零〇一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾]/;
