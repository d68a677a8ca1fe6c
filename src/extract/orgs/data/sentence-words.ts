/**
 * Words of the sentence around a name, which a span that runs on takes in: they end a name where
 * they start (trimmed from its end) or keep a name from reaching over them.
 */

/**
 * Adverbs, auxiliaries and prepositions that open the predicate right after a subject (加拉塔萨雷 |
 * 则, 梅塔利斯 | 在, 商务委 | 副主任, 橘子熊 | 以, 中央社院 | 是, 区卫健委 | 对辖区…): no organisation's
 * name ends with one (none of the corpora's gold names ends with 对, 向 or 给).
 */
export const PREDICATE_OPENERS: ReadonlySet<string> = new Set([
  '在',
  '是',
  '则',
  '要',
  '将',
  // 最高法 | 拟: what a body plans opens the predicate too
  '拟',
  '欲',
  '已',
  '也',
  '就',
  '还',
  '又',
  '却',
  '曾',
  '副',
  '以',
  '被',
  '把',
  '从',
  '对',
  '向',
  '给',
]);

/**
 * Particles that close a phrase (工业和信息化部 | 等部门, jieba's HMM word 部等; 公司 | 的): a name never
 * ends with one, so a word that opens with one is not carried into the name before it.
 */
export const PHRASE_PARTICLES: ReadonlySet<string> = new Set(['等', '的', '了', '着', '过', '吗', '呢', '吧']);

/** Locatives after a noun (…上, …中): where, not a part of the name (萨雷 | 上上赛季). */
export const LOCATIVES: ReadonlySet<string> = new Set(['上', '下', '中', '里', '内', '外', '前', '后']);

/** Outlets and portal channels before 讯, which then opens a dateline (新华社讯, 本报讯, 新浪科技讯). */
export const DATELINE_SOURCES: readonly string[] = [
  '社',
  '报',
  '网',
  '台',
  '科技',
  '娱乐',
  '房产',
  '财经',
  '体育',
  '汽车',
  '教育',
  '游戏',
  '数码',
  '军事',
  '健康',
];

/** Numerals that count a set before 大 (三大运营商, 四大银行). */
export const COUNT_NUMERALS = '一二三四五六七八九十百两几数';

/** A year that dates a clause (庚子年, 1998年, 今年): a name never starts with one. */
export const YEAR_WORD =
  /^(?:[0-9０-９一二三四五六七八九十〇零百千]+|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]|[今去前明后同当次])年$/;

/** Measure words for things, never for a body (几副春联, 一张报纸; a body takes 家, 所 or 个). */
export const THING_CLASSIFIERS: ReadonlySet<string> = new Set([
  '副',
  '张',
  '本',
  '件',
  '条',
  '块',
  '首',
  '幅',
  '篇',
  '册',
  '辆',
  '架',
  '艘',
  '枚',
  '颗',
  '粒',
  '双',
  '套',
  '些',
]);

/** 某 marks a name withheld (四川某研究所, 招商银行某分行): what follows it names no one. */
export const WITHHELD = '某';
/** Letters standing for a name withheld (杨xx, XX公司, ××局): no one is named either. */
export const PLACEHOLDER_NAME = /(?<![A-Za-z])(?:[xX]{2,}|×{2,})(?![A-Za-z])/;

/** The generic word for a department (卫生行政部门, 税务部门): it names none, and its 部 is no kind. */
export const DEPARTMENT_WORD = '部门';

/** A street's, a road's or a lane's word, the end of an address (林和西 + 路, 中关村 | 大街). */
export const ROAD_WORDS: readonly string[] = ['路', '街', '大街', '大道', '巷', '胡同'];

/** A market, which a place has (美国市场) and which is no body. */
export const MARKET = '市场';

/** What opens a short form the article declares after a full name: （以下简称“, （简称, (下称 */
export const DECLARED_SHORT_FORM_OPEN = /^\s*[（(]\s*(?:以下|下文|下)?(?:简称|称)\s*[:：]?\s*["“「『]?$/u;
/** What closes it: the quotation mark, then the bracket (or a comma before another). */
export const DECLARED_SHORT_FORM_CLOSE = /^["”」』]?[）)，,、]/u;

/** Quotation marks that open and close a quoted phrase or name. */
export const QUOTE_OPENERS = '"“「『';
export const QUOTE_CLOSERS = '"”」』';
/** Title marks round a book, a periodical or a programme (《卫报》). */
export const TITLE_OPENERS = '《〈';
export const TITLE_CLOSERS = '》〉';

/** Words before a body's name that make it every body of that kind (各级人民法院, 各地武术协会). */
export const EACH_OF_A_KIND: readonly string[] = ['各级', '各地', '各类', '各个', '各'];

/** An output per day, month or year (日产三吨): before a figure these are no brand, whatever the lexicon holds (日产, Nissan). */
export const OUTPUT_RATE_WORDS: readonly string[] = ['日产', '月产', '年产'];

/** A year of the sixty-year cycle (庚子, 甲午): a stem and a branch name a time, never a body. */
export const SEXAGENARY_YEAR = /^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]$/u;

/** 联盟 after 与 or 和 and one country or person, closing its clause (与德皇联盟，): to ally with, no alliance's name. */
export const ALLY_VERB = '联盟';
export const ALLY_OPENERS = /[与和同跟]$/u;

/** What a doctrine's word takes after it (立宪 + 主义, 保皇 + 主义): before it, no body is named. */
export const DOCTRINE_SUFFIX = '主义';

/**
 * What a place or a field before it is the sector of (中国石化 | 行业, 邮电通讯 | 行业), or a market's
 * index (上证 | 综合指数, 恒生 | 指数): no body, whatever the name reads as alone.
 */
export const SECTOR_WORDS: readonly string[] = ['行业', '产业', '板块', '领域', '指数', '综合指数', '综指', '成指'];

/** Prepositions of place: a place after one and a verb phrase before a kind (在福建 | 合资建设 | 炼油厂) say where something is done. */
export const PLACE_PREPOSITIONS = /[在于赴到]$/u;

/** What follows a broadcast programme's title (《快乐大本营》节目组, 《焦点访谈》栏目): the title names a programme, no body. */
export const PROGRAMME_WORDS: readonly string[] = ['节目', '栏目', '剧组'];

/** What a broadcaster's name ends with: a title right after one is its programme (中央电视台《新闻联播》, 湖南卫视《快乐大本营》). */
export const BROADCASTER_END = /(?:电视台|卫视|电台|频道|央视|台)$/u;

/**
 * Going to school, said after a place (去北京 | 上大学, 在长沙 | 读中学): a verb of attending and a
 * school's level, no school's name.
 */
export const ATTEND_VERBS: readonly string[] = ['上', '读', '念', '考'];
export const SCHOOL_LEVELS: readonly string[] = ['大学', '中学', '小学', '高中', '初中', '学校', '幼儿园'];

/**
 * Countries, regions and places relative to the writer that news names firms by without naming one
 * (日本公司, 欧美企业, 当地企业): those with a country's or a continent's own ending (美国, 欧洲) are read
 * by it; these are the others. A brand jieba files as a place (福特, 中兴, 英特尔) is none of them.
 */
export const HOME_PLACES: readonly string[] = [
  '日本',
  '瑞典',
  '瑞士',
  '俄罗斯',
  '意大利',
  '西班牙',
  '加拿大',
  '澳大利亚',
  '印度',
  '巴西',
  '荷兰',
  '比利时',
  '新加坡',
  '台湾',
  '香港',
  '澳门',
  '欧美',
  '日韩',
  '港澳',
  '港台',
  '以色列',
  '芬兰',
  '丹麦',
  '挪威',
  '墨西哥',
  '阿根廷',
  '南非',
  '埃及',
  '伊朗',
  '越南',
  '印尼',
  '马来西亚',
  '菲律宾',
  '土耳其',
  '沙特',
  '奥地利',
  '波兰',
  '乌克兰',
  '希腊',
  '葡萄牙',
  '爱尔兰',
  '新西兰',
  '国内',
  '海外',
  '境外',
  '外地',
  '本地',
  '当地',
];

/** Kin of a person (他的哥哥纳尔逊, 妻子玛丽): a span opened by one is about the person's family, no name of a body. */
export const KIN_WORDS: readonly string[] = [
  '哥哥',
  '弟弟',
  '姐姐',
  '妹妹',
  '父亲',
  '母亲',
  '儿子',
  '女儿',
  '妻子',
  '丈夫',
  '爸爸',
  '妈妈',
  '爷爷',
  '奶奶',
  '祖父',
  '祖母',
  '兄长',
  '叔叔',
  '舅舅',
  '伯父',
  '长子',
  '次子',
  '长女',
  '孙子',
  '岳父',
  '太太',
];

/**
 * Words that take a noun for persons right after them (这种 | 人, 有些 | 人): 人 there is the noun, so a
 * span opening with it (这种人 | 大都是 read as 人大) names no body. 人民 opens names (当地 | 人民银行).
 */
export const PERSON_DETERMINERS = /(?:这种|那种|这些|那些|这类|此类|许多|很多|不少|有些|一些|个别)$/u;

/** Verbs that say where something stands (位于, 坐落于): what follows is a place, a building among them. */
export const LOCATED_AT = /(?:位于|坐落于|坐落在|地处)$/u;
/** Kinds a building's name ends with as often as a body's (洛克菲勒中心, 国际贸易中心): after LOCATED_AT, the building. */
export const BUILDING_OR_BODY_KINDS: ReadonlySet<string> = new Set(['中心']);
