/**
 * The organisation rules of #21's session-16 round, found by running 2000s portal news written for
 * the purpose through the pipeline: a short form jieba splits after its first character, read off a
 * company's trade name, and a broadcaster's programme in title marks. Sentences written for these
 * tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, entries, orgs } from '../../helpers/org-refiner.js';

describe('a short form jieba splits after its first character', () => {
  it('is an alias of the company whose trade name it abbreviates (中移动 of 中国移动通信集团公司, through 中国移动)', () => {
    const text = '中国移动通信集团公司今天发布年报。中移动表示，今年将新建五万个基站。';
    expect(entries(text, [ent(text, '中国移动通信集团公司', 'ORG', 0.99)])).toEqual([['中国移动通信集团公司', ['中移动'], 2]]);
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
