/**
 * The organisation rules of #21's session-23 round: a body's name, then a class of its members
 * (江苏电网 | 主力电厂, 宝钢集团 | 骨干企业), names the class, no body; machines and their crews (发电机组)
 * are plant; a name counted as many (20家 | 粤港澳联合实验室) is a class of bodies, each of its mentions
 * in the article with it; a span opened by a person's kin (哥哥纳尔逊 | 大学室友) is about the family.
 * Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';

describe('a class of a body’s members after its name', () => {
  it('is no body, and the body stays where it stands alone by its kind (宝钢集团 | 骨干企业)', () => {
    const text = '东方钢铁集团骨干企业都参加了这次培训。';
    expect(orgs(text, [ent(text, '东方钢铁集团骨干企业', 'ORG', 0.95)])).toEqual(['东方钢铁集团']);
  });
  it('drops the whole span where the words before the class name no body alone (江苏电网 | 主力电厂)', () => {
    const text = '该厂是全省最大的火力电厂，也是江苏电网主力电厂。';
    expect(orgs(text, [ent(text, '江苏电网主力电厂', 'ORG', 0.96)])).toEqual([]);
  });
  it('leaves a named laboratory that keeps 重点 (国家重点实验室) and a named hospital with 附属', () => {
    const text = '南方大学材料科学国家重点实验室与南方大学附属医院签约。';
    const found = orgs(text, [ent(text, '南方大学材料科学国家重点实验室', 'ORG', 0.97), ent(text, '南方大学附属医院', 'ORG', 0.98)]);
    expect(found).toEqual(['南方大学材料科学国家重点实验室', '南方大学附属医院']);
  });
});

describe('machines', () => {
  it('a generating unit is no body, however sure the model is (燃煤发电机组)', () => {
    const text = '通知称，统调燃煤发电机组超发电价由原来的每千瓦时0.3元提高。';
    expect(orgs(text, [ent(text, '统调燃煤发电机组', 'ORG', 0.95)])).toEqual([]);
  });
});

describe('a name counted as many', () => {
  it('is a class of bodies, and so is each of its mentions in the article (20家 | 粤港澳联合实验室)', () => {
    const text = '两地科研单位正在共建粤港澳联合实验室，已获批建设的20家粤港澳联合实验室中，广州牵头占10家。';
    const first = text.indexOf('粤港澳联合实验室');
    const model = [
      ent(text, '粤港澳联合实验室', 'ORG', 0.97),
      { ...ent(text, '粤港澳联合实验室', 'ORG', 0.9), start: text.indexOf('粤港澳联合实验室', first + 1) },
    ];
    model[1]!.end = model[1]!.start + '粤港澳联合实验室'.length;
    expect(orgs(text, model)).toEqual([]);
  });
  it('with a count in Han numerals and 余 (十余家 | 海洋装备工程技术研究中心)', () => {
    const text = '全市拥有十余家海洋装备工程技术研究中心。';
    expect(orgs(text, [ent(text, '海洋装备工程技术研究中心', 'ORG', 0.95)])).toEqual([]);
  });
  it('stays when the count is one or an ordinal (第一家 | 华瑞电子科技公司, 一家)', () => {
    const text = '他投资的第一家华瑞电子科技公司1956年开始营业，另一家宏达精密仪器公司随后开张。';
    const found = orgs(text, [ent(text, '华瑞电子科技公司', 'ORG', 0.95), ent(text, '宏达精密仪器公司', 'ORG', 0.95)]);
    expect(found).toEqual(['华瑞电子科技公司', '宏达精密仪器公司']);
  });
  it('stays when the lexicon knows the name: a company’s branches are counted by it (几家工商银行)', () => {
    const text = '记者走访了长沙市的几家工商银行营业网点。';
    expect(orgs(text, [ent(text, '工商银行', 'ORG', 0.9)])).toEqual(['工商银行']);
  });
});

describe('a person’s kin', () => {
  it('opening a span, make it no body (哥哥纳尔逊 | 大学室友)', () => {
    const text = '1934年，他娶了哥哥纳尔逊大学室友的妹妹为妻。';
    expect(orgs(text, [ent(text, '哥哥纳尔逊大学', 'ORG', 0.9)])).toEqual([]);
  });
});
