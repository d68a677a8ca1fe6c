/**
 * The organisation rules of #21's session-24 round: an idiom ends a list's last member (北京现代 |
 * 紧随其后); a place the model read before an industry word that jieba holds with it as one
 * organisation's word is that company (长城 | 汽车, 长城汽车/nt); a person the model is unsure of on a
 * lexicon body's name that opens with no Chinese surname is the body (比亚迪); a span cut inside the
 * word after a trade name and its industry ends with the industry (链家地产 | 市场); a trade name the
 * lexicon knows and its industry word before a kind are a registered name's parts (现代 | 汽车 | 公司);
 * 物业 is an industry word (中海物业); a word and an industry word before who heads only a company are its
 * short name (光线传媒 | 的总裁); two Latin names the model read with one space between them are one name
 * (Sun | Microsystems); 管理处 is a kind, and a park, a scenic area or a housing estate before a kind names no
 * body of its own (公园管理处, 景区管委会); a two-character everyday word the model reads as an organisation
 * (0.8 or more) listed beside a sure one is a name (戴尔、联想/v 和惠普).
 * Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';

describe('an idiom after a list', () => {
  it('ends the last member (北京现代 | 紧随其后)', () => {
    const text = '上月销量排名中，广州本田、东风日产、北京现代紧随其后。';
    const found = orgs(text, [ent(text, '广州本田', 'ORG', 0.82), ent(text, '东风日产', 'ORG', 0.9), ent(text, '北京', 'LOC', 1)]);
    expect(found).toContain('北京现代');
    expect(found.some((n) => n.includes('紧随其后'))).toBe(false);
  });
  it('ends it before another idiom as well (名列前茅)', () => {
    const text = '上月销量排名中，广州本田、东风日产、北京现代名列前茅。';
    const found = orgs(text, [ent(text, '广州本田', 'ORG', 0.82), ent(text, '东风日产', 'ORG', 0.9), ent(text, '北京', 'LOC', 1)]);
    expect(found).toEqual(['广州本田', '东风日产', '北京现代']);
  });
});

describe('a place and an industry word jieba holds as one organisation', () => {
  it('is the company (长城 | 汽车, 长城汽车/nt)', () => {
    const text = '长城汽车则展示了哈弗H6。';
    expect(orgs(text, [ent(text, '长城', 'LOC', 0.59)])).toEqual(['长城汽车']);
  });
  it('leaves a place before an industry word jieba reads apart and a noun after (上海汽车 | 市场)', () => {
    const text = '上海汽车市场的销量继续增长。';
    expect(orgs(text, [ent(text, '上海', 'LOC', 0.99)])).toEqual([]);
  });
});

describe('a person with no surname on a lexicon body’s name', () => {
  it('is the body when the model is unsure (比亚迪 at 0.76)', () => {
    const text = '比亚迪推出了F3DM双模电动车。';
    expect(orgs(text, [ent(text, '比亚迪', 'PERSON', 0.76)])).toEqual(['比亚迪']);
  });
  it('stays a person when the model is sure', () => {
    const text = '比亚迪推出了F3DM双模电动车。';
    expect(orgs(text, [ent(text, '比亚迪', 'PERSON', 0.95)])).toEqual([]);
  });
  it('stays a person where the name opens with a surname', () => {
    const text = '王宁推出了一张新专辑。';
    expect(orgs(text, [ent(text, '王宁', 'PERSON', 0.7)])).toEqual([]);
  });
});

describe('a span cut inside the word after a trade name and its industry', () => {
  it('ends with the industry word (链家地产 | 市场)', () => {
    const text = '链家地产市场研究部的数据显示，北京二手房成交量下降。';
    expect(orgs(text, [ent(text, '链家地产市', 'ORG', 0.89)])).toEqual(['链家地产']);
  });
});

describe('a lexicon trade name and its industry word before a kind', () => {
  it('is a registered name, however jieba tags the trade name (现代/t | 汽车 | 公司)', () => {
    const text = '现代汽车公司宣布将于下周召回部分车辆。';
    expect(orgs(text, [ent(text, '现代汽车公司', 'ORG', 0.85)])).toEqual(['现代汽车公司']);
  });
  it('vouches for a union of the company (现代汽车 | 工会)', () => {
    const text = '现代汽车工会宣布将于下周举行罢工。';
    expect(orgs(text, [ent(text, '现代汽车工会', 'ORG', 0.75)])).toEqual(['现代汽车工会']);
  });
  it('leaves an everyday word before an industry word and a kind generic (大型汽车公司)', () => {
    const text = '一些大型汽车公司宣布将召回部分车辆。';
    expect(orgs(text, [ent(text, '大型汽车公司', 'ORG', 0.85)])).toEqual([]);
  });
});

describe('物业', () => {
  it('is an industry word after a place the model read (中海 | 物业 | 提供)', () => {
    const text = '据了解，该小区的物业服务由中海物业提供。';
    expect(orgs(text, [ent(text, '中海', 'LOC', 0.97)])).toEqual(['中海物业']);
  });
});

describe('a word and an industry word before who heads only a company', () => {
  it('are the company’s short name (光线传媒 | 的总裁)', () => {
    const text = '光线传媒的总裁王长田表示，市场竞争日趋激烈。';
    expect(orgs(text, [ent(text, '王长田', 'PERSON', 1)])).toEqual(['光线传媒']);
  });
  it('are not before a title any body has (光线传媒 | 的负责人)', () => {
    const text = '光线传媒的负责人王长田表示，市场竞争日趋激烈。';
    expect(orgs(text, [ent(text, '王长田', 'PERSON', 1)])).toEqual([]);
  });
});

describe('two Latin names the model read with a space between them', () => {
  it('are one name of several words (Sun | Microsystems)', () => {
    const text = '据报道，Google已与Sun Microsystems达成协议。';
    const found = orgs(text, [ent(text, 'Google', 'ORG', 0.95), ent(text, 'Sun', 'ORG', 0.96), ent(text, 'Microsystems', 'ORG', 0.9)]);
    expect(found).toEqual(['Google', 'Sun Microsystems']);
  });
  it('stay two where a conjunction joins them (Sun和Oracle)', () => {
    const text = '据报道，Sun和Oracle达成协议。';
    expect(orgs(text, [ent(text, 'Sun', 'ORG', 0.96), ent(text, 'Oracle', 'ORG', 0.95)])).toEqual(['Sun', 'Oracle']);
  });
});

describe('管理处, and the places any town has', () => {
  it('name no body before a kind (公园管理处)', () => {
    const text = '公园管理处的工作人员说，春节期间游客会更多。';
    expect(orgs(text, [ent(text, '公园管理处', 'ORG', 0.95)])).toEqual([]);
  });
  it('leave a park named before the office (颐和园管理处)', () => {
    const text = '颐和园管理处的工作人员说，春节期间游客会更多。';
    expect(orgs(text, [ent(text, '颐和园管理处', 'ORG', 0.95)])).toEqual(['颐和园管理处']);
  });
});

describe('a two-character everyday word listed beside a sure organisation', () => {
  it('is a name where the model reads it as one, not unsure (联想 at 0.85)', () => {
    const text = '戴尔、联想和惠普表示将采用英特尔的新产品。';
    const model = [ent(text, '戴尔', 'PERSON', 0.97), ent(text, '联想', 'ORG', 0.85), ent(text, '惠普', 'ORG', 0.96)];
    expect(orgs(text, model)).toEqual(['联想', '惠普']);
  });
  it('is none where the model is unsure (联想 at 0.7)', () => {
    const text = '戴尔、联想和惠普表示将采用英特尔的新产品。';
    const model = [ent(text, '戴尔', 'PERSON', 0.97), ent(text, '联想', 'ORG', 0.7), ent(text, '惠普', 'ORG', 0.96)];
    expect(orgs(text, model)).toEqual(['惠普']);
  });
});
