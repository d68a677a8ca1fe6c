/**
 * The organisation rules of #21's session-9 round, found by running sentences of today's news
 * through the pipeline: particles never end a name, generic departments and abbreviated events
 * are no names, a count of establishments says what a list's members are. Sentences and names
 * written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, entries, orgs } from '../../helpers/org-refiner.js';

describe('a particle after a name', () => {
  it('is not carried into it, though jieba reads it into one word with the kind (部等)', () => {
    const text = '省发展改革委、工业和信息化部等部门联合印发通知。';
    expect(orgs(text, [ent(text, '工业和信息化部', 'ORG', 0.95)])).toContain('工业和信息化部');
    expect(orgs(text, [ent(text, '工业和信息化部', 'ORG', 0.95)])).not.toContain('工业和信息化部等');
  });
});

describe('a department named by the generic 部门', () => {
  it('is no name when only field words stand before it, however sure the model is', () => {
    const text = '监管部门将加强对平台企业的监管。';
    expect(orgs(text, [ent(text, '监管部门', 'ORG', 0.97)])).toEqual([]);
    const b = '申请材料须报送住房保障部门审核。';
    expect(orgs(b, [ent(b, '住房保障部门', 'ORG', 0.99)])).toEqual([]);
  });
  it('is one when a place or a body names whose it is', () => {
    const text = '广州市物价部门昨天公布了新的收费标准。';
    expect(orgs(text, [ent(text, '广州市物价部门', 'ORG', 0.95)])).toEqual(['广州市物价部门']);
  });
});

describe('an event named by abbreviation', () => {
  it('is no organisation (广交会, 冬奥会, 电影节), while the body that runs it is', () => {
    const text = '第三届西湖博会与金陵电影节同期举行，金陵冬奥组委派人参加。';
    const model = [ent(text, '西湖博会', 'ORG', 0.95), ent(text, '金陵电影节', 'ORG', 0.95), ent(text, '金陵冬奥组委', 'ORG', 0.95)];
    expect(orgs(text, model)).toEqual(['金陵冬奥组委']);
  });
});

describe('a list before a count of establishments', () => {
  it('ends at the count, and its members are organisations, persons the model read included', () => {
    const text = '星驰、云帆、蓝湾三家新势力车企本月交付量均创新高。';
    const model = [ent(text, '星驰', 'PERSON', 0.9), ent(text, '云帆', 'PERSON', 0.95)];
    expect(orgs(text, model)).toEqual(expect.arrayContaining(['星驰', '云帆']));
  });
  it('says nothing when no word for organisations follows the count (三家人)', () => {
    const text = '星驰、云帆、蓝湾三家人本月都搬了新家。';
    const model = [ent(text, '星驰', 'PERSON', 0.9), ent(text, '云帆', 'PERSON', 0.95)];
    expect(orgs(text, model)).toEqual([]);
  });
  it('says nothing when the word runs on into another (三家企业家)', () => {
    const text = '星驰、云帆、蓝湾三家企业家本月都来了。';
    const model = [ent(text, '星驰', 'PERSON', 0.9), ent(text, '云帆', 'PERSON', 0.95)];
    expect(orgs(text, model)).toEqual([]);
  });
});

describe('a body named by its field alone', () => {
  it('is generic, as 公安局 is: every level of government has one (环保局, 工商局, 环保委员会)', () => {
    const text = '他向工商局投诉后，环保委员会也派人来了。';
    expect(orgs(text, [ent(text, '工商局', 'ORG', 1), ent(text, '环保委员会', 'ORG', 0.95)])).toEqual([]);
  });
  it('is a name with its place (广州市环保局), and a field with 部 is a ministry (科技部)', () => {
    const text = '广州市环保局和科技部联合发布了通知。';
    expect(orgs(text, [ent(text, '广州市环保局', 'ORG', 1), ent(text, '科技部', 'ORG', 1)])).toEqual(['广州市环保局', '科技部']);
  });
});

describe('a satellite channel', () => {
  it('is a broadcaster named by its province (江苏卫视), as 电视台 is a kind', () => {
    const text = '江苏卫视的收视率紧随其后。';
    expect(orgs(text, [ent(text, '江苏', 'LOC', 0.99)])).toEqual(['江苏卫视']);
  });
});

describe('a team named by an everyday word', () => {
  it('is a side in a match when a match verb joins it to another (火箭队主场迎战太阳队)', () => {
    const text = '昨晚，火箭队主场迎战太阳队。';
    expect(orgs(text, [ent(text, '火箭队', 'ORG', 0.95), ent(text, '太阳队', 'ORG', 0.95)])).toEqual(['火箭队', '太阳队']);
  });
  it('names nothing without a match (火箭队 as a unit)', () => {
    const text = '该部队的火箭队昨天进行了演练。';
    expect(orgs(text, [ent(text, '火箭队', 'ORG', 0.95)])).toEqual([]);
  });
});

describe("a government's bare name", () => {
  it('is its place, no short form of the government (英法 of 英法政府)', () => {
    const text = '对民间投资的海底隧道，英法政府的唯一承诺是提供担保。英法两国外长签署了条约。';
    expect(orgs(text, [])).not.toContain('英法');
  });
});

describe('a stock code in brackets after a name', () => {
  it('makes the name a listed company, over the model and without it (贵州茅台（600519）, 腾讯控股（00700.HK）)', () => {
    const text = '星河酒业（600519）股价创下新高，蓝海控股（00700.HK）也有所上涨，云帆科技（股票代码：000858）持平。';
    const model = [ent(text, '星河酒业', 'LOC', 0.8)];
    expect(orgs(text, model)).toEqual(['星河酒业', '蓝海控股', '云帆科技']);
  });
  it('says nothing of a year or an amount in brackets (（1989）, （占地6579亩）)', () => {
    const text = '市中级人民法院刑事判决书（1989）和天都城（占地6579亩）都在其中。';
    expect(orgs(text, [])).not.toContain('刑事判决书');
    expect(orgs(text, [])).not.toContain('天都城');
  });
});

describe('a short form the article declares', () => {
  it('names the full name wherever it is written, whatever its letters (（以下简称“云帆”）, （下称“星研院”）)', () => {
    const a = '北京云帆智行科技有限公司（以下简称“云帆”）今天发布新品。云帆表示，新品将于下月上市。';
    expect(entries(a, [ent(a, '北京云帆智行科技有限公司', 'ORG', 1)])).toEqual([['北京云帆智行科技有限公司', ['云帆'], 3]]);
    const b = '粤港澳大湾区星河研究院（下称“星研院”）成立，星研院将招收博士后。';
    expect(entries(b, [ent(b, '粤港澳大湾区星河研究院', 'ORG', 1), ent(b, '星研院', 'ORG', 0.9)])).toEqual([
      ['粤港澳大湾区星河研究院', ['星研院'], 3],
    ]);
  });
  it('needs the declaration: a bracket of another kind declares nothing', () => {
    const text = '北京云帆智行科技有限公司（北京）今天发布新品。北京表示欢迎。';
    expect(entries(text, [ent(text, '北京云帆智行科技有限公司', 'ORG', 1)])).toEqual([['北京云帆智行科技有限公司', [], 1]]);
  });
});
