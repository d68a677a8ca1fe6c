/**
 * The organisation rules of #21's session-18 round, found by running news of the 2020s written for
 * the purpose (a city's market regulator, car makers, tech companies) through the pipeline: a name
 * never ends with the preposition after it (区卫健委 | 对); a lexicon name the model read as a person
 * is a company when a cue only a company takes follows past a time word (比亚迪 | 当天 | 股价); two
 * companies the model read as one across 和, where jieba glued the conjunction to the next name;
 * companies named by different industries joined by 和 (东江证券和紫阳矿业); a club jieba files as one
 * place (上海东方) after a match verb; going to school after a place (去北京 | 上大学) names no school;
 * a Latin name joined to a sure company (微软和Meta); a parent company (Google母公司Alphabet); a
 * department between a hospital and a title (华山医院 | 感染科 | 主任); a list's last member before 旗下;
 * companies by industry and group word joined by 和 (保利地产和绿地集团); a name jieba glued to the
 * word before (向国强/x | 公益基金会).
 * Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';

describe('a model name that runs on', () => {
  it('ends before 对, 向 or 给 that opens the predicate (区卫健委 | 对辖区…)', () => {
    const text = '市场监管局联合区卫健委对辖区内的药店开展专项检查。';
    expect(orgs(text, [ent(text, '区卫健委对', 'ORG', 0.86)])).toEqual(['区卫健委']);
  });
  it('across 和 is two companies when a trade name and its industry stand left and a name with its kind right', () => {
    const text = '据报道，京东物流和顺丰控股同日发布公告。';
    expect(orgs(text, [ent(text, '京东物流和顺丰', 'ORG', 0.9)])).toContain('京东物流');
    expect(orgs(text, [ent(text, '京东物流和顺丰', 'ORG', 0.9)])).not.toContain('京东物流和顺丰控股');
  });
  it('across 与 stays whole when a country and an industry word stand left (美国食品与药物管理局)', () => {
    const text = '该公司将向美国食品与药物管理局申请许可证。';
    expect(orgs(text, [ent(text, '美国食品与药物管理局', 'ORG', 0.99)])).toEqual(['美国食品与药物管理局']);
  });
});

describe('two companies joined by a conjunction', () => {
  it('are of one kind when one is named by its industry and the other by its group word (保利地产和绿地集团)', () => {
    const text = '保利地产和绿地集团上半年销售额均同比增长。';
    expect(orgs(text, [ent(text, '保利地产', 'ORG', 1), ent(text, '绿地集团', 'ORG', 0.97)])).toEqual(['保利地产', '绿地集团']);
  });
  it('are of one kind when each is named by an industry, not the same one (东江证券和紫阳矿业)', () => {
    const text = '分析师认为，东江证券和紫阳矿业的估值仍有上升空间。';
    expect(orgs(text, [ent(text, '东江证券', 'ORG', 0.99)])).toEqual(['东江证券', '紫阳矿业']);
  });
  it('but an insurance product is no company (养老保险 beside …证券)', () => {
    const text = '他买了养老保险和东江证券的理财产品。';
    expect(orgs(text, [ent(text, '东江证券', 'ORG', 0.99)])).toEqual(['东江证券']);
  });
});

describe('a lexicon name the model read as a person', () => {
  it('is the company when its share price follows past a time word (比亚迪 | 当天 | 股价上涨)', () => {
    const text = '受此消息影响，比亚迪当天股价上涨3.2%。';
    expect(orgs(text, [ent(text, '比亚迪', 'PERSON', 0.45)])).toEqual(['比亚迪']);
  });
  it('stays a person with no such cue, where the model is sure (a coin flip yields to the lexicon: conjunctions-and-departments.test.ts; so does an unsure person with no surname: idioms-trades-and-surnames.test.ts)', () => {
    const text = '受此消息影响，比亚迪当天离开了北京。';
    expect(orgs(text, [ent(text, '比亚迪', 'PERSON', 0.92)])).toEqual([]);
  });
});

describe('an unsure name after a match verb', () => {
  it('is a club when jieba files its city and sponsor as one place (负于 | 上海东方)', () => {
    const text = '江苏南钢客场负于上海东方。';
    expect(orgs(text, [ent(text, '江苏南钢', 'ORG', 0.98), ent(text, '上海东方', 'ORG', 0.66)])).toEqual(['江苏南钢', '上海东方']);
  });
  it('is left to the model when it is a place alone (负于 | 上海浦东)', () => {
    const text = '江苏南钢客场负于上海浦东。';
    expect(orgs(text, [ent(text, '江苏南钢', 'ORG', 0.98), ent(text, '上海浦东', 'ORG', 0.66)])).toEqual(['江苏南钢']);
  });
});

describe('going to school after a place', () => {
  it('names no school (去北京 | 上大学, 在长沙 | 读中学)', () => {
    const a = '那年我第一次离开家乡去北京上大学。';
    expect(orgs(a, [ent(a, '北京上大学', 'ORG', 0.77)])).toEqual([]);
    const b = '弟弟当时在长沙读中学。';
    expect(orgs(b, [ent(b, '长沙读中学', 'ORG', 0.8)])).toEqual([]);
  });
  it('but a school named by its place is one (北京大学)', () => {
    const text = '那年我考上了北京大学。';
    expect(orgs(text, [ent(text, '北京大学', 'ORG', 0.99)])).toEqual(['北京大学']);
  });
});

describe('Latin names beside companies', () => {
  it('a capitalised word joined by 和 to a sure company is one (微软和Meta)', () => {
    const text = '微软和Meta的财报将于本周晚些时候发布。';
    expect(orgs(text, [ent(text, '微软', 'ORG', 1)])).toEqual(['微软', 'Meta']);
  });
  it('a common term joined so is none (微软和GDP)', () => {
    const text = '他比较了微软和GDP的增速。';
    expect(orgs(text, [ent(text, '微软', 'ORG', 1)])).toEqual(['微软']);
  });
  it('a parent company is named after 母公司, and the name before it is a company (Google母公司Alphabet)', () => {
    const text = 'Google母公司Alphabet昨日公布财报。';
    expect(orgs(text, [ent(text, 'Alphabet', 'ORG', 0.95)])).toEqual(['Google', 'Alphabet']);
  });
});

describe('a department between a hospital or a university and a title', () => {
  it('is one name with its parent (华山医院 | 感染科 | 主任, jieba’s 科主任)', () => {
    const text = '复旦大学附属华山医院感染科主任张文宏在接受采访时说，疫苗接种率仍需提高。';
    expect(orgs(text, [ent(text, '复旦大学附属华山医院', 'ORG', 1)])).toEqual(['复旦大学附属华山医院感染科']);
  });
  it('and a university’s department before a professor (弗吉尼亚大学 | 建筑系 | 教授)', () => {
    const text = '美国弗吉尼亚大学建筑系教授约翰说，这座建筑很有特色。';
    expect(orgs(text, [ent(text, '美国弗吉尼亚大学', 'ORG', 1)])).toEqual(['美国弗吉尼亚大学建筑系']);
  });
  it('but not a word that only ends in 科 before no title (大学本科生), nor a post held (清华大学 | 任…系教授)', () => {
    const a = '北京大学本科生王明获得了奖学金。';
    expect(orgs(a, [ent(a, '北京大学', 'ORG', 1)])).toEqual(['北京大学']);
    const b = '在清华大学任土木工程系教授的父亲常常在家写写画画。';
    expect(orgs(b, [ent(b, '清华大学', 'ORG', 1)])).toEqual(['清华大学']);
  });
});

describe('a model name that stops inside 旗下', () => {
  it('ends before it (腾讯旗 | 下的微信支付)', () => {
    const text = '腾讯旗下的微信支付与阿里巴巴旗下的支付宝占据九成以上份额。';
    expect(orgs(text, [ent(text, '腾讯旗', 'ORG', 0.9), ent(text, '阿里巴巴', 'ORG', 0.88)])).toEqual(['腾讯', '阿里巴巴']);
  });
});

describe('a list’s last member', () => {
  it('ends before 旗下, what a body holds (…和南方基金 | 旗下的多只基金)', () => {
    const text = '招商基金、易方达和南方基金旗下的多只基金上周净值下跌。';
    const model = [ent(text, '招商基金', 'ORG', 0.83), ent(text, '易方达', 'ORG', 0.91)];
    expect(orgs(text, model)).toEqual(['招商基金', '易方达', '南方基金']);
  });
});

describe('a name whose first characters jieba glued to the word before', () => {
  it('has a word of its own there when jieba does not know the glued word (向国强/x | 公益基金会)', () => {
    const text = '碧桂园创始人杨国强向国强公益基金会捐赠了5亿元。';
    expect(orgs(text, [ent(text, '国强公益基金会', 'ORG', 0.94)])).toEqual(['国强公益基金会']);
  });
});
