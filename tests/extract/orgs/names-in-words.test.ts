/**
 * The organisation rules of #21's session-12 round: names that jieba reads into one word with
 * what is around them (大众汽车, 格力电器, 韩国现代), names the model ran together across a
 * conjunction, and a company's short name that its filings show. Sentences written for these
 * tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';

describe('a model name cut inside a word jieba files as an organisation', () => {
  it('goes on to the end of that word (大众汽 | 车 of 大众汽车/nt)', () => {
    const text = '小鹏汽车与大众汽车签署协议。';
    expect(orgs(text, [ent(text, '大众汽', 'ORG', 0.6)])).toEqual(['大众汽车']);
  });
  it('stays as it is inside a word that is no organisation (中华 of 中华人民共和国)', () => {
    const text = '中华人民共和国成立后，工厂扩建。';
    expect(orgs(text, [ent(text, '中华', 'ORG', 0.6)])).not.toContain('中华人民共和国');
  });
});

describe('two companies the model read as one across a conjunction', () => {
  it('are two when a trade name and its industry word stand on the left (京东物流与顺丰控股)', () => {
    const text = '京东物流与顺丰控股在快递业务上展开竞争。';
    expect(orgs(text, [ent(text, '京东物流与顺丰', 'ORG', 0.9)])).toEqual(['京东物流', '顺丰控股']);
  });
  it('stay one where the conjunction joins two fields of one body (工业和信息化部)', () => {
    const text = '工业和信息化部发布了新规定。';
    expect(orgs(text, [ent(text, '工业和信息化部', 'ORG', 0.99)])).toEqual(['工业和信息化部']);
  });
});

describe('outlets named together as the source of a story', () => {
  it('are each an outlet (据路透社和美联社报道)', () => {
    const text = '据路透社和美联社报道，谈判没有进展。';
    expect(orgs(text, [])).toEqual(['路透社', '美联社']);
  });
  it('are not a generic phrase joined to one (据新华社和有关方面报道)', () => {
    const text = '据新华社和有关方面报道，谈判没有进展。';
    expect(orgs(text, [])).toEqual(['新华社']);
  });
});

describe('a trade name the lexicon knows, in one jieba word with its industry word', () => {
  it('is the company with that word (格力 | 电器, one word 格力电器)', () => {
    const text = '格力电器和美的集团的空调业务增长放缓。';
    expect(orgs(text, [ent(text, '美的集团', 'ORG', 0.99)])).toEqual(['格力电器', '美的集团']);
  });
});

describe('two companies of one industry joined by a conjunction', () => {
  it('are both companies when one is sure (吉利汽车和 | 长城汽车)', () => {
    const text = '吉利汽车和长城汽车分列二三位。';
    expect(orgs(text, [ent(text, '吉利汽车', 'ORG', 0.99)])).toEqual(['吉利汽车', '长城汽车']);
  });
  it('are not a sector joined to one (吉利汽车和新能源汽车)', () => {
    const text = '吉利汽车和新能源汽车企业都面临压力。';
    expect(orgs(text, [ent(text, '吉利汽车', 'ORG', 0.99)])).toEqual(['吉利汽车']);
  });
});

describe('a word and an industry word before what only a company publishes', () => {
  it('is a company, however everyday the word (理想 | 汽车 | 发布财报, 快手 | 科技 | 发布了一季度业绩)', () => {
    const text = '理想汽车发布财报称营收增长，快手科技发布了一季度业绩。';
    expect(orgs(text, [])).toEqual(['理想汽车', '快手科技']);
  });
  it('is not a country’s sector nor a field (中国汽车的股价, 新能源汽车的市值)', () => {
    const text = '中国汽车的股价普遍下跌，新能源汽车的市值超过了传统车企。';
    expect(orgs(text, [ent(text, '中国', 'LOC', 0.99)])).toEqual([]);
  });
});

describe('a place and a brand the lexicon knows, one word to jieba', () => {
  it('is the brand with its country (韩国现代/nr, once 广汽和现代 shows the brand)', () => {
    const text = '广汽和现代签署了协议。这些车型，韩国现代都有。';
    const model = [ent(text, '广汽', 'ORG', 0.99), ent(text, '韩国', 'PERSON', 0.4)];
    expect(orgs(text, model)).toEqual(['广汽', '现代', '韩国现代']);
  });
  it('is no name while nothing shows the everyday word acting as the brand (韩国现代 alone)', () => {
    const text = '这些车型，韩国现代都有。';
    expect(orgs(text, [ent(text, '韩国', 'PERSON', 0.4)])).toEqual([]);
  });
  it('takes the place of a wordless time the model read inside it (现代 | 汽车)', () => {
    const text = '广汽和现代签署了协议，现代汽车的管理层都来了。';
    const model = [ent(text, '广汽', 'ORG', 0.99), ent(text, '现代', 'DATE', 0.9, 10)];
    expect(orgs(text, model)).toContain('现代汽车');
  });
});

describe('two names listed with 、', () => {
  it('are both organisations when the model is sure of one and left the other, one word, untyped (花旗银行、Stripe)', () => {
    const text = '花旗银行、Stripe都在扩张支付业务。';
    expect(orgs(text, [ent(text, '花旗银行', 'ORG', 0.99)])).toEqual(['花旗银行', 'Stripe']);
  });
  it('are not when the other is a place, more than one word, or an everyday word (台湾, 市场部门, 东风)', () => {
    for (const other of ['台湾', '市场部门', '东风']) {
      const text = `花旗银行、${other}都在扩张支付业务。`;
      expect(orgs(text, [ent(text, '花旗银行', 'ORG', 0.99)])).toEqual(['花旗银行']);
    }
  });
});

describe('a kind the model began, in a word jieba reads on past it', () => {
  it('is completed (传媒公 | 司出品, jieba’s 公司出品/n)', () => {
    const text = '华谊兄弟传媒公司出品的电影票房突破五亿元。';
    expect(orgs(text, [ent(text, '华谊兄弟传媒公', 'ORG', 0.95)])).toEqual(['华谊兄弟传媒公司']);
  });
  it('is not when the word goes on by one character only (招行大 | 学生)', () => {
    const text = '原先已获得审批的招行大学生信用卡仍可使用。';
    expect(orgs(text, [ent(text, '招行大', 'ORG', 0.9)])).not.toContain('招行大学');
  });
});

describe('a board', () => {
  it('of no named body is no name (公司董事会, 该集团监事会)', () => {
    const text = '万科A发布公告称，公司董事会同意回购股份，该集团监事会也同意。';
    const model = [ent(text, '万科A', 'ORG', 0.99), ent(text, '公司董事会', 'ORG', 0.9), ent(text, '该集团监事会', 'ORG', 0.9)];
    expect(orgs(text, model)).toEqual(['万科A']);
  });
  it('of a named one is that body’s (万科董事会)', () => {
    const text = '万科董事会同意回购股份。';
    expect(orgs(text, [ent(text, '万科董事会', 'ORG', 0.99)])).toEqual(['万科董事会']);
  });
});

describe('a site named by a brand the lexicon knows and 网', () => {
  it('is the company, one word to jieba whatever its tag (当当网/v)', () => {
    const text = '当当网和卓越亚马逊在图书市场竞争激烈。';
    expect(orgs(text, [ent(text, '卓越亚马逊', 'ORG', 0.85)])).toEqual(['当当网', '卓越亚马逊']);
  });
});

describe('software as an industry word', () => {
  it('ends a trade name the model read (金山 | 软件 | 旗下)', () => {
    const text = '金山软件旗下的词典用户数突破一亿。';
    expect(orgs(text, [ent(text, '金山', 'ORG', 0.9)])).toEqual(['金山软件']);
  });
});

describe('a mention the model began late or ended early', () => {
  it('is the full name the article gives elsewhere, when the characters before it complete that name', () => {
    const text = '国电谏壁发电厂是江苏省最大的电厂。据国电谏壁发电厂的人士介绍，当时很困难。';
    const model = [ent(text, '国电谏壁发电厂', 'ORG', 0.99), ent(text, '谏壁发电厂', 'ORG', 0.87, 20)];
    expect(orgs(text, model)).toEqual(['国电谏壁发电厂', '国电谏壁发电厂']);
  });
  it('stays as it is where other characters stand before it (华能 | 谏壁发电厂)', () => {
    const text = '国电谏壁发电厂是江苏省最大的电厂。华能谏壁发电厂的人士介绍，当时很困难。';
    const model = [ent(text, '国电谏壁发电厂', 'ORG', 0.99), ent(text, '谏壁发电厂', 'ORG', 0.87, text.indexOf('华能'))];
    expect(orgs(text, model)).toEqual(['国电谏壁发电厂', '谏壁发电厂']);
  });
  it('is the full name when the characters after it complete that name (新东方 | 在线的课程)', () => {
    const text = '新东方在线宣布升级系统。新东方在线的课程也将升级。';
    const model = [ent(text, '新东方在线', 'ORG', 0.99), ent(text, '新东方', 'ORG', 0.9, 5)];
    expect(orgs(text, model)).toEqual(['新东方在线', '新东方在线']);
  });
});

describe('a foreign paper named in translation before what it says', () => {
  it('is the paper, its place and the words before 报 (法国星期天报说, 德国世界报称)', () => {
    const text = '法国星期天报说，总统将出访。德国世界报称，谈判已经破裂。';
    const model = [ent(text, '法国', 'LOC', 0.9), ent(text, '德国', 'LOC', 0.99)];
    expect(orgs(text, model)).toEqual(['法国星期天报', '德国世界报']);
  });
  it('is no paper when a communiqué, a bulletin or a generic paper says it (公报说, 美国大报报道)', () => {
    const text = '阿根廷发表的公报说，政策将延续。美国大报报道了此事。';
    const model = [ent(text, '阿根廷', 'LOC', 0.99), ent(text, '美国', 'LOC', 0.99)];
    expect(orgs(text, model)).toEqual([]);
  });
});

describe('组织 as jieba’s verb', () => {
  it('ends no name when its aspect or its object follows (为杭州市民组织了…, 统一组织大型运动会)', () => {
    const text = '市政府为杭州市民组织了大批春节物资，还统一组织大型运动会。';
    expect(orgs(text, [ent(text, '杭州', 'LOC', 0.83)])).toEqual([]);
  });
  it('is still a kind, vouching for an unsure name, where the noun phrase ends (绿色和平组织 | 发布报告)', () => {
    const text = '绿色和平组织发布报告，呼吁减少污染。';
    expect(orgs(text, [ent(text, '绿色和平组织', 'ORG', 0.7)])).toEqual(['绿色和平组织']);
  });
});

describe('a body named by its time or as a coalition', () => {
  it('is no name (现政府, 联合政府, 原政府)', () => {
    const text = '由于现政府推行改革不力，该党退出联合政府，原政府官员也辞职了。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a list member ending with what a person is or holds', () => {
  it('names people, not a body, beside sure bodies (博士生导师, 名誉理事, 有关负责同志)', () => {
    const text = '国务院有关部门、人民解放军和北京市有关负责同志出席。他是中国科学院院士、博士生导师。';
    const model = [ent(text, '国务院', 'ORG', 0.99), ent(text, '人民解放军', 'ORG', 0.99), ent(text, '中国科学院', 'ORG', 0.99)];
    expect(orgs(text, model)).not.toContain('北京市有关负责同志');
  });
});

describe('组织 as a kind before a noun', () => {
  it('still ends the name (绿色和平组织 | 成员)', () => {
    const text = '三名绿色和平组织成员登上了油轮。';
    expect(orgs(text, [ent(text, '绿色和平组织', 'ORG', 0.7)])).toEqual(['绿色和平组织']);
  });
});
