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
