/**
 * The organisation rules of #21's session-16 round, found by running 2000s portal news written for
 * the purpose through the pipeline: a short form jieba splits after its first character, read off a
 * company's trade name; a broadcaster's programme in title marks; two members a conjunction joins,
 * closed by 等 and a word for organisations; industry words of retail and film (家居, 影业); parties and
 * parliaments in the lexicon; a body's headquarters; Latin lexicon names over persons; 各 lists; clubs by
 * sponsor. Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, entries, orgs } from '../../helpers/org-refiner.js';
import { isAbbreviation } from '../../../src/extract/orgs/aliases.js';
import { latinLexicon, lexiconNames } from '../../../src/extract/orgs/lexicon.js';

describe('a short form jieba splits after its first character', () => {
  it('is an alias of the company whose trade name it abbreviates (中移动 of 中国移动通信集团公司, through 中国移动)', () => {
    const text = '中国移动通信集团公司今天发布年报。中移动表示，今年将新建五万个基站。';
    expect(entries(text, [ent(text, '中国移动通信集团公司', 'ORG', 0.99)])).toEqual([['中国移动通信集团公司', ['中移动'], 2]]);
  });
  it('reads a trade name off a gas and oil company (中石油 of 中国石油天然气集团公司, through 中国石油)', () => {
    const text = '中国石油天然气集团公司宣布，中石油将在新疆新建一座炼油厂。';
    expect(entries(text, [ent(text, '中国石油天然气集团公司', 'ORG', 0.99)])).toEqual([['中国石油天然气集团公司', ['中石油'], 2]]);
  });
  it('is no short form where its characters only happen to follow the name’s (中学 of 中国科学院)', () => {
    const text = '中国科学院的专家说，他在中学时代就喜欢天文。';
    expect(orgs(text, [ent(text, '中国科学院', 'ORG', 0.99)])).toEqual(['中国科学院']);
  });
  it('is no short form of a name the article does not write in full', () => {
    const text = '中移动表示，今年将新建五万个基站。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a title right after a broadcaster', () => {
  it('is its programme, not an organisation (中央电视台《新闻联播》)', () => {
    const text = '中央电视台《新闻联播》报道，国家发展和改革委员会今天宣布上调油价。';
    const model = [ent(text, '中央电视台', 'ORG', 0.99), ent(text, '新闻联播', 'ORG', 0.9), ent(text, '国家发展和改革委员会', 'ORG', 0.99)];
    expect(orgs(text, model)).toEqual(['中央电视台', '国家发展和改革委员会']);
  });
  it('is a paper’s name where no broadcaster comes before it (据《纽约时报》报道)', () => {
    const text = '据《纽约时报》报道，谷歌公司正与几家中国互联网企业洽谈合作。';
    const model = [ent(text, '纽约时报', 'ORG', 0.95), ent(text, '谷歌公司', 'ORG', 0.99)];
    expect(orgs(text, model)).toEqual(['纽约时报', '谷歌公司']);
  });
});

describe('two members a conjunction joins, closed by 等 and a word for organisations', () => {
  it('are organisations, brands the model took for places included (路易威登和古驰等奢侈品牌)', () => {
    const text = '路易威登和古驰等奢侈品牌纷纷在上海开设旗舰店。';
    const model = [ent(text, '路易威登', 'LOC', 0.58), ent(text, '古驰', 'LOC', 0.76), ent(text, '上海', 'LOC', 0.99)];
    expect(orgs(text, model)).toEqual(['路易威登', '古驰']);
  });
  it('leave places where they are from (日本和韩国等国际大公司; 杭州 beside a company)', () => {
    const text = '日本和韩国等国际大公司纷纷进入中国市场。美国通用无线电公司和杭州等通信企业进行了技术交流。';
    const model = [
      ent(text, '日本', 'LOC', 0.99),
      ent(text, '韩国', 'LOC', 0.99),
      ent(text, '美国通用无线电公司', 'ORG', 0.99),
      ent(text, '杭州', 'LOC', 0.99),
    ];
    expect(orgs(text, model)).toEqual(['美国通用无线电公司']);
  });
  it('do not take the class a list before them ends with (北大、清华等高校 | 以及 | 中国科学院等)', () => {
    const text = '北大、清华等高校以及中国科学院等科研院所参加了会议。';
    const model = [ent(text, '北大', 'ORG', 0.99), ent(text, '清华', 'ORG', 0.99), ent(text, '中国科学院', 'ORG', 0.99)];
    expect(orgs(text, model)).toEqual(['北大', '清华', '中国科学院']);
  });
});

describe('a lexicon trade name and the industry word after it', () => {
  it('is the company with its industry (宜家 + 家居)', () => {
    const text = '宜家家居在北京的新商场本月开业，宜家中国区总裁出席了开业仪式。';
    expect(orgs(text, [ent(text, '北京', 'LOC', 0.99)])).toContain('宜家家居');
  });
});

describe('the lexicon', () => {
  it('holds parties, societies and parliaments CC-CEDICT glosses by their proper names (Democratic Party, Jiusan Society)', () => {
    for (const name of ['民主党', '亲民党', '九三学社', '欧洲议会', '欧盟', '美国国会']) expect(lexiconNames().has(name)).toBe(true);
    const text = '亲民党和新党的立委昨天在议会发言。';
    expect(orgs(text, [])).toContain('亲民党');
  });
  it('holds no sense that only mentions a body, nor two bodies in one word (三中全会, 共产党宣言, 两会, 国共)', () => {
    for (const name of ['三中全会', '共产党宣言', '两会', '国共', '共产党员', '台湾关系法']) expect(lexiconNames().has(name)).toBe(false);
  });
});

describe("a body's headquarters", () => {
  it('is the body named before it, the place between going with the office (中国人民银行 of 中国人民银行上海总部)', () => {
    const text = '中国人民银行上海总部发布报告，上半年贷款余额同比增长一成。国际奥委会总部设在洛桑。';
    const model = [ent(text, '中国人民银行上海总部', 'ORG', 0.95), ent(text, '国际奥委会总部', 'ORG', 0.95)];
    expect(orgs(text, model)).toEqual(['中国人民银行', '国际奥委会']);
  });
  it('is no body where only a place or generic words come before it (上海总部, 公司总部)', () => {
    const text = '公司总部设在上海，上海总部有员工两千人。';
    expect(orgs(text, [ent(text, '公司总部', 'ORG', 0.8), ent(text, '上海总部', 'ORG', 0.8)])).toEqual([]);
  });
});

describe('a Latin name of several words the lexicon knows', () => {
  it('outweighs the model reading it as a person (Morgan Stanley), while one word does not (Ford)', () => {
    const text = 'Goldman Sachs和Morgan Stanley是这次上市的联席承销商，Ford也出席了。';
    const model = [ent(text, 'Morgan Stanley', 'PERSON', 0.66), ent(text, 'Ford', 'PERSON', 0.7)];
    expect(orgs(text, model)).toEqual(['Morgan Stanley']);
  });
  it('is no person’s name from another sense of the word (Nikola Tesla of 特斯拉)', () => {
    expect(latinLexicon().has('Nikola Tesla')).toBe(false);
    expect(latinLexicon().has('Olympic Games')).toBe(false);
    expect(latinLexicon().has('FIFA')).toBe(true);
  });
});

describe('a list member that opens with 各', () => {
  it('is every body of a kind, no one body (各区县宣传部, 各民主党派中央)', () => {
    const text = '市文化局、市广电局和各区县宣传部的负责人参加了会议。中央统战部、各民主党派中央、全国工商联共同举行了座谈会。';
    const model = [
      ent(text, '市文化局', 'ORG', 0.99),
      ent(text, '市广电局', 'ORG', 0.99),
      ent(text, '中央统战部', 'ORG', 0.99),
      ent(text, '全国工商联', 'ORG', 0.99),
    ];
    expect(orgs(text, model)).toEqual(['市文化局', '市广电局', '中央统战部', '全国工商联']);
  });
  it('is a name where 各 is inside a word of it (留各庄镇政府)', () => {
    const text = '全体教师选代表到留各庄镇政府请求解决。';
    expect(orgs(text, [ent(text, '留各庄镇政府', 'ORG', 0.95)])).toEqual(['留各庄镇政府']);
  });
});

describe('a club named by its place and sponsor after a match verb', () => {
  it('is a team in a match report (战胜 | 广东宏远, 不敌 | 上海东方大鲨鱼)', () => {
    const text = '八一队主场以98比87战胜广东宏远，辽宁队则客场不敌上海东方大鲨鱼。';
    const model = [ent(text, '八一队', 'ORG', 0.99), ent(text, '广东', 'LOC', 0.81)];
    expect(orgs(text, model)).toEqual(['八一队', '广东宏远', '辽宁队', '上海东方大鲨鱼']);
  });
  it('is no team outside a match report, nor a country standing for its team (完胜台湾同行, 战胜美国)', () => {
    const a = '大陆译者在翻译书名方面完胜台湾同行。';
    expect(orgs(a, [ent(a, '台湾', 'LOC', 0.99)])).toEqual([]);
    const b = '中国队在决赛中以3比1战胜美国，夺得冠军。';
    expect(orgs(b, [ent(b, '中国队', 'ORG', 0.99), ent(b, '美国', 'LOC', 0.99)])).toEqual(['中国队']);
  });
});

describe('a short form of a name jieba holds whole', () => {
  it('is read off the words inside it (国开行 of 国家开发银行/nt)', () => {
    const text = '国家开发银行已向该项目提供了贷款，国开行有关负责人证实了这一消息。';
    expect(entries(text, [ent(text, '国家开发银行', 'ORG', 0.99)])).toEqual([['国家开发银行', ['国开行'], 2]]);
  });
  it('drops the country of a national body (证监会 of 中国证券监督管理委员会)', () => {
    const text = '中国证券监督管理委员会昨日发布新规。证监会有关部门负责人就此答记者问。';
    expect(entries(text, [ent(text, '中国证券监督管理委员会', 'ORG', 0.99)])).toEqual([['中国证券监督管理委员会', ['证监会'], 2]]);
  });
  it('is not two characters read off a whole word (常委 of 常州市委)', () => {
    expect(isAbbreviation('常委', '常州市委', ['常州市委'])).toBe(false);
    expect(isAbbreviation('国开行', '国家开发银行', ['国家开发银行'])).toBe(true);
  });
});
