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

describe('a count before 大 and a noun names a set, not an organisation', () => {
  it('drops a counted set the model took for an organisation', () => {
    const b = '他总结了企业发展的三大法宝。';
    expect(orgs(b, [ent(b, '三大法')])).toEqual([]);
    const c = '四大银行今日公布业绩。';
    expect(orgs(c, [ent(c, '四大银行')])).toEqual([]);
  });
  it('keeps a numbered congress (MSRA: 十五大 is an organisation) and a place that starts with a count', () => {
    const a = '会议传达学习了党的十五大精神。';
    expect(orgs(a, [ent(a, '十五大')])).toEqual(['十五大']);
    const text = '五大连池市政府发布通知。';
    expect(orgs(text, [ent(text, '五大连池市政府')])).toEqual(['五大连池市政府']);
  });
});

describe('a class of company before the kind is a generic modifier', () => {
  it('高科技公司, 跨国公司, 合资公司, 红筹公司 name no organisation', () => {
    for (const name of ['高科技公司', '跨国公司', '合资公司', '红筹公司', '外商独资公司']) {
      const text = `一家${name}宣布裁员。`;
      expect(orgs(text, [ent(text, name)]), name).toEqual([]);
    }
  });
  it('but a distinctive name before the class keeps it (瑧琇高科技公司)', () => {
    const text = '瑧琇高科技公司宣布裁员。';
    expect(orgs(text, [ent(text, '瑧琇高科技公司')])).toEqual(['瑧琇高科技公司']);
  });
});

describe('names in modern news, read to their edges', () => {
  it('a department named with its parent as one jieba noun is a name (公安部 + 经济犯罪侦查局)', () => {
    const text = '公安部经济犯罪侦查局副局长在会上说。';
    expect(orgs(text, [])).toEqual(['公安部经济犯罪侦查局']);
  });
  it('a name jieba knows whole takes a place before it, not the nouns of a headline', () => {
    const a = '理财亏损案开庭渣打银行成被告';
    expect(orgs(a, [])).toEqual(['渣打银行']);
    const b = '香港渣打银行表示。';
    expect(orgs(b, [])).toEqual(['香港渣打银行']);
    const c = '公司积极响应中央宣传部号召。';
    expect(orgs(c, [])).toEqual(['中央宣传部']);
  });
  it('a scope word after the kind is the sentence’s (中信银行 | 全国多家分行)', () => {
    const text = '中信银行全国多家分行都可以办理。';
    expect(orgs(text, [ent(text, '中信银行全国')])).toEqual(['中信银行']);
  });
  it('a bracket the span opens is closed right after it, or the span ends before it', () => {
    const a = '新上任的渣打银行（中国）行长表示。';
    expect(orgs(a, [ent(a, '渣打银行（中国')])).toEqual(['渣打银行（中国）']);
    const b = '瑧琇科技有限公司（以下简称瑧琇）发布公告。';
    expect(orgs(b, [ent(b, '瑧琇科技有限公司（以下')])).toEqual(['瑧琇科技有限公司']);
  });
  it('讯 after an outlet or a channel opens a dateline (新浪科技讯), but 腾讯 is a name', () => {
    const a = '新浪科技讯北京时间3月31日消息。';
    expect(orgs(a, [ent(a, '新浪科技讯')])).toEqual(['新浪科技']);
    const b = '腾讯发布财报。';
    expect(orgs(b, [ent(b, '腾讯')])).toEqual(['腾讯']);
  });
  it('an adverb opening the predicate is no part of the name (加拉塔萨雷 | 则)', () => {
    const text = '加拉塔萨雷则在主场取胜。';
    expect(orgs(text, [ent(text, '加拉塔萨雷则')])).toEqual(['加拉塔萨雷']);
    const b = '瑧琇科技以三亿元收购对手。';
    expect(orgs(b, [ent(b, '瑧琇科技以')])).toEqual(['瑧琇科技']);
  });
  it('a place after a whole name, with no kind of its own, is the sentence’s (公司 | 横滨)', () => {
    const text = '他曾在瑧琇重工公司横滨任职。';
    expect(orgs(text, [ent(text, '瑧琇重工公司横滨')])).toEqual(['瑧琇重工公司']);
  });
  it('a founder is a person after the name (公司 | 创始人)', () => {
    const text = '瑧琇公司创始人王明说。';
    expect(orgs(text, [ent(text, '瑧琇公司创始人')])).toEqual(['瑧琇公司']);
  });
});

describe('a member who is a person ends the name before the title', () => {
  it('人大 + 代表 keeps the congress; 美军 + 士兵 keeps the army', () => {
    const a = '重庆市第三届人大代表王明提出建议。';
    expect(orgs(a, [ent(a, '重庆市第三届人大代表')])).toEqual(['重庆市第三届人大']);
    const b = '两名美军士兵受伤。';
    expect(orgs(b, [ent(b, '美军士兵')])).toEqual(['美军']);
  });
});

describe('a Latin word that starts a place or a product name', () => {
  it('before a place ending it names the place (Caneel海湾, Virgin群岛)', () => {
    const a = '他们来到Zentor海湾度假。';
    expect(orgs(a, [ent(a, 'Zentor')])).toEqual([]);
    const b = '英国Zentor群岛的酒店。';
    expect(orgs(b, [ent(b, 'Zentor')])).toEqual([]);
  });
  it('before a model code it names a product (Sony S46), but a maker before a noun counts (Zentor电视)', () => {
    const a = '我选了一台Zentor S46手机。';
    expect(orgs(a, [ent(a, 'Zentor')])).toEqual([]);
    const b = '我买了一台Zentor电视，Zentor公司的。';
    expect(orgs(b, [ent(b, 'Zentor')])).toContain('Zentor');
  });
});

describe('a list that owns what only companies have', () => {
  it('makes every member a company, even one the model read as a person (…和小鹏的股价)', () => {
    const text = '瑧琇科技、琪瑞和小鹏的股价均创新高。';
    const found = orgs(text, [ent(text, '琪瑞', 'PERSON'), ent(text, '小鹏', 'PERSON', 0.98)]);
    expect(found).toEqual(['瑧琇科技', '琪瑞', '小鹏']);
  });
  it('not a title a person holds too, and not sales, which products have', () => {
    const a = '张伟、李娜和王芳的董事长职位均被免去。';
    expect(orgs(a, [ent(a, '张伟', 'PERSON'), ent(a, '李娜', 'PERSON'), ent(a, '王芳', 'PERSON')])).toEqual([]);
    const b = '土豆、黄瓜和橘子的销量都在上涨。';
    expect(orgs(b, [])).toEqual([]);
  });
});

describe('a lexicon name that is also a word and a particle (美的)', () => {
  it('is taken only with a cue', () => {
    expect(orgs('一路走来，多美的祖国啊！', [])).toEqual([]);
    expect(orgs('美的集团发布财报，美的空调销量上涨。', [])).toContain('美的');
  });
});

describe('run-ons into the sentence', () => {
  it('the copula after a name (中央社院 | 是)', () => {
    const text = '瑧琇学院是一所高等学校。';
    expect(orgs(text, [ent(text, '瑧琇学院是')])).toEqual(['瑧琇学院']);
  });
  it('a conjunction before a former body (禁毒委 和原 国家教委)', () => {
    const text = '为贯彻瑧琇委员会和原国家教委的通知。';
    expect(orgs(text, [ent(text, '瑧琇委员会和原')])).toEqual(['瑧琇委员会']);
  });
});

describe('two names set against each other, and a tail that is the sentence’s', () => {
  it('splits at vs (布鲁日队vs圣埃蒂安队), from a kind word or from the model', () => {
    const a = '南京队vs圣埃蒂安队两队从未交手。';
    expect(orgs(a, [])).toEqual(['南京队', '圣埃蒂安队']);
    const b = '瑧琇联VS琪瑞城的比赛。';
    expect(orgs(b, [ent(b, '瑧琇联VS琪瑞城')])).toEqual(['瑧琇联', '琪瑞城']);
  });
  it('does not carry a name to the end of a word jieba glued a locative or an adverb to (萨雷 | 上)', () => {
    const text = '来自土耳其的加拉塔萨雷上上赛季主场输球。';
    expect(orgs(text, [ent(text, '加拉塔萨雷')])).toEqual(['加拉塔萨雷']);
  });
});
