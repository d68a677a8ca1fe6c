/**
 * The organisation rules added for #21's second round: names end at word ends, Latin names
 * that own what only a company has, case variants, and a name written without its kind.
 * Sentences written for these tests; "model" entities are given by hand (the refiner is a
 * pure function of text, tokens and the model's entities).
 */
import { describe, expect, it } from 'vitest';
import { bareNameCandidates } from '../../../src/extract/orgs/bare-names.js';
import { latinCandidates, latinCaseVariants } from '../../../src/extract/orgs/latin.js';
import { TokenIndex } from '../../../src/extract/orgs/token-index.js';
import { endAtWord } from '../../../src/extract/orgs/word-end.js';
import type { Entity } from '../../../src/record/schema.js';
import { ent, orgs, seg } from '../../helpers/org-refiner.js';

const ended = (text: string, sub: string): string => endAtWord(text, ent(text, sub), new TokenIndex(seg.segment(text))).text;

describe('a name ends where a word ends', () => {
  it('carries a span cut inside its last word to the end of that word', () => {
    expect(ended('昨天，鸿远股份发布公告称利润增长。', '鸿远股')).toBe('鸿远股份');
  });
  it("goes back to the last kind word when the cut word is a person's title", () => {
    expect(ended('他曾任青山县农机修造厂技术科长。', '青山县农机修造厂技术科')).toBe('青山县农机修造厂');
  });
  it('keeps a department whose title jieba glued to its last character (病理室 | 主任)', () => {
    expect(ended('王明（江城医院病理室主任）说。', '江城医院病理室')).toBe('江城医院病理室');
  });
  it('does not carry on a span that has already passed a kind word', () => {
    expect(ended('青河省科技厅统一服务平台上线。', '青河省科技厅统一服务')).toBe('青河省科技厅统一服务');
    expect(orgs('青河省科技厅统一服务平台上线。', [ent('青河省科技厅统一服务平台上线。', '青河省科技厅统一服务')])).toContain(
      '青河省科技厅',
    );
  });
});

describe('Latin names', () => {
  it('takes a capitalised word that owns what only a company has', () => {
    expect(latinCandidates('作为Zentrica的创始人，他很忙。').map((e) => e.text)).toEqual(['Zentrica']);
  });
  it('not a URL parameter, and not a word followed by what a person also has', () => {
    expect(latinCandidates('访问page.aspx?PostId=12的创始人')).toEqual([]);
    expect(latinCandidates('Morgan表示，市场很好。')).toEqual([]);
  });
  it("retypes the model's person on the same span when the cue says company", () => {
    const text = '作为Zentrica的创始人，他很忙。';
    expect(orgs(text, [ent(text, 'Zentrica', 'PERSON', 0.55)])).toEqual(['Zentrica']);
  });
  it('finds the same name in other letter case once one form is an organisation', () => {
    const text = '我们在Kestrel集团工作，kestrel很好';
    const found = latinCaseVariants(text, [ent(text, 'Kestrel')]);
    expect(found.map((e) => [e.text, e.start])).toEqual([['kestrel', text.lastIndexOf('kestrel')]]);
  });
});

describe('a name written without its kind', () => {
  const run = (text: string, model: Entity[]): string[] => {
    const tokens = seg.segment(text);
    return bareNameCandidates(text, new TokenIndex(tokens), model).map((e) => e.text);
  };
  it('is the organisation named in full elsewhere in the article', () => {
    const text = '早年他在三星公司工作，后来三星和LG竞争。';
    expect(run(text, [ent(text, '三星公司')])).toEqual(['三星']);
  });
  it('never a place (北京 is not 北京大学)', () => {
    const text = '北京大学的学生在北京工作。';
    expect(run(text, [ent(text, '北京大学'), ent(text, '北京', 'LOC', 0.9, 5)])).toEqual([]);
  });
  it('not a person the article names more often than the full name', () => {
    const text = '洛华大学由洛华创办。洛华一生节俭，洛华晚年捐出全部家产。';
    const model = [
      ent(text, '洛华大学', 'ORG', 0.95),
      ent(text, '洛华', 'PERSON', 0.8, 5),
      ent(text, '洛华', 'PERSON', 0.8, 10),
      ent(text, '洛华', 'PERSON', 0.8, 17),
    ];
    expect(run(text, model)).toEqual([]);
  });
});

describe('a list of organisations vouches for its members', () => {
  it('keeps a member with nothing distinctive of its own beside two organisations', () => {
    const text = '签约方：江华电力有限公司、埃伦能源有限公司、星光电力有限公司、西江发电有限公司。';
    const model = ['江华电力有限公司', '埃伦能源有限公司', '星光电力有限公司', '西江发电有限公司'].map((n) => ent(text, n, 'ORG', 0.99));
    expect(orgs(text, model)).toContain('星光电力有限公司');
  });
  it('but not on its own', () => {
    const text = '星光电力有限公司发布公告。';
    expect(orgs(text, [ent(text, '星光电力有限公司', 'ORG', 0.8)])).toEqual([]);
  });
});

describe("the model's Latin names, judged by where they stand", () => {
  it('a Latin gloss in brackets takes the type of the term it glosses', () => {
    const t1 = '该指标称为净值率(NVR)，每月公布。';
    expect(orgs(t1, [ent(t1, 'NVR', 'ORG', 0.85)])).toEqual([]);
    const t2 = '据环球广播公司(GBC)报道，节目将停播。';
    expect(orgs(t2, [ent(t2, '环球广播公司', 'ORG', 0.95), ent(t2, 'GBC', 'ORG', 0.85)])).toEqual(['环球广播公司', 'GBC']);
  });
  it('a Latin word inside a URL is a parameter, not a name', () => {
    const text = '原文见news.aspx?ItemKey=88，转载请注明。';
    expect(orgs(text, [ent(text, 'ItemKey', 'ORG', 0.8)])).toEqual([]);
  });
});

describe('a list of things vouches against its members', () => {
  it('drops an everyday word the model is sure of when its list is of everyday words', () => {
    const text = '多吃蔬果，如土豆、黄瓜、西红柿、香蕉、芹菜等。';
    expect(orgs(text, [ent(text, '香蕉', 'ORG', 0.95), ent(text, '芹菜', 'ORG', 0.93)])).toEqual([]);
  });
});

describe("a body of the article's own province or city", () => {
  it('reads a level character and two fields joined by 和 as one name', () => {
    const text = '据了解，省住房和城乡建设厅已下发通知。';
    expect(orgs(text, [])).toContain('省住房和城乡建设厅');
  });
  it('a level character inside a place is the place’s (南城区 + 人民政府)', () => {
    const text = '这是江西省南城区人民政府的决定，南城区人民政府已公布。';
    expect(orgs(text, []).every((n) => !n.startsWith('区'))).toBe(true);
  });
  it('a level character with no name before the kind names nothing', () => {
    const text = '他随后前往市政府汇报。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a withheld name', () => {
  it('某 in a name, or right before it, names no organisation', () => {
    const text = '据报道，江北某生物技术有限公司与山南某中医专科医院签约。';
    const model = [ent(text, '江北某生物技术有限公司', 'ORG', 0.9), ent(text, '中医专科医院', 'ORG', 0.85)];
    expect(orgs(text, model)).toEqual([]);
  });
});

describe('names jieba does not know, and names set side by side', () => {
  it('two names joined by a dash in one model span are two names', () => {
    const text = '共同推进东湖实验室——琮澜实验室建设。';
    expect(orgs(text, [ent(text, '东湖实验室——琮澜实验室')])).toEqual(['东湖实验室', '琮澜实验室']);
  });
  it("a place the model read off a name ending with an organisation's kind is an organisation", () => {
    const text = '共同推进青湾实验室南海基地——琮澜实验室建设。';
    const model = [ent(text, '青湾实验室南海基地'), ent(text, '琮澜实验室', 'LOC', 0.8)];
    expect(orgs(text, model)).toContain('琮澜实验室');
  });
});

describe('a name jieba cut into single characters', () => {
  it('two or more loose characters before a kind are a name', () => {
    const text = '今年，瑧琇研究院发布报告。';
    expect(orgs(text, [])).toEqual(['瑧琇研究院']);
  });
});

describe("a company's short name ends with its industry word", () => {
  it('a model name stopping right before its industry word takes it in', () => {
    const text = '据悉，江州长风汽车上月销量增长两成。';
    expect(orgs(text, [ent(text, '江州长风')])).toEqual(['江州长风汽车']);
  });
  it('then the legal form after it too', () => {
    const text = '江州长风汽车有限公司发布公告。';
    expect(orgs(text, [ent(text, '江州长风')])).toEqual(['江州长风汽车有限公司']);
  });
  it('not the start of a longer word (汽车站), and not a name that already has its kind', () => {
    const a = '旅客从江州长风汽车站出发。';
    expect(orgs(a, [ent(a, '江州长风')])).not.toContain('江州长风汽车');
    const b = '瑧琇集团汽车业务增长。';
    expect(orgs(b, [ent(b, '瑧琇集团')])).toEqual(['瑧琇集团']);
  });
});
