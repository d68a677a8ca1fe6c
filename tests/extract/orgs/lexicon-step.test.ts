/**
 * The lexicon step (src/extract/orgs/lexicon-step.ts): brands that are everyday words too need a
 * cue or a conjunction with a sure organisation, and then count wherever the article names them;
 * a time the model read on such a word gives way; a place before one is its prefix; a person or
 * place the model read on a lexicon name joined to a sure organisation is one. Sentences written
 * for these tests; "model" entities are given by hand; the lexicon is the shipped one.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';

describe('a brand that is an everyday word too (现代, 大众)', () => {
  it('is an organisation when a conjunction joins it to a sure one, even where the model read a time', () => {
    const text = '星光集团和现代签署了合资协议。';
    const model = [ent(text, '星光集团', 'ORG', 0.99), ent(text, '现代', 'DATE', 0.8)];
    expect(orgs(text, model)).toEqual(['星光集团', '现代']);
  });
  it('is none when what it is joined to is no sure organisation', () => {
    const text = '传统和现代在这座城市交融。';
    expect(orgs(text, [ent(text, '现代', 'DATE', 0.8)])).toEqual([]);
    const b = '星光集团和现代签署了合资协议。';
    expect(orgs(b, [ent(b, '星光集团', 'ORG', 0.6)])).not.toContain('现代');
  });
  it('counts at its other mentions once it has been shown to be one, and takes a place before it', () => {
    const text = '星光集团和现代签署了协议。广州现代明年投产，现代将投资十亿元。';
    const model = [ent(text, '星光集团', 'ORG', 0.99), ent(text, '广州', 'LOC', 0.99)];
    const found = orgs(text, model);
    expect(found).toContain('广州现代');
    expect(found.filter((n) => n === '现代')).toHaveLength(2);
  });
  it('is not counted where jieba reads a verb (统一思想), though shown acting elsewhere', () => {
    const text = '星光集团和统一签署了协议。各地要统一思想。';
    const found = orgs(text, [ent(text, '星光集团', 'ORG', 0.99)]);
    expect(found.filter((n) => n === '统一')).toHaveLength(1);
  });
  it('is not counted at other mentions in an article that never shows it acting', () => {
    const text = '广州现代明年投产，现代将投资十亿元。';
    expect(orgs(text, [ent(text, '广州', 'LOC', 0.99)])).toEqual([]);
  });
});

describe('a lexicon name the model read as a person', () => {
  it('is an organisation when joined to a sure one (丰田与比亚迪)', () => {
    const text = '丰田与比亚迪合资成立了研发公司。';
    const model = [ent(text, '丰田', 'ORG', 0.99), ent(text, '比亚迪', 'PERSON', 0.9)];
    expect(orgs(text, model)).toEqual(['丰田', '比亚迪']);
  });
  it('stays a person with no organisation beside it', () => {
    const text = '记者见到了比亚迪。';
    expect(orgs(text, [ent(text, '比亚迪', 'PERSON', 0.9)])).toEqual([]);
  });
});

describe('a cue after a lexicon name', () => {
  it('outweighs the model reading a brand as a place, a deputy title included (百度 | 副总裁)', () => {
    const text = '百度副总裁李明在会上发言。';
    expect(orgs(text, [ent(text, '百度', 'LOC', 0.9), ent(text, '李明', 'PERSON', 0.99)])).toEqual(['百度']);
  });
  it('leaves the place where nothing only a company has follows (百度 | 高温)', () => {
    const text = '今年夏天百度高温持续了三天。';
    expect(orgs(text, [ent(text, '百度', 'LOC', 0.9)])).toEqual([]);
  });
});

describe('a trade name the lexicon knows', () => {
  it('goes on over its industry word (国美 + 电器)', () => {
    const text = '国美电器昨天公布了年报。';
    expect(orgs(text, [])).toEqual(['国美电器']);
  });
});
