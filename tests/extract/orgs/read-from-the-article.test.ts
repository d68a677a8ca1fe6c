/**
 * The organisation rules of #21's session-10 round: what the whole article says about a name.
 * Sentences and names written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/record/schema.js';
import { ent, entries, orgs } from '../../helpers/org-refiner.js';

/** Each occurrence of `sub` in `text` as a model entity. */
const every = (text: string, sub: string, type: Entity['type'], score: number): Entity[] => {
  const out: Entity[] = [];
  for (let at = text.indexOf(sub); at >= 0; at = text.indexOf(sub, at + sub.length)) out.push(ent(text, sub, type, score, at));
  return out;
};

describe('a bare name the model read as a place', () => {
  const text = '运营商把线路委托给澜涛公司建设，澜涛公司负责维护，用户也可通过澜涛公司换网。澜涛模式打破了垄断。';
  const bare = text.indexOf('澜涛模式');
  it('is a short form of a sure full name written at least as often', () => {
    const model = [...every(text, '澜涛公司', 'ORG', 0.99), ent(text, '澜涛', 'LOC', 0.7, bare)];
    expect(orgs(text, model)).toContain('澜涛');
  });
  it('stays a place when the model is unsure of the full name', () => {
    const model = [...every(text, '澜涛公司', 'ORG', 0.85), ent(text, '澜涛', 'LOC', 0.7, bare)];
    expect(orgs(text, model)).not.toContain('澜涛');
  });
});

describe('a place or person the model read on a name that owns what only a company has', () => {
  it('is a company (…的股价, …市值, …创始人 after a place)', () => {
    const text = '星驰科技发布财报后，澜涛的股价大涨，云帆创始人也发了微博。';
    const model = [ent(text, '澜涛', 'PERSON', 0.6), ent(text, '云帆', 'LOC', 0.7)];
    expect(orgs(text, model)).toEqual(expect.arrayContaining(['澜涛', '云帆']));
  });
  it('is not where shares trade, a branch after a name, nor a person who owns companies', () => {
    const text = '澜涛在法兰克福的股票上涨，花旗中国董事长到场，王澜旗下的公司也来了。';
    const model = [
      ent(text, '法兰克福', 'LOC', 1),
      ent(text, '花旗', 'ORG', 0.95),
      ent(text, '中国', 'LOC', 1),
      ent(text, '王澜', 'PERSON', 0.9),
    ];
    expect(orgs(text, model)).toEqual(['花旗']);
  });
});

describe('a list that ends with a word for organisations', () => {
  it('makes an everyday word among its members one (…等运营商, …等白酒股: shares stand for companies)', () => {
    const a = '云帆、星光等运营商也宣布降价。';
    expect(orgs(a, [ent(a, '云帆', 'ORG', 0.9)])).toEqual(['云帆', '星光']);
    const b = '澜涛、星光等白酒股集体下跌。';
    expect(orgs(b, [ent(b, '澜涛', 'ORG', 0.9)])).toEqual(['澜涛', '星光']);
  });
  it('does not make a periodical kind after a title one (《…》杂志)', () => {
    const text = '他们借助《老友之声》杂志、星光电台等媒体宣传。';
    expect(orgs(text, [ent(text, '星光电台', 'ORG', 0.95)])).not.toContain('杂志');
  });
});

describe('a list member beside bodies named by their kind alone', () => {
  it('names a kind of body too, unless the model is sure of it (民政局、…、环保局、税务局)', () => {
    const text = '材料分别报送民政局、澜涛管理系统、环保局、税务局等部门备案。';
    expect(orgs(text, [ent(text, '澜涛管理系统', 'ORG', 0.9)])).toEqual([]);
    expect(orgs(text, [ent(text, '澜涛管理系统', 'ORG', 0.99)])).toEqual(['澜涛管理系统']);
  });
  it('keeps a place-named body beside one generic body (…县委、县政府)', () => {
    const text = '物资交给了澜涛县委、县政府的领导。';
    expect(orgs(text, [ent(text, '澜涛县委', 'ORG', 0.9)])).toEqual(['澜涛县委']);
  });
});

describe('a lexicon name the model read as a person, listed with a sure organisation', () => {
  it('is an organisation, as when a conjunction joins the two (麦当劳、…和瑞幸咖啡)', () => {
    const text = '麦当劳、星光和瑞幸咖啡宣布涨价。';
    expect(orgs(text, [ent(text, '麦当劳', 'PERSON', 0.7)])).toEqual(expect.arrayContaining(['麦当劳', '瑞幸咖啡']));
  });
});

describe('a Latin name the lexicon knows, read by the model as a person', () => {
  it('is an organisation when a conjunction joins it to a sure one (Anthropic和Google)', () => {
    const text = 'Anthropic和Google也在加速研发。';
    expect(orgs(text, [ent(text, 'Anthropic', 'ORG', 0.99), ent(text, 'Google', 'PERSON', 1)])).toEqual(['Anthropic', 'Google']);
  });
  it('stays a person alone (Ford)', () => {
    const text = '演员Ford也在现场。';
    expect(orgs(text, [ent(text, 'Ford', 'PERSON', 0.95)])).toEqual([]);
  });
});

describe('government bodies in a list of ministries', () => {
  it('a body whose name joins two fields with 和 is one body, however unsure the model (工业和信息化部)', () => {
    const text = '国家发展改革委、工业和信息化部、生态环境部等九部门联合印发方案。';
    const model = [
      ent(text, '国家发展改革委', 'ORG', 0.94),
      ent(text, '工业和信息化部', 'ORG', 0.94),
      ent(text, '生态环境部', 'ORG', 0.92),
    ];
    expect(orgs(text, model)).toContain('工业和信息化部');
  });
  it('a kind found after two of the model bodies does not join them into one (…厅 | 会同 | …局)', () => {
    const text = '省应急管理厅会同省气象局、省水利厅开展会商研判。';
    const model = [ent(text, '省应急管理厅', 'ORG', 0.98), ent(text, '省气象局', 'ORG', 1), ent(text, '省水利厅', 'ORG', 0.99)];
    expect(orgs(text, model)).toEqual(['省应急管理厅', '省气象局', '省水利厅']);
  });
});

describe('a place in brackets after a name', () => {
  it("is a school's campus, part of its name (…大学（广州）)", () => {
    const text = '星海区人民政府与澜涛科技大学（广州）签署合作协议。';
    expect(orgs(text, [ent(text, '澜涛科技大学', 'ORG', 0.99), ent(text, '广州', 'LOC', 1)])).toContain('澜涛科技大学（广州）');
  });
  it("is not part of a company's name (…公司（北京）)", () => {
    const text = '澜涛技贸发展公司（北京）今天成立。';
    expect(orgs(text, [ent(text, '澜涛技贸发展公司', 'ORG', 0.99), ent(text, '北京', 'LOC', 1)])).toEqual(['澜涛技贸发展公司']);
  });
});

describe('a name the model ran into the copula 为', () => {
  it('ends before it (交行 | 为70元, 矿工会 | 为他), unless 为 ends a name the lexicon knows (华为)', () => {
    const text = '工行为48元，交行为70元，矿工会为他筹款。';
    const model = [ent(text, '交行为', 'ORG', 0.98), ent(text, '矿工会为', 'ORG', 0.91)];
    expect(orgs(text, model)).toEqual(['交行', '矿工会']);
    const b = '中国华为发布了新手机。';
    expect(orgs(b, [ent(b, '中国华为', 'ORG', 0.95)])).toEqual(['中国华为']);
  });
});

describe('a short form in brackets right after a full name', () => {
  it('is declared by the brackets alone, and counts wherever it is written (…（澜大一院）)', () => {
    const text = '澜涛大学医学院附属第一医院（澜大一院）专家表示，澜大一院将增派人手。';
    const model = [ent(text, '澜涛大学医学院附属第一医院', 'ORG', 0.99)];
    expect(orgs(text, model)).toEqual(['澜涛大学医学院附属第一医院', '澜大一院', '澜大一院']);
  });
  it('is an alias of the full name in its entry, its mentions counted once (…（澜大一院）, （FBI）)', () => {
    const text = '澜涛大学医学院附属第一医院（澜大一院）专家表示，澜大一院将增派人手。美国联邦调查局（FBI）介入。';
    const model = [ent(text, '澜涛大学医学院附属第一医院', 'ORG', 0.99), ent(text, '美国联邦调查局', 'ORG', 1)];
    expect(entries(text, model)).toEqual([
      ['澜涛大学医学院附属第一医院', ['澜大一院'], 3],
      ['美国联邦调查局', ['FBI'], 2],
    ]);
  });
  it('is no short form when its characters are not the full name’s (（北京）, （图）)', () => {
    const text = '澜涛发展公司（北京）发布公告（图）。';
    expect(orgs(text, [ent(text, '澜涛发展公司', 'ORG', 0.99)])).toEqual(['澜涛发展公司']);
  });
});

describe("a place's market", () => {
  it('is where things sell, no body (美国市场); an exchange named so is one (…交易市场)', () => {
    const text = '星驰电子在美国市场展开竞争，澜涛棉花交易市场也开业了。';
    const model = [ent(text, '美国市场', 'ORG', 0.87), ent(text, '澜涛棉花交易市场', 'ORG', 0.94)];
    expect(orgs(text, model)).toEqual(['澜涛棉花交易市场']);
  });
});

describe("a maker's name right before what it makes", () => {
  it('is the company, an everyday word too (海尔 | 冰箱, 耐克 | 气垫鞋, 格力空调 as one word)', () => {
    const text = '她买了海尔冰箱、耐克气垫鞋和格力空调。';
    expect(orgs(text, [])).toEqual(['海尔', '耐克', '格力']);
  });
  it('is not an everyday word before clothes, nor a place before a fair (现代服装, 中关村电脑节)', () => {
    const text = '现代服装审美与传统融合，北京『中关村电脑节』开幕。';
    expect(orgs(text, [ent(text, '中关村', 'LOC', 1)])).toEqual([]);
  });
});
