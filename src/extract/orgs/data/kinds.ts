/**
 * Word lists for organisation names, which Chinese builds as [place][name][kind]: the kinds
 * that end a name, the modifiers that do not make one distinctive, and the Latin-script
 * words that are not names. One entry per line so that a change is a one-line diff; no entry
 * names an organisation.
 */

/**
 * Kinds of a theatre company. The nation's or the centre's company is one body (国家话剧院, 中央歌剧院
 * would be one if 歌剧院 were a kind), so 国家 before them is a name, not a generic modifier.
 */
export const THEATRE_COMPANY_KINDS: readonly string[] = ['艺术剧院', '话剧院', '京剧院', '评剧院', '越剧院', '昆剧院', '豫剧院', '川剧院'];
/** Scopes that name the one national body of a rare kind (国家话剧院), not a class of bodies as with 国家队. */
export const NATIONAL_SCOPES: readonly string[] = ['国家', '中央'];

/** Words that end an organisation name, longest first where one ends another (研究院 before 院). */
export const KIND_WORDS: readonly string[] = [
  // companies and business
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团公司',
  '控股集团',
  '总公司',
  '分公司',
  '子公司',
  '分行',
  '支行',
  '公司',
  '集团',
  '控股',
  '银行',
  '证券',
  '保险',
  '基金',
  '交易所',
  '事务所',
  '商会',
  '工作室',
  '俱乐部',
  // a cinema chain (万达院线), a cooperative (农机专业合作社), a travel agency (not 信用社: 农村 | 信用社
  // would read as a generic modifier and a kind, and CLUENER names the rural credit unions so)
  '院线',
  '合作社',
  '旅行社',
  '厂',
  // education and research
  '大学',
  '学院',
  '中学',
  '小学',
  // a university's attached school (清华附中, 北师大附小)
  '附中',
  '附小',
  '学校',
  '幼儿园',
  '研究院',
  '研究所',
  '研究中心',
  '科学院',
  '工程院',
  '社科院',
  '实验室',
  '医院',
  '卫生院',
  '卫生室',
  '疾控中心',
  '中心',
  // government, courts, parties, the military
  '人民政府',
  '政府',
  '委员会',
  '管委会',
  '常委会',
  '党委',
  // a working committee of the Party (苏州工业园区党工委, 区机关工委; not a bare 工委: 全国少 + 工委 reads generic)
  '党工委',
  '机关工委',
  '纪委',
  '监委',
  '支部',
  '党支部',
  '党总支',
  '总支',
  '分会',
  '总会',
  '科室',
  '病区',
  '人民法院',
  '法院',
  '人民检察院',
  '检察院',
  '公安局',
  '派出所',
  '管理局',
  '监督局',
  '总局',
  '分局',
  '局',
  '厅',
  '部',
  '署',
  '办公室',
  '办事处',
  '事务处',
  // the office that runs a park, a river or a road (颐和园管理处, 长江航道管理处)
  '管理处',
  // a country's mission abroad (中国驻美国大使馆)
  '大使馆',
  '领事馆',
  '总领事馆',
  '海关',
  '衙门',
  '党',
  '部队',
  '军区',
  '战区',
  '舰队',
  // society and media
  '联合会',
  '总工会',
  '工会',
  '协会',
  '学会',
  '基金会',
  '研究会',
  '联谊会',
  '理事会',
  '促进会',
  '联盟',
  '组织',
  '报社',
  '杂志社',
  '出版社',
  '通讯社',
  '电视台',
  // a province's satellite channel (湖南卫视, 江苏卫视): CLUENER tags all three it has as organisations
  '卫视',
  '广播电台',
  '日报',
  '晚报',
  '新闻社',
  // bands, orchestras and troupes
  '乐团',
  '乐队',
  '合唱团',
  '剧团',
  '艺术团',
  '歌舞团',
  // a theatre company, not a theatre (北京人民艺术剧院, 中国京剧院): 剧院 and 歌剧院 alone are buildings
  // as often (悉尼歌剧院, 首都剧院)
  ...THEATRE_COMPANY_KINDS,
  // a racing or haulage team (法拉利车队), 车队 alone a convoy
  '车队',
  '队',
];

/** Kinds of a department, which may follow a whole organisation's name (清华大学 + 计算机系). */
export const DEPARTMENT_KINDS: ReadonlySet<string> = new Set([
  '系',
  '科室',
  '病区',
  '办公室',
  '党总支',
  '总支',
  '党支部',
  '分会',
  '分公司',
  '子公司',
  '分行',
  '支行',
  '分局',
  '研究所',
  '研究中心',
  '实验室',
  '学院',
  '医院',
]);

/** Kinds so short or common that they end a name only after a distinctive part of two or more characters. */
export const WEAK_KINDS: ReadonlySet<string> = new Set([
  '党',
  '局',
  '厅',
  '部',
  '署',
  '队',
  '中心',
  '组织',
  '联盟',
  '基金',
  '证券',
  '保险',
  '控股',
]);

/**
 * Words that point at a body or count bodies instead of naming one (该, 某, 另一家, 全部, 上述): after
 * a place as well (南京 | 另一家 | 银行, 深市 | 全部 | 上市公司), a name begins after them, if at all.
 */
const POINTING_WORD_LIST: readonly string[] = [
  '该',
  '此',
  '这',
  '那',
  '某',
  '各',
  '每',
  '这家',
  '那家',
  '一家',
  '多家',
  '几家',
  '各家',
  // a body the text named already: 上述建设银行, 前述公司 (jieba's b, which a name's words may be)
  '上述',
  '前述',
  '下述',
  '所述',
  '上列',
  '下列',
  // all of them, another, the others, both sides: 全部上市公司, 另一家银行, 其他企业, 两国中央银行
  '全部',
  '所有',
  '另',
  '另一家',
  '另外',
  '其他',
  '其它',
  '两国',
  '各国',
  '双方',
];
export const POINTING_WORDS: ReadonlySet<string> = new Set(POINTING_WORD_LIST);

/**
 * Words that leave a kind generic when all that stands before it is made of them: 快递公司,
 * 当地政府, 该公司, 国家队 name no organisation.
 */
export const GENERIC_MODIFIERS: readonly string[] = [
  // the body's time, not its name: 现政府, 原建设部 (the ministry, once), 前政府, 旧政府; a coalition (联合政府)
  '现',
  '原',
  '前',
  '旧',
  '联合',
  ...POINTING_WORD_LIST,
  '本',
  '其',
  '一',
  // how a body is regarded, not which: 主流博彩公司, 权威组织
  '主流',
  '权威',
  '有关',
  '相关',
  '当地',
  '地方',
  // a tier of government or of town, not a place: 联邦政府, 城市银行 name none (联邦调查局 keeps its 调查)
  '联邦',
  '城市',
  // where in a province or a county, not which one: 县城中学, 农村团组织, 农村商业银行 (宁波农村信用社 is one)
  '省城',
  '县城',
  '农村',
  '上级',
  '下级',
  '主管',
  '属地',
  '国家',
  '省',
  '市',
  '县',
  '区',
  '镇',
  '乡',
  '村',
  '街道',
  '社区',
  // a place any town has, whose office is no name of its own (公园管理处, 景区管委会, 小区物业)
  '公园',
  '景区',
  '小区',
  '省级',
  '市级',
  '县级',
  '基层',
  '全国',
  '全省',
  '全市',
  '我国',
  '我',
  '我们',
  '你们',
  '他们',
  '国内',
  '国外',
  '海外',
  '外国',
  '外资',
  '中资',
  '国有',
  '民营',
  '私营',
  '上市',
  // a class by what it is not: 非银行 (金融机构), 非上市股份公司, 非政府组织
  '非',
  '秘密',
  // a channel, not a bank: 网上银行 is online banking
  '网上',
  '大型',
  '中小',
  '小型',
  '龙头',
  '头部',
  '知名',
  '新',
  '老',
  '大',
  '小',
  '民间',
  '有限',
  '股份',
  '团',
  '加工',
  '快递',
  '物流',
  '科技',
  // a school's field names a kind of school, not one: 理工学院, 师范大学, 医科大学 (大连理工大学 is one)
  '理工',
  '师范',
  '医科',
  // a cause names a kind of party, army or committee, not one: 革命党, 革命军 (国民革命军 and 老挝人民革命党 are one)
  '革命',
  // an art form names a kind of orchestra, not one: 爱乐乐团, 交响乐团 (维也纳爱乐乐团 is one)
  '爱乐',
  '交响',
  // a scope or a remit, not a name: 全国性专门委员会, 城镇中小学, 金融投机集团
  '全国性',
  '专门',
  '城镇',
  '投机',
  // a way of running one, not which: 智慧医院, 智慧校园
  '智慧',
  // a class of company, not a company: 高科技公司, 跨国公司, 合资公司, 红筹公司
  // (by its stage or its technology: 初创公司, 独角兽企业, AI公司, 新能源车企)
  '初创',
  '创业',
  '独角兽',
  'AI',
  'IT',
  '新能源',
  '云计算',
  '电动车',
  '中介',
  // a service any town has firms for (保安公司, 安保公司)
  '保安',
  '安保',
  '经纪',
  '博彩',
  '彩票',
  '物业',
  '家政',
  '装修',
  '房产',
  '高科技',
  '高新技术',
  '跨国',
  '合资',
  '独资',
  '股份制',
  '外商',
  '红筹',
  '网络',
  '互联网',
  '投资',
  '金融',
  '医药',
  '药品',
  '地产',
  '房地产',
  '能源',
  '汽车',
  '电商',
  '平台',
  '创新',
  '研发',
  '技术',
  '管理',
  '服务',
  '咨询',
  '贸易',
  '制造',
  '生产',
  '建筑',
  '工程',
  '商业',
  '综合',
  '专业',
  '专科',
  '定点',
  '三甲',
  '公立',
  '私立',
  '民办',
  '重点',
  '高等',
  '职业',
  '技工',
  '研究',
  '科学',
  '科研',
  '实验',
  '检测',
  '监管',
  '执法',
  '行政',
  '职能',
  '组',
  '委',
  '竞赛',
  '比赛',
  '赛事',
  // an unnamed event's own committee or office (展会组委会, 大会秘书处): the event has no name to lend it
  '展会',
  '大会',
  '会议',
  '活动',
  '峰会',
];

/** Latin-script words and acronyms that are common in Chinese text and name no organisation. */
/**
 * English words that end an organisation's name written in Latin letters (Samsung Electronics,
 * Harvard University, The New York Times): after capitalised words, the whole run is the name.
 */
export const ENGLISH_ORG_WORDS: readonly string[] = [
  'University',
  'College',
  'Institute',
  'School',
  'Academy',
  'Bank',
  'Group',
  'Holdings',
  'Inc',
  'Corp',
  'Corporation',
  'Company',
  'Co',
  'Ltd',
  'LLC',
  'PLC',
  'AG',
  'GmbH',
  'Systems',
  'Electronics',
  'Motors',
  'Airlines',
  'Airways',
  'Technologies',
  'Technology',
  'Networks',
  'Communications',
  'Pharmaceuticals',
  'Partners',
  'Capital',
  'Ventures',
  'Studios',
  'Records',
  'Press',
  'Times',
  'Post',
  'Journal',
  'News',
  'Foundation',
  'Association',
  'Agency',
  'Council',
  'Committee',
  'Commission',
  'Laboratory',
  'Laboratories',
  'Labs',
];

export const LATIN_NOT_NAMES: readonly string[] = [
  'AI',
  'APP',
  'App',
  'AR',
  'VR',
  'MR',
  'XR',
  'IT',
  'ICT',
  'IoT',
  'GDP',
  'GNP',
  'CPI',
  'PPI',
  'PMI',
  'M2',
  'CEO',
  'CFO',
  'CTO',
  'COO',
  'VP',
  'HR',
  'PR',
  'PPT',
  'PDF',
  'PC',
  'TV',
  'DVD',
  'CD',
  'USB',
  'LED',
  'LCD',
  'OLED',
  'GPS',
  // a game's non-player character, before the lexicon's National People's Congress
  'NPC',
  'SUV',
  'MPV',
  'EV',
  'DNA',
  'RNA',
  'PCR',
  'CT',
  'ICU',
  'MBA',
  'EMBA',
  'PhD',
  'IPO',
  'ETF',
  'ST',
  'OK',
  'VS',
  'vs',
  'VIP',
  'DIY',
  'KTV',
  'QQ',
  'ID',
  'IP',
  'WiFi',
  'WIFI',
  'Wi',
  'Fi',
  'WWW',
  'HTTP',
  'HTTPS',
  'URL',
  'HTML',
  'PM',
  'AM',
  'GMT',
  'UTC',
  'BC',
  'AD',
  'No',
  'NO',
  'km',
  'kg',
  'cm',
  'mm',
  'ml',
  'KB',
  'MB',
  'GB',
  'TB',
  'Hz',
  'kHz',
  'MHz',
  'GHz',
  'mAh',
  'kbps',
  'Mbps',
  'Gbps',
  'fps',
  'dpi',
  'RAM',
  'ROM',
  'CBD',
  'CNY',
  'RMB',
  'USD',
  'EUR',
  'HKD',
  'JPY',
  'GBP',
  'B2B',
  'B2C',
  'O2O',
  'C2C',
  'P2P',
  // kinds of service and network (做SNS的公司, BBS论坛)
  'SNS',
  'BBS',
  'IM',
  'CDN',
  'VPN',
  'SaaS',
  'PaaS',
  'IaaS',
  'H5',
  'H1N1',
  'COVID',
  'SARS',
  'MERS',
  'HIV',
  'AIDS',
  'TOP',
  'Top',
  'NEW',
  'New',
  'PLUS',
  'Plus',
  'Pro',
  'PRO',
  'Max',
  'MAX',
  'Mini',
  'Logo',
  'LOGO',
  'UI',
  'UX',
  'API',
  'SDK',
  'CPU',
  'GPU',
  'AIGC',
  'ChatGPT',
  'GPT',
  'LLM',
  'NLP',
  'AGV',
  'PPP',
  'KPI',
  'OEM',
  'ODM',
  'CRM',
  'ERP',
  'SEO',
  'FAQ',
  'Q',
  'A',
  'Ⅰ',
  'Ⅱ',
  'STEM',
  'MV',
  'MTV',
  'CG',
  'UP',
  'Vlog',
  'vlog',
  'PK',
  'pk',
  'Wow',
  'WOW',
];

/** The same, for lookups. */
export const LATIN_NOT_NAME_SET: ReadonlySet<string> = new Set(LATIN_NOT_NAMES);

/** Nouns for an organisation that name none (组委会, 警方): no name, whatever stands before them is judged apart. */
export const GENERIC_ORG_NOUNS: readonly string[] = [
  // society at large, listed beside bodies (党中央、国务院以及社会各界和国际社会): no one body
  '社会各界',
  '各界',
  '国际社会',
  '朝野',
  // the state's organs at large (中央、国家机关和解放军), no one body
  '国家机关',
  // a government's cabinet, unnamed (宣布内阁改组, 新内阁); 日本内阁 is Japan's
  '内阁',
  // nouns for companies that are no kind word of a name: with generic words before them, a class (IT企业, 新能源车企, 电动车制造商)
  '企业',
  '车企',
  '制造商',
  '厂商',
  '运营商',
  '供应商',
  '开发商',
  '服务商',
  '组委会',
  // a village's or a neighbourhood's committee, an office of the street: a tier of self-government, no one body unless named (向阳村村委会)
  '村委会',
  '村委',
  '居委会',
  '居委',
  '社区居委会',
  '街道办',
  '街道办事处',
  // a band of a kind of music, not one band (爵士乐队; 爵士队, a club, is one)
  '爵士乐队',
  '摇滚乐队',
  '民谣乐队',
  // a troupe of an art form, not one troupe (北京京剧团 is one)
  '京剧团',
  '昆剧团',
  '粤剧团',
  '越剧团',
  '豫剧团',
  '评剧团',
  '话剧团',
  '歌剧团',
  '舞剧团',
  '杂技团',
  '党和政府',
  '党政',
  // the central government, as a description: MSRA tags it as no name 26 times, PFR as a plain noun 9
  '中央政府',
  // interest groups are a class (PFR: 利益/n 集团/n)
  '利益集团',
  '主办方',
  '承办方',
  '警方',
  '军方',
  '校方',
  '院方',
  '厂方',
  '资方',
  '官方',
  '当局',
  '国家队',
  '代表队',
  '中小学',
  '中小学校',
  '工作组',
  '专家组',
  '课题组',
  '领导小组',
  '项目组',
  '团队',
  '海军',
  '陆军',
  '空军',
  '军队',
  '政党',
  // a party by its place in parliament or the law, or a faction, not by its name
  '执政党',
  '反对党',
  '在野党',
  '参政党',
  '多数党',
  '少数党',
  '地下党',
  '同党',
  '余党',
  '乱党',
  '死党',
  '朋党',
  '奸党',
  '全党',
  '各党',
  '两党',
  '联军',
  // a body named by its level alone (市委); with a place before it, it is a name (南京市委)
  '省委',
  '市委',
  '县委',
  '区委',
  '州委',
  '镇委',
  '乡委',
  '党委',
  '党组',
  '党总支',
  '党支部',
];

/**
 * Fields of administration that every level of government has a bureau or committee for
 * (环保局, 工商局, 税务局, 环保委员会): named by its field alone, with no place, such a body is
 * generic, as 公安局 is (MSRA and PFR tag none of them bare: 环保局 0 of 26 in PFR, 工商局 0 of 14
 * in MSRA). National bodies named by an abbreviation of their own (发改委, 国资委) are not fields.
 */
export const ADMIN_FIELDS: readonly string[] = [
  '环保',
  '环境保护',
  '工商',
  '税务',
  '地税',
  '国税',
  '民政',
  '财政',
  '教育',
  '卫生',
  '文化',
  '统计',
  '审计',
  '物价',
  '规划',
  '国土',
  '劳动',
  '人事',
  '质监',
  '技监',
  '交管',
  '房管',
  '房产',
  '城管',
  '药监',
  '食药监',
  '交通',
  '水利',
  '农业',
  '林业',
  '商务',
  '司法',
  '体育',
  '旅游',
  '气象',
  '粮食',
  '安监',
  '公安',
  '科技',
  '外事',
  '计生',
  // the telephone and post bureaus every town had (电话局, 邮电局); 邮电部 is the ministry
  '电话',
  '邮电',
];

/** Fields a department (厅) is named by, besides the administration's (办公厅, 广电厅, 防卫厅, 警察厅): 厅 after anything else is a hall. */
export const HALL_DEPARTMENT_FIELDS: readonly string[] = [...ADMIN_FIELDS, '办公', '广电', '防卫', '警察'];

/** The kinds a field's body takes (环保 + 局, 教育 + 委员会); a field's 组织 is a kind of group (环保组织, jieba's 环保/j). */
export const FIELD_BODY_KINDS: readonly string[] = ['局', '厅', '委', '委员会', '办', '处', '所', '站', '组织'];

/**
 * Prefixes that scope a name to the nation or the world and make it a proper name the way a
 * place does (国家统计局, 全国妇联, 世界卫生组织), when something more stands before the kind.
 */
export const SCOPE_PREFIXES: readonly string[] = ['全国', '国家', '中国', '中华', '中央', '国际', '世界', '亚洲', '欧洲'];

/**
 * Kinds a government, a court or a procuratorate takes its name from a place by (广州市人民政府,
 * 墩头镇政府, 上城区人民检察院): before them only a place is distinctive (强势政府, 片面强调 + 政府
 * name no one body), and a district jieba cuts (上/f + 城区) still ends with its level.
 */
export const PLACE_NAMED_KINDS: ReadonlySet<string> = new Set(['政府', '人民政府', '人民法院', '人民检察院']);
/** The levels of government whose character ends a place's name before its government (戴窑镇 + 政府). */
export const GOVERNMENT_LEVELS = '省市县区州镇乡村旗盟';
/** Words for a tier of administration, not a place (自治区 + 人民政府, 特区 + 政府). */
export const ADMIN_TIERS: ReadonlySet<string> = new Set([
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '特区',
  '特别行政区',
  '新区',
  '地区',
  '市区',
  '城区',
  '郊区',
  '辖区',
  '社区',
  '本市',
  '本县',
  '本省',
  '全省',
  '全市',
  '全县',
]);

/** Kinds that a scope and common words make a designation, not a body (国际科技创新中心, 国家实验室). */
export const DESIGNATION_KINDS: ReadonlySet<string> = new Set(['中心', '研究中心', '实验室', '基地']);

/**
 * One character for the article's own province, city or county (省工业和信息化厅 = this
 * province's): a scope like 国家, when a name stands between it and the kind.
 */
export const LEVEL_PREFIXES: readonly string[] = ['省', '市', '县', '区', '州'];

/** Kinds of government bodies whose names join two fields with 和 (工业和信息化部, 住房和城乡建设厅). */
export const JOINED_NAME_KINDS: ReadonlySet<string> = new Set(['部', '厅', '局', '委员会', '委']);

/** Words that end with a kind's characters but are no kind (干部 is a cadre, 部署 a deployment). */
export const NOT_KINDS: readonly string[] = [
  '干部',
  '内部',
  '外部',
  '全部',
  '局部',
  '总部',
  '本部',
  '东部',
  '西部',
  '南部',
  '北部',
  '中部',
  '腹部',
  '头部',
  '胸部',
  '底部',
  '顶部',
  '背部',
  '俱乐部',
  '格局',
  '结局',
  '布局',
  '大局',
  '当局',
  '开局',
  '饭局',
  '骗局',
  '时局',
  '政局',
  '战局',
  '赌局',
  '客厅',
  '餐厅',
  '大厅',
  '展厅',
  '门厅',
  '部署',
  '签署',
  '政党',
  '入党',
  '建党',
  '全党',
  '在党',
  '爱党',
  '军队',
  '团队',
  '球队',
  '排队',
  '车队',
  '梯队',
  '舰队',
  '插队',
  '带队',
  '领队',
  '归队',
  '组队',
  '入队',
  '市中心',
  '圆心中心',
  '社会组织',
  '基层组织',
  '党组织',
  '团组织',
];

/**
 * Kinds that name a body after any word, however everyday (百事公司, 南开大学), so that one spelled
 * out beside a sure body of the same kind (可口可乐公司和百事公司) is a name too. Not a product's or a
 * unit's words (保险, 队), nor a government's kinds, which a place names.
 */
export const PARALLEL_KINDS: readonly string[] = [
  '公司',
  '集团',
  '银行',
  '大学',
  '学院',
  '医院',
  '研究院',
  '研究所',
  '出版社',
  '电视台',
  '报社',
  '协会',
  '基金会',
  '俱乐部',
  '实验室',
  // 国民党与亲民党: parties, once the classes of party are generic (执政党, 反对党: GENERIC_ORG_NOUNS)
  '党',
  // 迈凯轮车队和威廉姆斯车队: the kind spelled out twice outweighs the model's person in the name
  '车队',
];

/** People a body gathers for a task (…心内科团队, …研究院课题组): the body is the name, the group no organisation of its own. */
export const TASK_GROUPS: readonly string[] = ['团队', '课题组', '项目组'];

/** Counts of many that describe a list's class as other words do (…等一批龙头企业, …等众多知名企业). */
export const LIST_MANY: readonly string[] = ['一批', '一大批', '一些', '众多', '诸多', '多家', '数家', '若干'];

/** Police words that name a place's force as well as one of its officers (河南交警; 昆明市公安局 | 交警). */
export const FORCE_WORDS: readonly string[] = ['交警', '民警', '干警'];

/** Words after a list (…等企业) that say its members are organisations. */
export const LIST_ORG_NOUNS: readonly string[] = [
  '企业',
  '公司',
  '集团',
  '高校',
  '大学',
  '院校',
  '银行',
  '媒体',
  '品牌',
  '厂商',
  '厂家',
  '车企',
  '药企',
  '房企',
  '券商',
  '电商',
  '巨头',
  '独角兽',
  '运营商',
  '零售商',
  '零售巨头',
  // firms named by what they make or sell (华为、中兴和大唐电信等设备商); not 经销商 or 代理商, a person's trade as often
  '设备商',
  '供应商',
  '开发商',
  '制造商',
  '生产商',
  '服务商',
  '提供商',
  '承包商',
  '发行商',
  '出版商',
  '集成商',
  '乳企',
  '门户网站',
  '门户',
  '网站',
  '保险公司',
  '国有银行',
  '商业银行',
  // shares stand for their companies (贵州茅台、五粮液等白酒股)
  '个股',
  '白酒股',
  '银行股',
  '保险股',
  '地产股',
  '医药股',
  '汽车股',
  '钢铁股',
  '军工股',
  '航空股',
  '蓝筹股',
  '券商股',
  '科技股',
  '龙头股',
  '权重股',
  '概念股',
  '科研院所',
  '研究院所',
  '医院',
  '球队',
  '俱乐部',
  // time-honoured shops and restaurants (全聚德、东来顺等老字号)
  '老字号',
  // bands count (guidelines): Beyond、Radiohead等乐队
  '乐队',
  '乐团',
  // 同盟会、光复会、华兴会等革命团体; not 机构 or 组织, which close lists of activities as readily (版权集体管理、版权代理等机构)
  '团体',
  '社团',
  '党派',
  // 哥老会和三合会等秘密会社: secret societies (not 政党, which closes lists of party leaders: …干事长加藤一…等政党)
  '会社',
  '秘密会社',
  '帮会',
  '会党',
];

/**
 * What only companies own, said of a list (A、B和C的股价): every member is a company, even one the
 * model read as a person (小鹏). Not 销量 or 产品 (products and fruit have those too), nor a title
 * (董事长, 创始人, CEO: 王芳的董事长职位 is a person's).
 */
export const LIST_COMPANY_CUES: readonly string[] = ['股价', '市值', '财报', '营收', '净利润', '总部'];

/** What may stand between 等 and such a word (等知名高校); nothing else (等地团组织 is no cue). */
export const LIST_MODIFIERS: readonly string[] = [
  '多家',
  '一批',
  '一系列',
  '知名',
  '著名',
  '大型',
  '国内外',
  '国内',
  '海外',
  '国际',
  '头部',
  '龙头',
  '领先',
  '创新型',
  '科技型',
  '高科技',
  '新型',
  '重点',
  '互联网',
  '人工智能',
  '金融',
  '科技',
  '外资',
  '民营',
  '国有',
  '上市',
  '主要',
];

/** A body's headquarters (中国工商银行总部): a venue, whose body is named before it. */
export const HEADQUARTERS = '总部';

/** Endings of venues, zones and buildings, which are no organisations (会展中心, 试验区, 总部). */
export const VENUE_ENDINGS: readonly string[] = [
  '会议中心',
  '会展中心',
  '展览中心',
  '博览中心',
  '体育中心',
  '酒店',
  '宾馆',
  '饭店',
  '大厦',
  '广场',
  '园区',
  '产业园',
  '科技园',
  '试验区',
  '开发区',
  '新区',
  '集聚区',
  '示范区',
  HEADQUARTERS,
  '机场',
  '车站',
  '码头',
  '大楼',
  '大院',
  '音乐厅',
  '歌舞厅',
  '体育馆',
  '体育场',
  // cinemas: CLUENER tags them as scenes, MSRA as no name
  '影院',
  // malls, visitor and show centres, halls: CLUENER tags them as addresses or scenes, MSRA as places
  '购物中心',
  '游客中心',
  '展示中心',
  '会议厅',
  // lecture and studio halls, auditoriums (北京大学电教中心报告厅); lounges and halls of a station or an airport (机场贵宾厅, 候机厅)
  '报告厅',
  '贵宾厅',
  '候机厅',
  '候车厅',
  '大厅',
  '演播厅',
  '多功能厅',
  '礼堂',
  // office towers named as centres (国贸中心, 华贸中心, 环球金融中心, 珠江摩尔国际中心): CLUENER tags them
  // as addresses or scenes 14 times in 16, MSRA never as organisations
  '贸中心',
  '金融中心',
  '商务中心',
  '国际中心',
];

/** A company's sales region after its name (Google中国区 | 总裁, 惠普亚太区): part of the company, no body of its own. */
export const COMPANY_REGIONS: readonly string[] = ['中国区', '大中华区', '亚太区', '亚洲区', '欧洲区', '北美区', '全球区'];

/** Theatres and troupes together (全国京剧院团, 文艺院团): many bodies, no one. */
export const TROUPES_TOGETHER = '院团';

/**
 * Expeditions are undertakings, not standing bodies (南极考察队, 日蒙联合考古队): PFR tags none of
 * them, and the guidelines' teams are sports teams and clubs.
 */
export const EXPEDITION_ENDINGS: readonly string[] = ['考察队', '考古队', '探险队', '科考队', '勘探队', '勘察队'];

/**
 * Words that make a kind after a body's name a class of its members (江苏电网 | 主力电厂, 集团 | 骨干企业,
 * 该省 | 龙头企业): the body's main plants or leading firms, not one more body. Not 重点, which a
 * named laboratory keeps (国家重点实验室), nor 附属 or 直属, which a named hospital or bureau keeps (公安局直属分局).
 */
export const CLASS_MODIFIERS: readonly string[] = ['主力', '骨干', '龙头', '主要', '大型', '中小型', '中型', '小型', '下属', '所属'];

/** Machines and the crews that work them (统调燃煤发电机组, 10台机组; 机组 also a flight's crew): plant, not a body. */
export const MACHINE_ENDINGS: readonly string[] = ['机组'];

/** A fund named by its type is a product sold, no body (开放式基金, 民生蓝筹混合型基金); 益民基金, a fund company, is named otherwise. */
export const FUND_PRODUCT_ENDINGS: readonly string[] = ['型基金', '式基金'];

/**
 * Couplets are written, not founded: 联 ends a federation's short name (妇联, 文联, 侨联) and the
 * names of the couplets hung at festivals, weddings and funerals alike.
 */
export const COUPLET_WORDS: readonly string[] = ['春联', '对联', '楹联', '挽联', '寿联', '喜联'];

/** Events are no organisations (guidelines: 论坛, 博览会, 年会), whatever the model says. */
export const EVENT_ENDINGS: readonly string[] = [
  '动员大会',
  '推进大会',
  '表彰大会',
  '誓师大会',
  '论坛',
  '博览会',
  '年会',
  '峰会',
  '研讨会',
  '座谈会',
  '推进会',
  '动员会',
  '发布会',
  '展览会',
  '交易会',
  '运动会',
  '洽谈会',
  '报告会',
  '联欢会',
  '招聘会',
  '开幕式',
  '闭幕式',
  '典礼',
  '仪式',
  // competitions, events as OntoNotes has them: 联盟杯, 意大利杯, 锦标赛 (a league, 英超联赛, stays an
  // organisation, as do the teams and clubs)
  '杯',
  '杯赛',
  '锦标赛',
  '公开赛',
  '大奖赛',
  '邀请赛',
  '选拔赛',
  '总决赛',
  '世界杯',
  // events named by abbreviation (亚运会, 冬奥会, 进博会, 广交会, 厦洽会, 服贸会) and festivals
  '运会',
  '奥会',
  '博会',
  '交会',
  '洽会',
  '贸会',
  '电影节',
  '艺术节',
  '文化节',
  '音乐节',
  '旅游节',
  '大赛',
];

/**
 * A party's committees inside a body (公司党委, 部党组, 学院党总支). Before a secretary's title
 * (党委书记) the committee is part of the title: the organisation is the body it sits in.
 */
export const PARTY_BRANCHES: readonly string[] = ['党委', '党组', '党总支', '党支部', '团委'];
/** The titles a party committee's members hold (党委书记, 党组成员, 党委常委). */
export const COMMITTEE_TITLES: readonly string[] = ['书记', '副书记', '成员', '委员', '常委'];
/** 原 before a committee and its title: the person held it before (交通运输厅原党组成员). */
export const FORMER = '原';

/**
 * Titles and roles of persons. One written right after an organisation's name (委员会委员,
 * 协会会员, 公司总经理) belongs to a person: the name ends before it.
 */
export const ROLE_WORDS: readonly string[] = [
  '委员',
  '常委',
  '副主任',
  '主任',
  '副书记',
  '书记',
  '副院长',
  '院长',
  '副校长',
  '校长',
  '副局长',
  '局长',
  '厅长',
  '部长',
  '处长',
  '科长',
  // heads named by their body's kind (银行 | 行长, 财政司 | 司长 written 财政司长)
  '行长',
  '司长',
  '署长',
  '社长',
  '台长',
  '馆长',
  '所长',
  '站长',
  '团长',
  '队长',
  '董事长',
  '董事',
  '总经理',
  '副总经理',
  '经理',
  '总裁',
  '副总裁',
  '主席',
  '副主席',
  '秘书长',
  '会长',
  '副会长',
  '理事',
  '教授',
  '副教授',
  '研究员',
  '专家',
  '会员',
  '成员',
  '负责人',
  '发言人',
  '工作人员',
  '职工',
  '员工',
  '干部',
  '党员',
  '学生',
  '记者',
  '主持人',
  // members who are persons, not the body: 区人大代表, 美军士兵, 球队队员; a force's commander (空军 | 司令)
  '代表',
  '司令',
  '司令员',
  // officers of a police force or a court (昆明市公安局 | 交警, 区法院 | 法官)
  '民警',
  '交警',
  '干警',
  '警官',
  '法官',
  '检察官',
  '士兵',
  '官兵',
  '战士',
  '队员',
  '球员',
  '选手',
  '教练',
  '医生',
  '护士',
  '教师',
  '律师',
  '创办人',
  '创始人',
  '合伙人',
  '股东',
  '代言人',
];

/**
 * Words that end the title of a periodical: a newspaper or magazine written in book-title
 * marks (《…日报》) is an outlet, as a reader lists it.
 */
export const PERIODICAL_KINDS: readonly string[] = [
  '日报',
  '晚报',
  '早报',
  '晨报',
  '时报',
  '周报',
  '商报',
  '导报',
  '快报',
  '青年报',
  '画报',
  '周刊',
  '月刊',
  '杂志',
  '学报',
  '文摘',
  '报',
];

/** Titles ending in 报 that are documents, not outlets (《政府工作报告》 ends otherwise; these do not). */
export const NOT_PERIODICALS: readonly string[] = [
  '通报',
  '公报',
  '简报',
  '汇报',
  '情报',
  '预报',
  '海报',
  '年报',
  '季报',
  '月报',
  '电报',
  '喜报',
  '捷报',
  '画报社',
];

/**
 * Two bodies named as a pair with one place (南京市委市政府): the name written in full is the
 * first; the second repeats the place only by its level.
 */
export const PAIRED_BODIES: readonly string[] = ['省委省政府', '市委市政府', '县委县政府', '区委区政府', '州委州政府', '党委政府'];

/**
 * Words that end a news outlet's name (新京报, 红星新闻, 中国新闻网, 第一财经, 共同社), longest first.
 * Today's outlets are named with everyday words (澎湃, 界面, 封面, 上游): only a source cue after
 * one (`OUTLET_CUES`) makes it a name.
 */
export const OUTLET_KINDS: readonly string[] = [
  '新闻网',
  '新闻社',
  '电视台',
  '广播电台',
  '卫视',
  '日报',
  '晚报',
  '早报',
  '晨报',
  '时报',
  '周刊',
  '杂志',
  '新闻',
  '财经',
  '报',
  '网',
  '社',
];

/**
 * Words before an outlet's kind that say what it covers or where it sits, not whose it is (财经新闻
 * 记者, 体育新闻, 都市报, 党报, 当地电视台): an outlet's name needs something besides these.
 */
export const NEWS_FIELD_WORDS: readonly string[] = [
  '财经',
  '经济',
  '金融',
  '证券',
  '体育',
  '娱乐',
  '社会',
  '国际',
  '国内',
  '时政',
  '政治',
  '军事',
  '法制',
  '法治',
  '科技',
  '文化',
  '教育',
  '健康',
  '民生',
  '地方',
  '当地',
  '本地',
  '外地',
  '网络',
  '电视',
  '广播',
  '新闻',
  '晚间',
  '早间',
  '头条',
  '都市',
  '党',
  '机关',
  '官方',
  '主流',
  '大',
  '小',
  '多家',
  '各大',
  '境外',
  '外国',
  '外媒',
  '省',
  '市',
  '县',
  '中央',
];

/** Words ending like an outlet that name no outlet: a network, a site's kind, a news release (互联网, 官网, 公报). */
export const NOT_OUTLETS: readonly string[] = [
  '互联网',
  '物联网',
  '因特网',
  '万维网',
  '局域网',
  '电网',
  '官网',
  '联网',
  '上网',
  '外网',
  '内网',
  '专网',
  '公报',
  '通报',
  '简报',
  '情报',
  '举报',
  '预报',
  '汇报',
  '海报',
  '年报',
  '季报',
  '社会',
  '旅行社',
  '合作社',
  '公社',
];

/** Kinds of a school, whose name may end with its campus in brackets (香港科技大学（广州）). */
export const CAMPUS_KINDS: ReadonlySet<string> = new Set(['大学', '学院', '中学', '小学', '学校']);

/**
 * A company's boards and a team's staff: alone, or after a generic kind (公司董事会, 该集团监事会,
 * 国家队教练组), they name no one body.
 */
export const BOARDS: readonly string[] = ['董事会', '监事会', '董事局', '股东大会', '股东会', '教练组'];

/** Reports that say things as a paper does (公报说, 通报称): kinds of document, no paper's name. */
export const NOT_PAPERS: readonly string[] = [
  '公报',
  '通报',
  '简报',
  '快报',
  '情报',
  '海报',
  '年报',
  '财报',
  '季报',
  '画报',
  '大报',
  '小报',
];

/** Nouns for persons that are no titles (导师, 同志, 人员): a list member ending with one names people. */
export const PERSON_NOUNS: readonly string[] = [
  '导师',
  '同志',
  '人员',
  '院士',
  '教授',
  '专家',
  // people of a body or a kind, listed beside bodies (灾区干部群众, 无党派爱国人士, 老一辈无产阶级革命家, 武警部队官兵)
  '群众',
  '人士',
  '革命家',
  '官兵',
];

/** Kinds that end a company's name, which jieba's dictionary may hold whole (网易公司/n). */
export const COMPANY_KINDS: readonly string[] = ['公司', '集团'];

/**
 * Heads of the classes of company jieba's dictionary holds as one noun with 公司 (保险公司,
 * 广告公司, 跨国公司): a field, a trade or a form of company, not a name.
 */
export const COMPANY_CLASS_HEADS: readonly string[] = [
  '保险',
  '信托',
  '广告',
  '物业',
  '会计',
  '回收',
  '实业',
  '客运',
  '货运',
  '空运',
  '庆典',
  '影业',
  '承运',
  '控股',
  '服务',
  '模具',
  '民营',
  '电信',
  '电力',
  '种子',
  '纸业',
  '证券',
  '跨国',
  '集团',
  '顾问',
  '餐饮',
  '猎头',
  '皮包',
  '燃气',
  '煤气',
  '向导',
  '保全',
  '房产',
  '家具',
  '家政',
  '礼仪',
  '礼品',
  '金融',
  '钢铁',
  '水泥',
  '物资',
  '造船',
  '航运',
  '航业',
  '联营',
  '股份',
  '有限',
  '无限',
  '百货',
  '电话',
  '电梯',
  '电脑',
  '模特',
  '多国',
  '母子',
  '握股',
  '通运',
  '油',
];
