/**
 * Industry words. A Chinese company's registered name is [place][trade name][industry][legal
 * form] (企业名称登记管理规定), and news shortens it by dropping the form: 长城汽车, 格力电器,
 * 三一重工. Right after a trade name these words are part of the name; alone, or after generic
 * words, they name nothing (see GENERIC_MODIFIERS).
 */
export const INDUSTRY_WORDS: readonly string[] = [
  '汽车',
  '客车',
  '电器',
  '电子',
  '电气',
  '通讯',
  '通信',
  '重工',
  '钢铁',
  '制药',
  '药业',
  '医药',
  '置业',
  '地产',
  '航空',
  '石化',
  '化工',
  '传媒',
  '物流',
  '动力',
  '机械',
  '食品',
  '乳业',
  '啤酒',
  '水务',
  '燃气',
  '能源',
  '科技',
  '软件',
  '家居',
  '百货',
  '影业',
  '服饰',
  '天然气',
  '唱片',
  // a label, a studio (索尼音乐, 华策影视), and the brothers of a firm's name (华谊兄弟, 雷曼兄弟, 华纳兄弟);
  // not 娱乐, a portal's channel as often (新浪娱乐)
  '音乐',
  '影视',
  '兄弟',
  '半导体',
  '资本',
  '证券',
  '矿业',
  '生物',
  '速运',
  '快递',
  '人寿',
  '财险',
  '物业',
  // Not 保险 or 医疗: products and services share them (养老保险, 公费医疗); not 电力, a province's
  // grid as often as a company (山东电力), and a power project's name on the dev pages; not 网络, a body's
  // network as often as a company (银联网络, 五角大楼网络 in CLUENER, against 盛大网络).
];

/**
 * Industry words that name a trade after a Latin brand or acronym (IDG资本, LG电子, K2地产); not those
 * that name a technology, a fuel or a material after an acronym as often (GSM通信, LNG能源, PVC化工).
 */
const TECHNOLOGY_INDUSTRIES: ReadonlySet<string> = new Set([
  // MP3音乐: after Latin letters a format as often
  '音乐',
  '兄弟',
  '通讯',
  '通信',
  '软件',
  '动力',
  '能源',
  '生物',
  '半导体',
  '电气',
  '天然气',
  '燃气',
  '化工',
  '食品',
  '机械',
]);
/** Industry words that after a place name the place's art or its people (维也纳音乐, 香港影视), no company. */
export const NOT_AFTER_PLACES: ReadonlySet<string> = new Set(['音乐', '影视', '兄弟']);
export const LATIN_TRADE_INDUSTRIES: readonly string[] = INDUSTRY_WORDS.filter((w) => !TECHNOLOGY_INDUSTRIES.has(w));

/** A company's legal form or group word, longest first (春秋航空 + 公司, 比亚迪 + 股份有限公司). */
export const LEGAL_FORMS: readonly string[] = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '公司', '集团'];

/**
 * What follows the trade name in a company's registered name, from its end: the legal form and
 * the group words (腾讯 + 控股 + 有限公司, 比亚迪 + 股份有限公司, 华为 + 技术 + 有限公司). With them
 * taken off, the trade name is left, which news uses for the company itself.
 */
export const COMPANY_NAME_SUFFIXES: readonly string[] = [...LEGAL_FORMS, '控股', '股份', '技术', '科技', '实业', '国际'];

/** Group words a listed company's short name ends with (华能 + 国际, 复星 + 实业), as it may with an industry word. */
export const GROUP_ENDINGS: readonly string[] = ['国际', '控股', '股份', '实业'];

/** A website's word after its brand (当当 + 网, 新浪 + 网): the site is the company. */
export const SITE_WORD = '网';
