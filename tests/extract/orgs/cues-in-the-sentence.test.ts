/**
 * The organisation rules of #21's session-11 round: what the words around a name say it is
 * (a match, a holding company, a share price, a source's findings, a list's last word).
 * Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';

describe('a team that a match names', () => {
  it('is one, however everyday the word before 队 (击败 | 勇士队)', () => {
    const text = '雷霆队以112比108击败勇士队。';
    expect(orgs(text, [ent(text, '雷霆队', 'ORG', 0.99)])).toEqual(['雷霆队', '勇士队']);
  });
  it('is not a kind of team (主队, 客队, 球队)', () => {
    const text = '球队在主场击败了客队，主队三连胜。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a body another one holds', () => {
  it('is named after 旗下, however everyday its words (…旗下的 | 飞鱼集团)', () => {
    const text = '云帆股份旗下的飞鱼集团宣布暂停上市。';
    const model = [ent(text, '云帆股份', 'ORG', 0.99), ent(text, '飞鱼集团', 'ORG', 0.9)];
    expect(orgs(text, model)).toEqual(['云帆股份', '飞鱼集团']);
  });
  it('is not a generic one (旗下的子公司)', () => {
    const text = '云帆股份旗下的子公司宣布暂停上市。';
    const model = [ent(text, '云帆股份', 'ORG', 0.99), ent(text, '子公司', 'ORG', 0.9)];
    expect(orgs(text, model)).toEqual(['云帆股份']);
  });
});

describe("a place and one word before a company's share price", () => {
  it("is the company's short name (贵州 | 茅台 | 的股价)", () => {
    const text = '贵州茅台的股价创下新高。';
    expect(orgs(text, [ent(text, '贵州', 'LOC', 0.99)])).toEqual(['贵州茅台']);
  });
  it('is not a sector (美国 | 科技 | 股价) nor where shares trade (在…)', () => {
    const text = '美国科技股价下跌，在江苏茅台的股价也跌了。';
    const model = [ent(text, '美国', 'LOC', 0.99), ent(text, '江苏', 'LOC', 0.99)];
    expect(orgs(text, model)).toEqual([]);
  });
});

describe('a company name jieba holds as one word with its industry', () => {
  it('is the whole word when the model stopped before the industry (格力 | 电器)', () => {
    const text = '格力电器董事长出席了股东大会。';
    expect(orgs(text, [ent(text, '格力', 'ORG', 0.99)])).toEqual(['格力电器']);
  });
});

describe("a source's findings after a name the model is unsure of", () => {
  it('vouch for it (澜涛社 | 数据显示)', () => {
    const text = '澜涛社数据显示，销量上涨。';
    expect(orgs(text, [ent(text, '澜涛社', 'ORG', 0.6)])).toEqual(['澜涛社']);
  });
  it('are not any verb after it (澜涛社 | 认为)', () => {
    const text = '澜涛社认为，销量上涨。';
    expect(orgs(text, [ent(text, '澜涛社', 'ORG', 0.6)])).toEqual([]);
  });
});

describe('members of a list that ends with a word for organisations', () => {
  it('take the characters jieba cut off as a measure word or a verb (名/q 创优 品/v, 喜/v 茶), and a person read inside one', () => {
    const text = '名创优品、泡泡玛特和喜茶等品牌入驻了新开的商场。';
    expect(orgs(text, [ent(text, '玛特', 'PERSON', 0.7)])).toEqual(['名创优品', '泡泡玛特', '喜茶']);
  });
  it('leave a verb after the last member to the sentence, and a person who is a whole member a person', () => {
    const text = '云帆、王玛特和澜涛说等企业都来了。';
    const model = [ent(text, '王玛特', 'PERSON', 0.9)];
    const found = orgs(text, model);
    expect(found).not.toContain('王玛特');
    expect(found).not.toContain('澜涛说');
  });
});

describe('a name the model is unsure of before 表示', () => {
  it('is not vouched for by the verb: persons say things too (王澜涛 | 表示)', () => {
    const text = '王澜涛表示，公司将专注于网络游戏。';
    expect(orgs(text, [ent(text, '王澜涛', 'ORG', 0.73)])).toEqual([]);
  });
});

describe('a model span that runs over a name in brackets', () => {
  it('is two names: a gloss of a Latin name, a short form of the full name (…（UT斯达康）, …（飞金公司）)', () => {
    const text = 'UTStarcom（UT斯达康）宣布裁员。飞鱼国际金融有限公司（飞金公司）担任保荐人。';
    const model = [ent(text, 'UTStarcom（UT斯达康）', 'ORG', 0.95), ent(text, '飞鱼国际金融有限公司（飞金公司', 'ORG', 0.99)];
    expect(orgs(text, model)).toEqual(['UTStarcom', 'UT斯达康', '飞鱼国际金融有限公司', '飞金公司']);
  });
  it('is one name with a place, a figure or a note in brackets (…（中国）, …（600000.SH）, …（港译：…）)', () => {
    const text = '渣打银行（中国）开业，云帆银行（600000.SH）上涨，赫拉克勒斯（港译：荷华高斯）输了。';
    const model = [
      ent(text, '渣打银行（中国）', 'ORG', 0.95),
      ent(text, '云帆银行（600000.SH）', 'ORG', 0.95),
      ent(text, '赫拉克勒斯（港译：荷华高斯）', 'ORG', 0.95),
    ];
    expect(orgs(text, model)).toEqual(expect.arrayContaining(['渣打银行（中国）', '赫拉克勒斯（港译：荷华高斯）']));
    expect(orgs(text, model)).not.toContain('600000.SH');
  });
});

describe('a list closed by a count of 大 and a word for organisations', () => {
  it('makes its members organisations (…三大门户网站), an everyday word the model read among them too', () => {
    const text = '网易、搜狐和新浪三大门户网站第二季度财报均好于预期。';
    const model = [ent(text, '网易', 'ORG', 0.7), ent(text, '搜狐', 'ORG', 0.95), ent(text, '新浪', 'ORG', 0.95)];
    expect(orgs(text, model)).toEqual(['网易', '搜狐', '新浪']);
  });
});

describe('two bodies of one kind joined by a conjunction', () => {
  it('the second is a name when the first is sure, however everyday its word (澜涛公司和百事公司)', () => {
    const text = '澜涛公司和百事公司在中国市场的竞争日趋激烈。';
    const model = [ent(text, '澜涛公司', 'ORG', 0.99), ent(text, '百事公司', 'ORG', 0.86)];
    expect(orgs(text, model)).toEqual(['澜涛公司', '百事公司']);
  });
  it('not for a kind a product or a unit shares (养老保险、…保险; …突击队和…突击队)', () => {
    const text = '他办了养老保险和澜涛安康保险。';
    const model = [ent(text, '澜涛安康保险', 'ORG', 0.95)];
    expect(orgs(text, model)).not.toContain('养老保险');
  });
});

describe('the first word of a Latin company name written in full', () => {
  it('is that company where the model read it as a person (BluefinPartners … Bluefin)', () => {
    const text = '他发起成立BluefinPartners，到1996年，Bluefin已经资助了221家公司。';
    const model = [ent(text, 'BluefinPartners', 'ORG', 0.88), ent(text, 'Bluefin', 'PERSON', 0.97, text.indexOf('，到'))];
    expect(orgs(text, model)).toEqual(['BluefinPartners', 'Bluefin']);
  });
});

describe("a team's name in a match report", () => {
  it('stops at the words of the match that jieba reads as nouns or places (上半场/ns | 中国队, 战胜/n | 上海申花队)', () => {
    const text = '上半场中国队落后十分，他们战胜上海申花队。';
    expect(orgs(text, [])).toEqual(['中国队', '上海申花队']);
  });
  it('ends with 队: the character after it is the sentence’s (…女队 | 列第二, …队 | 同)', () => {
    const text = '丹麦女队列A组第二名，健力宝队同巴西队的比赛只要打平即可。';
    const model = [ent(text, '丹麦女队列', 'ORG', 0.98), ent(text, '健力宝队同', 'ORG', 1), ent(text, '巴西队', 'ORG', 1)];
    expect(orgs(text, model)).toEqual(['丹麦女队', '健力宝队', '巴西队']);
  });
});

describe('a company the lexicon knows under its trade name and a group word', () => {
  it('is named by the trade name with another group word, however everyday the word (联想 of 联想集团, + 控股)', () => {
    const text = '联想控股董事长在论坛上发表演讲。';
    expect(orgs(text, [ent(text, '联想控股', 'ORG', 0.84)])).toEqual(['联想控股']);
  });
  it('not an everyday word with a group word the lexicon does not know (未来 + 控股)', () => {
    const text = '未来控股董事长在论坛上发表演讲。';
    expect(orgs(text, [ent(text, '未来控股', 'ORG', 0.84)])).toEqual([]);
  });
});

describe('a body the text names (名为…的公司)', () => {
  it('is named by the words after the naming verb, quoted or not, however everyday (天一, 蓝海科技)', () => {
    const text = '这家名为“天一”的公司成立于2003年。一家名为蓝海科技的公司近日宣布融资。';
    expect(orgs(text, [])).toEqual(['天一', '蓝海科技']);
  });
  it('is not a thing so named (名叫旺财的狗, 名为《…》的游戏)', () => {
    const text = '他养了一只名叫旺财的狗。一款名为《星际争霸》的游戏风靡全球。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('the lexicon', () => {
  it('holds no anthem or doctrine that an "army" in the gloss let in (义勇军进行曲, 三大纪律八项注意)', () => {
    const text = '大家唱起了义勇军进行曲，牢记三大纪律八项注意。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a name right after a title a person holds', () => {
  it('is the person, where the model read the company the title belongs to (…CEO | 马斯克)', () => {
    const text = '飞鱼公司CEO马斯克表示，产量将大幅提升。';
    const model = [ent(text, '飞鱼公司', 'ORG', 0.99), ent(text, '马斯克', 'ORG', 0.94)];
    expect(orgs(text, model)).toEqual(['飞鱼公司']);
  });
});

describe('Latin names', () => {
  it('a lexicon name of several words holds a person the model read in it (Harvard | University)', () => {
    const text = 'Harvard University的一项研究显示，睡眠不足会影响记忆力。';
    expect(orgs(text, [ent(text, 'Harvard', 'PERSON', 0.9)])).toEqual(['Harvard University']);
  });
  it('two lexicon names joined by a conjunction vouch for each other over the model’s persons (Nokia和Ericsson)', () => {
    const text = 'Nokia和Ericsson在5G专利上展开竞争。';
    expect(orgs(text, [ent(text, 'Nokia', 'PERSON', 0.9), ent(text, 'Ericsson', 'PERSON', 0.9)])).toEqual(['Nokia', 'Ericsson']);
  });
  it('capitalised words ending with an English word for a body are one name (Bluefin Electronics, The Daily Times)', () => {
    const text = 'Bluefin Electronics第三季度利润大幅增长。据The Daily Times报道，销量上涨。';
    expect(orgs(text, [])).toEqual(['Bluefin Electronics', 'The Daily Times']);
  });
  it('not lower-case words (the daily times)', () => {
    const text = '他读了the daily times的文章。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a list closed by describing words and a word for organisations', () => {
  it('makes its members organisations, those the model read as persons too (…等老字号餐饮企业 | 加快)', () => {
    const text = '全聚德、东来顺和便宜坊等老字号餐饮企业加快了扩张。';
    const model = ['全聚德', '东来顺', '便宜坊'].map((p) => ent(text, p, 'PERSON', 0.8));
    expect(orgs(text, model)).toEqual(['全聚德', '东来顺', '便宜坊']);
  });
  it('not when the noun goes on (…等企业 | 负责人), punctuation stands between (等等，整个大学), or the members are places (日本、韩国…等国际大公司)', () => {
    const text = '王芳、李明等企业负责人出席。学校有教学计划、分配计划等等，整个大学是计划经济。日本、韩国、英国等国际大公司纷纷前来。';
    const model = [
      ent(text, '王芳', 'PERSON', 0.9),
      ent(text, '李明', 'PERSON', 0.9),
      ...['日本', '韩国', '英国'].map((p) => ent(text, p, 'LOC', 0.99)),
    ];
    expect(orgs(text, model)).toEqual([]);
  });
});

describe('a lexicon company’s trade name alone', () => {
  it('is the company when a conjunction joins it to a sure organisation (摩根士丹利和高盛, 高盛 of 高盛集团)', () => {
    const text = '摩根士丹利和高盛分别上调了预测。';
    expect(orgs(text, [ent(text, '摩根士丹利', 'ORG', 0.96)])).toEqual(['摩根士丹利', '高盛']);
  });
  it('is not without one (高盛 alone)', () => {
    const text = '高盛分别上调了预测。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a model span across a conjunction', () => {
  it('is two names when the left is a whole name and the right has a kind of its own (中国东方航空 | 与 | 空客公司)', () => {
    const text = '中国东方航空与空客公司签署了购买协议。';
    expect(orgs(text, [ent(text, '中国东方航空与空客公司', 'ORG', 0.9)])).toEqual(['中国东方航空', '空客公司']);
  });
  it('is one body whose name joins two fields (信托与理财研究所)', () => {
    const text = '信托与理财研究所发布报告。';
    expect(orgs(text, [ent(text, '信托与理财研究所', 'ORG', 0.99)])).toEqual(['信托与理财研究所']);
  });
});

describe('a subject the text says is one body (…是一家…网站)', () => {
  it('is a name: a Latin name, a proper noun after punctuation, a name the model read (UUZone, Linkist, 飞鱼科技)', () => {
    const text = 'UUZone是一家面向年轻人的社交网站。据悉，Linkist是一家商务社交网站。飞鱼科技是国内最大的游戏公司。';
    expect(orgs(text, [ent(text, '飞鱼科技', 'PERSON', 0.6)])).toEqual(['UUZone', 'Linkist', '飞鱼科技']);
  });
  it('is not a pronoun, nor a person the clause makes an owner (它是一家投资公司, 张三是一家公司的老板)', () => {
    const text = '它是一家投资公司。张三是一家公司的老板。';
    expect(orgs(text, [ent(text, '张三', 'PERSON', 0.99)])).toEqual([]);
  });
});

describe('a group word after a company’s trade name', () => {
  it('ends its name where the noun phrase ends (华能 | 国际 | 发布公告, 复星 | 实业 | 宣布)', () => {
    const text = '华能国际发布公告表示，复星实业宣布收购。';
    const model = [ent(text, '华能', 'ORG', 0.59), ent(text, '复星', 'ORG', 0.9)];
    expect(orgs(text, model)).toEqual(['华能国际', '复星实业']);
  });
  it('not where the noun phrase goes on (华能 | 国际 | 业务)', () => {
    const text = '华能国际业务增长很快。';
    expect(orgs(text, [ent(text, '华能', 'ORG', 0.9)])).not.toContain('华能国际');
  });
});
