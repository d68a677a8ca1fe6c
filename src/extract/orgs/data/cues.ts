/**
 * Cues: words beside a name that show it acts as an organisation (百度宣布, 永隆 | 行长, 输给 |
 * 恩波利). Data apart from the rules that read them (latin.ts, vouching.ts, the lexicon step).
 */
/**
 * Words right after a name that show it acts as an organisation (NBA总裁, 百度宣布); an
 * acronym or an everyday word without one is more often a term (KIAS) or a word than a name.
 */
export const ORG_CUES: readonly string[] = [
  '公司',
  '集团',
  '官方',
  '发布',
  '宣布',
  '表示',
  '报道',
  '援引',
  '称',
  '旗下',
  '总裁',
  '首席',
  '创始人',
  '董事长',
  '总经理',
  '主席',
  '秘书长',
  '发言人',
  '总部',
  '成员',
  '会员',
  '股价',
  '市值',
  '球队',
  '联赛',
  '研究',
  '记者',
  '网站',
  '员工',
  '与',
  '和',
  '、',
];

/** What a way of doing things is called (以BOT方式, TOT模式): an acronym before it names a method, not a body. */
export const MANNER_WORDS: readonly string[] = ['方式', '模式'];

/** What a technical standard is called (TD-SCDMA标准, CDMA制式): a Latin name before it names the standard, not a body. */
export const STANDARD_WORDS: readonly string[] = ['标准', '制式'];

/** The parent of a company, named after the word (Google母公司Alphabet): the name before it is a company's. */
export const PARENT_COMPANY = '母公司';

/** What only a company has, after a capitalised Latin word (Tesla总部, RockResorts的创始人). */
export const LATIN_COMPANY_CUES: readonly string[] = [
  '集团',
  '旗下',
  '总部',
  '股价',
  '市值',
  '员工',
  '创始人',
  '总裁',
  '首席执行官',
  // 首席技术官, 首席财务官: a chief officer of any kind.
  '首席',
  'CEO',
  '董事长',
  '总经理',
  '官网',
  '官方网站',
  '股份',
  PARENT_COMPANY,
];

/**
 * A multinational's division for a region (沃尔玛中国区总裁), after a name the lexicon holds as a
 * company: not after any Latin word, since a competition has regions too (WCG2011中国区总决赛).
 */
export const REGION_DIVISIONS: readonly string[] = ['中国区', '亚太区', '大中华区'];

/** Where shares are listed: only a company goes public there (在纳斯达克上市, 赴港上市). */
export const EXCHANGES: readonly string[] = [
  '纳斯达克',
  '纽交所',
  '港交所',
  '联交所',
  '上交所',
  '深交所',
  '北交所',
  '交易所',
  '创业板',
  '科创板',
  '中小板',
  '主板',
  'A股',
  'H股',
  'B股',
  '港股',
  '美股',
];

/**
 * Titles after a name that only the head or staff of a body carry (永隆 | 行长, 每经 | 记者, 新华社
 * | 社长), and a dateline's 讯 (赛迪网讯): a place takes 市长 or 省长, never these.
 */
export const BODY_STAFF_CUES: readonly string[] = ['行长', '社长', '台长', '总监', '董事', '院长', '校长', '总编', '主编', '记者', '讯'];

/**
 * A team's coach after its name (鲁能 | 主帅): only a team has one. Not a player's position or 外援,
 * which a nationality takes as readily (阿根廷 | 前锋, 巴西 | 外援).
 */
export const TEAM_STAFF_CUES: readonly string[] = ['主帅', '主教练'];

/**
 * A source's findings after its name (彭博社 | 数据显示, 海关总署 | 统计显示): what a body publishes;
 * a person reports a survey as a source only through a body.
 */
export const FINDINGS_CUES: readonly string[] = ['数据显示', '统计显示', '调查显示', '报告显示'];

/** Verbs by which one body acts with another (自治区税务局 | 联合 | 自治区发展改革委, 市教育局 | 会同 | 市财政局). */
export const JOINT_ACTION_VERBS: readonly string[] = ['联合', '会同', '协同', '联手', '携手'];

/**
 * Verbs of joining a body or serving in it (加盟 | 凤凰卫视, 效力 | 国际米兰): the body's name starts after
 * one. jieba's dictionary files 加盟 as a place and the model now and then reads it as one.
 */
export const MEMBERSHIP_VERBS: readonly string[] = ['加盟', '加入', '入职', '效力', '转会', '投奔', '投身'];

/** Deals one company strikes over another (收购 | IBM个人电脑业务, 吉利 | 收购): a name the model is unsure of on either side of one is a company. */
export const DEAL_VERBS: readonly string[] = ['收购', '并购', '入股', '注资', '控股'];

/** What a company does and a fruit or a crowd never does (苹果 | 宣布, 小米 | 推出): enough for a brand that is an everyday word too. */
export const BODY_ACTS: readonly string[] = ['宣布', '推出', '发布'];

/** Words before a body that another one holds (阿里巴巴集团旗下的 | 蚂蚁集团): a subsidiary has a name, however everyday its words. */
export const HELD_UNDER: readonly string[] = ['旗下的', '旗下'];

/** Verbs that set one side of a match against another (火箭队 | 迎战 | 太阳队, 输给 | 恩波利). */
export const MATCH_VERBS: readonly string[] = [
  '输给',
  '击败',
  '战胜',
  '负于',
  '逼平',
  '战平',
  '迎战',
  '对阵',
  '不敌',
  '力克',
  '完胜',
  '淘汰',
  '险胜',
  '横扫',
  '憾负',
  '败给',
];

/**
 * Words before a name that only a side in a match takes (输给 | 恩波利, 球队 | 伯恩利): teams and
 * clubs are organisations. A country or city standing for its team is still a place.
 */
/**
 * Words of a match report that jieba may tag as nouns or places (上半场/ns, 战胜/n, 大胜/nr, 领头羊/n):
 * never part of a team's name, so a name read leftwards from 队 stops at them (上半场 | 中国队).
 */
export const MATCH_WORDS: readonly string[] = [
  ...MATCH_VERBS,
  '大胜',
  '小胜',
  '惜败',
  '完败',
  '上半场',
  '下半场',
  '全场',
  '半场',
  '主场',
  '客场',
  '冠军',
  '亚军',
  '季军',
  '领头羊',
  '队伍',
  '对手',
];

export const OPPONENT_CUES: readonly string[] = [...MATCH_VERBS, '球队'];

/** A deputy's title is the title's cue too (百度 | 副总裁, 央行 | 副行长). */
export const DEPUTY = '副';

/**
 * A listed company's stock code in brackets right after its name (贵州茅台（600519）, 腾讯控股
 * （00700.HK）, 五粮液（股票代码：000858）): Shanghai, Shenzhen and Beijing codes of six digits,
 * Hong Kong codes of four or five with .HK.
 */
export const STOCK_CODE =
  /[（(]\s*(?:(?:股票|证券)代码\s*[:：]\s*)?(?:(?:SH|SZ|BJ|sh|sz|bj)?\d{6}(?:\.(?:SH|SZ|BJ|sh|sz|bj))?|\d{4,5}\.(?:HK|hk))\s*[）)]/gu;

/** A team's kind words: a side in a match (火箭队, 申花俱乐部). */
export const TEAM_KINDS: readonly string[] = ['队', '俱乐部'];

/** What before 队 says which sort of team, not which one (甲级队, 二线队, 青年队, 女队, 主力队, 对手队). */
export const TEAM_SORTS: readonly string[] = ['级', '线', '年', '女', '男', '对手', '主力'];

/**
 * How far after a team its match verb may stand (火箭队 | 主场以98比95 | 击败, 火箭队 | 昨天在主场以九十八比
 * 九十五 | 险胜): the clause, not the sentence.
 */
export const MATCH_VERB_REACH = 20;

/** Cues after a Latin acronym: the general cues; the latin step leaves out 与, 和 and 、, which join acronyms of every kind (MP3、WMA和AAC). */
export const LATIN_ORG_CUES: readonly string[] = ORG_CUES;

/**
 * Words right after a news outlet's name that make it the source of the story (新京报 | 讯, 红星新闻 |
 * 记者, 央视新闻 | 客户端): the outlet acts as an organisation there, whatever words its name is made of.
 */
export const OUTLET_CUES: readonly string[] = ['记者', '讯', '客户端', '评论员', '特约评论员'];

/** Words after an outlet that make it the source when 据 opens the phrase (据澎湃新闻报道, 据财联社消息). */
export const REPORTED_CUES: readonly string[] = ['报道', '消息'];

/** Who heads only a company, after a place (京东 | 创始人): not 旗下, which the model's place may own as a person does (马斯克旗下, 马斯克 a place to it). */
export const LED_LIKE_COMPANIES: readonly string[] = ['创始人', '联合创始人', '首席执行官', 'CEO', '董事长', '总裁', '副总裁'];

/**
 * Generic nouns for what companies make: a maker's name right before one is the company (小米电视,
 * 耐克气垫鞋, 格力空调), as the guidelines count it; a make and model is a product (奇瑞QQ). Not
 * clothes or drinks, which an everyday word before them describes (现代服装).
 */
export const MADE_PRODUCTS: readonly string[] = [
  '手机',
  '电视',
  '电视机',
  '冰箱',
  '空调',
  '洗衣机',
  '电脑',
  '个人电脑',
  '笔记本',
  '平板',
  '耳机',
  '手表',
  '相机',
  '芯片',
  '轿车',
  '电动车',
  '新能源车',
  '跑车',
  '气垫鞋',
  '运动鞋',
  '球鞋',
  '奶粉',
  '门店',
  '专卖店',
  '旗舰店',
];

/**
 * What a site's company does or has right after the site's name (土豆网 | 创始人, 人人网 | 的注册用户, 优酷网 | 则表示):
 * a word and 网 that speaks, launches or counts registered users is a site, not a kind of network (交通网).
 */
export const SITE_CUES: readonly string[] = [...LED_LIKE_COMPANIES, '宣布', '表示', '发布', '推出', '上线', '注册用户', '网友', '旗下'];

/** Words that give a body its name in the next words (一家名为“天一”的公司). */
export const NAMING_VERBS: readonly string[] = ['名为', '名叫', '叫做', '叫作', '取名为', '取名', '命名为'];

/** What such a named body may be: a body, not a thing (一款名为…的游戏, 一只名叫…的狗). */
export const NAMED_BODY_NOUNS: readonly string[] = [
  '公司',
  '企业',
  '集团',
  '机构',
  '组织',
  '银行',
  '网站',
  '协会',
  '基金会',
  '医院',
  '学校',
  '俱乐部',
  '乐队',
  '团体',
  '工作室',
  '事务所',
  '研究所',
  '智库',
];

/** Things a text names as it names a body (这款名为“天宫”的游戏, 一只名叫“欢欢”的狗): no body is named. */
export const NAMED_THING_NOUNS: readonly string[] = [
  '游戏',
  '软件',
  '产品',
  '应用',
  '节目',
  '电影',
  '影片',
  '小说',
  '歌曲',
  '专辑',
  '病毒',
  '台风',
  '飓风',
  '飞船',
  '卫星',
  '机器人',
  '药物',
  '新药',
  '狗',
  '猫',
  '宠物',
];

/**
 * Titles a person holds, right before the person's name (特斯拉CEO | 马斯克, 总裁 | 任正非); not
 * words that are verbs too (代表, 主持) nor members' nouns (成员国, 会员单位).
 */
export const TITLES_BEFORE_NAMES: readonly string[] = [
  ...LED_LIKE_COMPANIES,
  '董事',
  '总经理',
  '经理',
  '主席',
  '副主席',
  '主任',
  '书记',
  '院长',
  '校长',
  '局长',
  '厅长',
  '部长',
  '处长',
  '秘书长',
  '会长',
  '教授',
  '发言人',
  '记者',
  '主持人',
  '教练',
  '主教练',
];

/** The copula and a count of one body (UUZone | 是一家 | …网站): what the subject is. */
export const IS_ONE_BODY: readonly string[] = ['是一家', '是一所', '为一家', '是全球最大的', '是国内最大的', '是中国最大的'];

/**
 * What only a company does or has, right after an everyday word the article uses for a company it
 * named in full (联想集团 … 联想 | CEO, 联想 | 宣布): its heads, its staff's titles, its announcements,
 * its takeovers (万向 | 先后 | 收购, an adverb or a time between allowed).
 */
export const BARE_NAME_CUES: readonly string[] = [
  ...new Set([...LED_LIKE_COMPANIES, ...LATIN_COMPANY_CUES, '宣布', '发布', '表示', '公告', '收购', '并购']),
];

/**
 * Nouns for a kind of company that a news sentence sets right before the company's name, in
 * apposition (芯片制造商 | 英特尔, 投资银行 | 雷曼兄弟, 电信运营商 | 中国移动, 科技巨头 | 苹果): the name
 * after one is the company, however the model or jieba read it. Not 公司 or 集团, after which the
 * sentence more often names a person of the company (该公司 | 王经理).
 */
export const COMPANY_DESCRIPTORS: readonly string[] = [
  '制造商',
  '生产商',
  '运营商',
  '零售商',
  '开发商',
  '供应商',
  '服务商',
  '提供商',
  '经销商',
  '分销商',
  '承包商',
  '投资银行',
  '投行',
  '巨头',
  '车企',
  '厂商',
  '药企',
  '房企',
  '券商',
  // a site is the company that runs it (视频分享网站 | YouTube, 门户 | 新浪)
  '网站',
  '门户',
];

/** Words for a maker (美国电脑 | 厂商): what is made and where, before one, is a description. */
export const MAKER_WORDS: readonly string[] = ['厂商', '制造商', '生产商', '厂家'];

/** Nouns for what a body is, in apposition before its name (车企 | 比亚迪, 金融机构 | 旅行者集团, 竞争对手 | 宝马汽车公司). */
export const APPOSITION_NOUNS: readonly string[] = [...COMPANY_DESCRIPTORS, '机构', '金融机构', '竞争对手', '对手'];

/** Nouns for a body of any kind that a Latin name stands in apposition to (市场研究公司 | IDC, 分析机构 | Counterpoint, 英国乐队 | Travis). */
export const BODY_DESCRIPTORS: readonly string[] = [
  ...COMPANY_DESCRIPTORS,
  '公司',
  '机构',
  '集团',
  '组织',
  '媒体',
  '智库',
  '乐队',
  '乐团',
  '组合',
];
