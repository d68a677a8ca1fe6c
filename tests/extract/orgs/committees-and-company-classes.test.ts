/**
 * The organisation rules of #21's session-22 round, found by running paragraphs of 2020s government,
 * party and business news written for the purpose: a body's party committee before a member's title
 * (公司党委 | 书记, 厅原党组 | 成员) is part of the title, and the body is the organisation; a field
 * (…领域) and a way of running a body (智慧医院) name none; a company's class by its stage or
 * technology (初创公司, AI公司, IT企业, 新能源车企) is generic, and so is a generic team's staff
 * (国家队教练组); a parent and the body it holds read as one span (蚂蚁集团旗下网商银行) are two; a
 * museum CC-CEDICT glosses with "palace" (故宫博物院) is no work; a conjunction after a name jieba does not
 * know opens the list after it (广汽与 | 东风悦达起亚、江淮); secret societies (等秘密会社) close a list of
 * organisations; a name before 等企业 is one, a list of one (宁德时代等企业); what only a body does (宣布,
 * 推出, 发布) after an everyday noun that is a brand too makes it the company (苹果 | 昨日 | 发布); a short
 * form jieba glued to the word that opens the predicate (顺丰则/x) is found; a working committee of the Party
 * (党工委, 机关工委) is a kind; a name the model is sure of is not read back from its kind over words before
 * it that are no place (产品管理人为 | 兴业银行); a market's index (上证 | 综合指数) and letters standing for a
 * withheld name (xx办公室) name no body; a site named by a word and 网 before who leads it (开心网 | CEO) is the
 * company; a kind of service in Latin letters (SNS) is none; a deal (收购 | IBM) vouches for an unsure name;
 * society at large, people of a kind and every body of a kind are no list members (社会各界, 干部群众).
 * Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';
import { lists } from '../../../src/extract/orgs/lists.js';
import { createJiebaSegmenter } from '../../../src/extract/segment/jieba.js';

describe('a body’s party committee before a member’s title', () => {
  it('is part of the title: the company is named (有限责任公司党委 | 书记)', () => {
    const text = '李明现任华东精密机械有限责任公司党委书记、董事长兼总经理。';
    expect(orgs(text, [ent(text, '华东精密机械有限责任公司党委', 'ORG', 0.97)])).toEqual(['华东精密机械有限责任公司']);
  });
  it('goes with 原 before it (交通运输厅原党组 | 成员)', () => {
    const text = '浙江省交通运输厅原党组成员、副厅长王某涉嫌严重违纪违法。';
    expect(orgs(text, [ent(text, '浙江省交通运输厅原党组', 'ORG', 0.95)])).toEqual(['浙江省交通运输厅']);
  });
  it('stays when no title follows (学院党总支 | 举办)', () => {
    const text = '南方理工学院外语学院党总支举办读书分享活动。';
    expect(orgs(text, [ent(text, '南方理工学院外语学院党总支', 'ORG', 0.97)])).toEqual(['南方理工学院外语学院党总支']);
  });
  it('stays when it is a place’s (村党支部 | 书记: a village is no organisation)', () => {
    const text = '单家村党支部书记刘明介绍了今年的种植计划。';
    expect(orgs(text, [ent(text, '单家村党支部', 'ORG', 0.95)])).not.toContain('单家村');
  });
});

describe('a field and a way of running a body', () => {
  it('names no organisation (智能网联汽车 | 领域)', () => {
    const text = '双方将在智能网联汽车领域开展合作。';
    expect(orgs(text, [ent(text, '智能网联汽车', 'ORG', 0.9)])).toEqual([]);
  });
  it('names no hospital (智慧医院)', () => {
    const text = '医院将与多家企业合作建设智慧医院。';
    expect(orgs(text, [ent(text, '智慧医院', 'ORG', 0.9)])).toEqual([]);
  });
});

describe('a company’s class by its stage or its technology', () => {
  for (const cls of ['AI初创公司', 'IT企业', '新能源车企', '独角兽企业', '电动车制造商']) {
    it(`is generic (${cls})`, () => {
      const text = `据悉，${cls}今年完成了两轮融资。`;
      expect(orgs(text, [ent(text, cls, 'ORG', 0.95)])).toEqual([]);
    });
  }
});

describe('a parent and the body it holds, read as one span', () => {
  it('is two names (蚂蚁集团 | 旗下 | 网商银行)', () => {
    const text = '蚂蚁集团旗下网商银行与多家农商行签署合作协议。';
    expect(orgs(text, [ent(text, '蚂蚁集团旗下网商银行', 'ORG', 0.95)])).toEqual(['蚂蚁集团', '网商银行']);
  });
});

describe('a museum CC-CEDICT glosses with a palace', () => {
  it('is an institution, not a work or a place made by hand (故宫博物院 "Palace Museum")', () => {
    const text = '故宫博物院与多家海外博物馆签署合作协议。';
    expect(orgs(text, [ent(text, '故宫博物院', 'ORG', 0.99)])).toEqual(['故宫博物院']);
  });
});

describe('a team’s staff', () => {
  it('after a generic team is generic (国家队教练组)', () => {
    const text = '中国足协宣布了新一届国家队教练组名单。';
    expect(orgs(text, [ent(text, '中国足协', 'ORG', 0.99), ent(text, '国家队教练组', 'ORG', 0.9)])).toEqual(['中国足协']);
  });
});

describe('a committee jieba reads apart from its title', () => {
  it('is cut too, however a step reads it as a kind (有限责任公司 + 党总支 | 书记)', () => {
    const text = '他曾任华东精密机械有限责任公司党总支书记、总经理。';
    expect(orgs(text, [ent(text, '华东精密机械有限责任公司党总支', 'ORG', 0.97)])).toEqual(['华东精密机械有限责任公司']);
  });
});

describe('a list’s first member after a name jieba does not know', () => {
  it('starts after the conjunction (广汽 + 与 | 东风悦达起亚、江淮)', () => {
    const text = '是的！广汽与东风悦达起亚、江淮无战事。';
    const members = lists(text, createJiebaSegmenter().segment(text)).flatMap((l) => l.members.map((m) => text.slice(m.start, m.end)));
    expect(members[0]).toBe('东风悦达起亚');
  });
});

describe('secret societies closing a list', () => {
  it('say its members are organisations (哥老会和三合会等秘密会社)', () => {
    const text = '清末民初，哥老会和三合会等秘密会社在南方各省十分活跃。';
    expect(orgs(text, [])).toEqual(['哥老会', '三合会']);
  });
});

describe('a list of one', () => {
  it('names an organisation before 等企业 (宁德时代 | 等企业)', () => {
    const text = '宁德时代等企业纷纷加大在欧洲的投资。';
    expect(orgs(text, [ent(text, '宁德', 'LOC', 0.8)])).toEqual(['宁德时代']);
  });
  it('takes a lexicon name the model read as a place (阿里巴巴 | 等企业)', () => {
    const text = '赛事筹备工作得到了阿里巴巴等企业的支持。';
    expect(orgs(text, [ent(text, '阿里巴巴', 'LOC', 0.69)])).toEqual(['阿里巴巴']);
  });
  it('names no place and no everyday phrase (北京等企业, 中小企业等企业)', () => {
    const a = '北京等城市的企业纷纷出台了新政策。';
    expect(orgs(a, [ent(a, '北京', 'LOC', 1)])).toEqual([]);
    const b = '中小企业等企业纷纷加大投资。';
    expect(orgs(b, [])).toEqual([]);
  });
});

describe('what only a body does, after an everyday noun that is a brand too', () => {
  it('makes it the company (苹果 | 昨日 | 发布, 小米 | 推出)', () => {
    const a = '苹果昨日发布了新款手机。';
    expect(orgs(a, [])).toEqual(['苹果']);
    const b = '小米推出了新款电视。';
    expect(orgs(b, [])).toEqual(['小米']);
  });
  it('not after a verb (统一 | 发布制度)', () => {
    const text = '国家对地震预报实行统一发布制度。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a short form jieba glued to the word after it', () => {
  it('is the short form still (顺丰则/x | 加大 of 顺丰控股)', () => {
    const text = '京东物流与顺丰控股的竞争进入新阶段。京东物流宣布新建三座智能仓，顺丰则加大航空运力投入。';
    const found = orgs(text, [ent(text, '京东物流', 'ORG', 0.95), ent(text, '顺丰控股', 'ORG', 0.95)]);
    expect(found).toContain('顺丰');
  });
});

describe('a working committee of the Party', () => {
  it('is a kind, so 组织 after it is its verb (区机关工委 | 组织开展)', () => {
    const text = '为庆祝建党102周年，区机关工委组织开展了主题党日活动。';
    expect(orgs(text, [ent(text, '区机关工委', 'ORG', 0.89)])).not.toContain('区机关工委组织');
  });
  it('keeps a park’s named one (苏州工业园区党工委)', () => {
    const text = '苏州工业园区党工委召开全区优化营商环境大会。';
    expect(orgs(text, [ent(text, '苏州工业园区党工委', 'ORG', 0.95)])).toEqual(['苏州工业园区党工委']);
  });
});

describe('a name the model is sure of, after words that are no place', () => {
  it('is not read back over them from its kind (产品管理人为 | 兴业银行, 毛竹事件 | 建设部)', () => {
    const a = '产品管理人为兴业银行，投资管理人为华泰证券。';
    expect(orgs(a, [ent(a, '兴业银行', 'ORG', 0.99), ent(a, '华泰证券', 'ORG', 0.98)])).toEqual(['兴业银行', '华泰证券']);
    const b = '毛竹事件建设部后来有结论，不是偷工减料。';
    expect(orgs(b, [ent(b, '建设部', 'ORG', 0.96)])).toEqual(['建设部']);
  });
  it('still takes the place before it (广州市 | 南沙区人民政府)', () => {
    const text = '广州市南沙区人民政府发布通知，明确了扶持政策。';
    expect(orgs(text, [ent(text, '南沙区人民政府', 'ORG', 0.97)])).toEqual(['广州市南沙区人民政府']);
  });
});

describe('a market’s index after a name', () => {
  it('is no body (上证 | 综合指数, 菲律宾股票交易所 | 指数)', () => {
    const a = '上证综合指数昨日收报2987点。';
    expect(orgs(a, [])).toEqual([]);
    const b = '菲律宾股票交易所指数曾一度跌至1518点。';
    expect(orgs(b, [ent(b, '菲律宾股票交易所', 'ORG', 0.97)])).toEqual([]);
  });
});

describe('letters standing for a name withheld', () => {
  it('name no organisation (xx办公室, XX公司)', () => {
    const text = '方xx办公室主任介绍，XX公司的负责人拒绝透露更多信息。';
    expect(orgs(text, [ent(text, 'xx办公室', 'ORG', 0.8), ent(text, 'XX公司', 'ORG', 0.9)])).toEqual([]);
  });
});

describe('a site named by a word and 网', () => {
  it('is the company that runs it before who leads it (开心网 | CEO)', () => {
    const text = '开心网CEO程炳皓表示，用户已突破一千万。';
    expect(orgs(text, [ent(text, '程炳皓', 'PERSON', 1)])).toEqual(['开心网']);
  });
  it('not a kind of network (互联网 | CEO)', () => {
    const text = '这位互联网CEO表示，行业正在洗牌。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a kind of service in Latin letters', () => {
  it('is no company (做 | SNS | 的公司)', () => {
    const text = '做SNS的公司越来越多，Facebook之外，国内也有不少。';
    expect(orgs(text, [ent(text, 'Facebook', 'ORG', 0.96)])).toEqual(['Facebook']);
  });
});

describe('a deal between companies', () => {
  it('vouches for a name the model is unsure of on either side (收购 | IBM, 招行收购 | 永隆)', () => {
    const a = '联想收购IBM个人电脑业务后，成为全球第三大电脑厂商。';
    expect(orgs(a, [ent(a, 'IBM', 'ORG', 0.76)])).toEqual(['IBM']);
    const b = '招行收购永隆失实报道已提请有关部门查处。';
    expect(orgs(b, [ent(b, '招行', 'ORG', 0.99), ent(b, '永隆', 'ORG', 0.7)])).toEqual(['招行', '永隆']);
  });
});

describe('a list beside bodies', () => {
  it('holds no body in society at large, people of a kind or every body of a kind (社会各界, 干部群众, 地方各级党委)', () => {
    const a = '中国空军、西藏妇联及社会各界捐资250多万元，兴建22所女童班。';
    expect(orgs(a, [ent(a, '中国空军', 'ORG', 0.99), ent(a, '西藏妇联', 'ORG', 0.99)])).toEqual(['中国空军', '西藏妇联']);
    const b = '人民警察在党中央、国务院和地方各级党委、政府的领导下，忠实履行职责。';
    expect(orgs(b, [ent(b, '党中央', 'ORG', 0.99), ent(b, '国务院', 'ORG', 0.99)])).toEqual(['党中央', '国务院']);
    const c = '党中央、国务院领导同志和老一辈无产阶级革命家对这项工程给予了高度重视。';
    expect(orgs(c, [ent(c, '党中央', 'ORG', 0.99), ent(c, '国务院', 'ORG', 0.99)])).toEqual(['党中央', '国务院']);
  });
});
