/**
 * The organisation rules of #21's session-6 round: names in today's news read to their edges
 * (counted sets, classes of company, departments named with their parent, run-ons into the
 * sentence, unclosed brackets, Latin words of places and products, lists that own a share price,
 * names set against each other). Sentences written for these tests; "model" entities are given
 * by hand, as in reader-rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';

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
    for (const name of ['高科技公司', '跨国公司', '合资公司', '红筹公司', '外商独资公司', '中介公司', '博彩公司', '房地产经纪公司']) {
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
    // (The short form it declares is an organisation too: declared-short-forms.ts.)
    expect(orgs(b, [ent(b, '瑧琇科技有限公司（以下')])).toEqual(['瑧琇科技有限公司', '瑧琇']);
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
  it('a model code opening a name with no kind or industry word is a product (SU7电动车), K2地产 and 3M公司 are companies', () => {
    // 小米 | 推出: the maker, by what only a body does (committees-and-company-classes.test.ts); the product is none.
    const a = '小米推出了SU7电动车。';
    expect(orgs(a, [ent(a, 'SU7电动车', 'ORG', 0.88)])).toEqual(['小米']);
    const b = '由K2地产开发的项目，3M公司也参与。';
    expect(orgs(b, [ent(b, 'K2地产', 'ORG', 0.9), ent(b, '3M公司', 'ORG', 0.9)])).toEqual(['K2地产', '3M公司']);
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

describe('a name of common words that the model is all but certain of', () => {
  it('is a name (光明 + 科技 + 大学, 平安 + 银行) when the model is sure, not when it is unsure', () => {
    const a = '今年光明科技大学也扩招。';
    expect(orgs(a, [ent(a, '光明科技大学', 'ORG', 0.995)])).toEqual(['光明科技大学']);
    expect(orgs(a, [ent(a, '光明科技大学', 'ORG', 0.9)])).toEqual([]);
    // A direction opening the name names it as a place does (南方科技大学, 东方卫视), sure or not.
    const c = '今年南方科技大学也扩招。';
    expect(orgs(c, [ent(c, '南方科技大学', 'ORG', 0.9)])).toEqual(['南方科技大学']);
    const b = '招行与平安银行签署合作协议。';
    expect(orgs(b, [ent(b, '平安银行', 'ORG', 0.99)])).toContain('平安银行');
  });
  it('but a scope and common words remain a designation (国际科技创新中心)', () => {
    const text = '建设具有全球影响力的国际科技创新中心。';
    expect(orgs(text, [ent(text, '国际科技创新中心', 'ORG', 0.99)])).toEqual([]);
  });
  it('while a national body named by its field is a name (中国房地产协会)', () => {
    const text = '对于中国房地产协会，媒体都很关注。';
    expect(orgs(text, [ent(text, '中国房地产协会', 'ORG', 0.9)])).toEqual(['中国房地产协会']);
  });
});

describe('a Han name after a list number', () => {
  it('is no part of a URL (7.维拉vs曼联), while a Latin name after a dot still is (page.aspx)', () => {
    const a = '7.瑧琇vs琪瑞从目前的数据分析，琪瑞本场客胜。';
    expect(orgs(a, [ent(a, '瑧琇', 'ORG', 1), ent(a, '琪瑞', 'ORG', 1)])).toEqual(['瑧琇', '琪瑞']);
    const b = '访问www.Zentor.com了解详情。';
    expect(orgs(b, [ent(b, 'Zentor', 'ORG', 1)])).toEqual([]);
  });
});

describe('a place and an industry word that end the noun phrase', () => {
  it('name a company the model read as a place (国美 | 电器 | 展开)', () => {
    const text = '瑧城电器与对手展开价格战。';
    expect(orgs(text, [ent(text, '瑧城', 'LOC', 0.6)])).toEqual(['瑧城电器']);
  });
  it('but not the sector a noun goes on to qualify, a country’s industry, or a field (科技)', () => {
    const a = '瑧城汽车市场增长迅速。';
    expect(orgs(a, [ent(a, '瑧城', 'LOC', 0.6)])).toEqual([]);
    const b = '中国汽车出口增长。';
    expect(orgs(b, [ent(b, '中国', 'LOC', 0.99)])).toEqual([]);
    const c = '建设深港科技创新合作区。';
    expect(orgs(c, [ent(c, '深港', 'LOC', 0.9)])).toEqual([]);
  });
  it('a class of schools is no school (各中小学)', () => {
    const text = '要求各中小学做好防疫工作。';
    expect(orgs(text, [ent(text, '中小学', 'ORG', 0.9)])).toEqual([]);
  });
});
