/**
 * The organisation rules of #21's session-17 round, found by running 2000s portal news written for
 * the purpose (IT, cars, football, Japanese business, Qing history, a student's forum post) through
 * the pipeline: lists closed by 或者; lexicon names as list members; a proper noun joined to a sure
 * body; a brand jieba reads as a verb after a list's conjunction; a place and 组织 or 工厂; an acronym
 * acting after an adverb; a name the lexicon knows on its own is no short form of another; one name,
 * one type; a sentence that says a name is a company; a company beside its trade name; standards;
 * record labels. Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, entries, orgs, seg } from '../../helpers/org-refiner.js';
import { refineOrganizations } from '../../../src/extract/orgs/index.js';
import type { Entity } from '../../../src/record/schema.js';

/** The types the refiner gives every mention of `name`. */
const typesOf = (text: string, model: Entity[], name: string): string[] =>
  refineOrganizations(text, seg.segment(text), model)
    .filter((e) => e.text === name)
    .map((e) => e.type);

describe('a list', () => {
  it('may close with 或者, and names the lexicon knows count as its organisations (百度、阿里或者腾讯)', () => {
    const text = '我比较想去互联网公司，比如百度、阿里或者腾讯，但听说门槛很高。';
    expect(orgs(text, [ent(text, '阿里', 'LOC', 0.69)])).toEqual(['百度', '阿里', '腾讯']);
  });
  it('of lexicon names alone is a list of organisations, a place the model read among them included', () => {
    const text = '毕业生最想去的是百度、阿里、腾讯这样的企业。';
    expect(orgs(text, [ent(text, '阿里', 'LOC', 0.69)])).toEqual(['百度', '阿里', '腾讯']);
  });
  it('joins two of a kind with 或者 as with 和 (小米或者华为: an everyday word joined to a sure company)', () => {
    const text = '想换手机的消费者可以选择小米或者华为。';
    expect(orgs(text, [ent(text, '华为', 'ORG', 0.99)])).toEqual(['小米', '华为']);
  });
  it('closed by 等 and a word for societies or parties is one of organisations (同盟会、光复会、华兴会等革命团体)', () => {
    const text = '此后，同盟会、光复会、华兴会等革命团体相继成立。';
    expect(orgs(text, [ent(text, '华兴会', 'ORG', 0.9)])).toEqual(['同盟会', '光复会', '华兴会']);
  });
  it('of places stays places, whatever the lexicon holds', () => {
    const text = '代表团先后访问了北京、上海或者广州。';
    const model = [ent(text, '北京', 'LOC', 0.99), ent(text, '上海', 'LOC', 0.99), ent(text, '广州', 'LOC', 0.99)];
    expect(orgs(text, model)).toEqual([]);
  });
  it('holds a brand jieba reads as a verb after its conjunction, closed by 等 (戴尔、惠普和联想等整机厂商)', () => {
    const text = '戴尔、惠普和联想等整机厂商表示将在第一时间推出新产品。';
    const model = [ent(text, '戴尔', 'PERSON', 0.78), ent(text, '惠普', 'ORG', 0.99), ent(text, '联想', 'ORG', 0.99)];
    expect(orgs(text, model)).toEqual(['戴尔', '惠普', '联想']);
  });
});

describe('one name, one type', () => {
  it('makes the person the model read elsewhere the organisation a list showed (戴尔和方正分列二、三位)', () => {
    const text = '戴尔、惠普和联想等整机厂商表示将推出新产品。联想以35%的份额领跑，戴尔和方正分列二、三位。';
    const model = [
      ent(text, '戴尔', 'PERSON', 0.78),
      ent(text, '惠普', 'ORG', 0.99),
      ent(text, '联想', 'ORG', 0.99),
      ent(text, '联想', 'ORG', 0.99, 20),
      ent(text, '戴尔', 'PERSON', 0.86, 20),
      ent(text, '方正', 'ORG', 0.92),
    ];
    expect(typesOf(text, model, '戴尔')).toEqual(['ORG', 'ORG']);
  });
  it('leaves a person alone where no step found an organisation of that name', () => {
    const text = '戴尔表示，惠普和联想将推出新产品。';
    const model = [ent(text, '戴尔', 'PERSON', 0.9), ent(text, '惠普', 'ORG', 0.99), ent(text, '联想', 'ORG', 0.99)];
    expect(typesOf(text, model, '戴尔')).toEqual(['PERSON']);
  });
});

describe('a proper noun jieba holds, joined to a body the model is sure of', () => {
  it('is an organisation (天津泰达和大连实德)', () => {
    const text = '目前，天津泰达和大连实德分列二、三位。';
    expect(orgs(text, [ent(text, '天津泰达', 'ORG', 1)])).toEqual(['天津泰达', '大连实德']);
  });
  it('is not, joined to a body the model is unsure of', () => {
    const text = '目前，天津泰达和大连实德分列二、三位。';
    expect(orgs(text, [ent(text, '天津泰达', 'ORG', 0.7)])).not.toContain('大连实德');
  });
});

describe('a place and a word that needs a name before it', () => {
  it('is the place organising something, not a body (北京市组织实施, 加拿大组织保皇会)', () => {
    const text = '入冬以来，北京市组织实施山区水利工程。康梁流亡海外，在日本和加拿大组织保皇会。';
    const model = [ent(text, '北京市组织', 'ORG', 0.9), ent(text, '加拿大组织', 'ORG', 0.95), ent(text, '保皇会', 'ORG', 0.9)];
    expect(orgs(text, model)).toEqual(['保皇会']);
  });
  it('is a plant there, not a body (美国肯塔基州工厂); a plant with a name of its own is one (伊孜玛什兵工厂)', () => {
    const text = '丰田将在美国肯塔基州工厂增加一条生产线。伊孜玛什兵工厂也在扩产。';
    const model = [ent(text, '丰田', 'ORG', 0.99), ent(text, '美国肯塔基州工厂', 'ORG', 0.95), ent(text, '伊孜玛什兵工厂', 'ORG', 0.95)];
    expect(orgs(text, model)).toEqual(['丰田', '伊孜玛什兵工厂']);
  });
});

describe('an acronym', () => {
  it('acts after an adverb or a 的 and a modifier (AMD随即宣布, IDC的最新报告显示)', () => {
    const text = '英特尔发布新处理器，AMD随即宣布降价。IDC的最新报告显示，出货量增长15%。';
    expect(orgs(text, [ent(text, '英特尔', 'ORG', 0.99)])).toEqual(['英特尔', 'AMD', 'IDC']);
  });
  it('that names no body stays none (GDP随即)', () => {
    const text = '今年一季度GDP随即回升，CPI的最新数据显示物价平稳。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a name the lexicon knows on its own', () => {
  it('is no short form of a body the lexicon does not know, whatever its letters (日产, 日本经济产业省)', () => {
    const text = '本田、日产等日本汽车厂商也计划扩大产能。日本经济产业省官员表示，日元升值带来压力。';
    const model = [ent(text, '本田', 'ORG', 0.9), ent(text, '日产', 'ORG', 0.99), ent(text, '日本经济产业省', 'ORG', 0.92)];
    expect(entries(text, model)).toEqual([
      ['本田', [], 1],
      ['日产', [], 1],
      ['日本经济产业省', [], 1],
    ]);
  });
  it('is still the short form of a known full name (中科院 of 中国科学院)', () => {
    const text = '中国科学院今天发布报告。中科院的专家说，明年将新建三个研究所。';
    expect(entries(text, [ent(text, '中国科学院', 'ORG', 0.99), ent(text, '中科院', 'ORG', 0.99)])).toEqual([
      ['中国科学院', ['中科院'], 2],
    ]);
  });
});

describe('a sentence that says what a name is', () => {
  it('makes a lexicon name that is an everyday word too a company (百度是一家很优秀的公司)', () => {
    const text = '记者：您怎么看竞争对手？李开复：百度是一家很优秀的公司，我们尊重竞争对手。';
    expect(orgs(text, [ent(text, '李开复', 'PERSON', 0.99)])).toEqual(['百度']);
  });
  it('says nothing of a name whose company noun goes on (他是一家公司的老板)', () => {
    const text = '百度是一家公司的名字吗？他说，小米是一家公司的老板养的狗。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a company named in full once', () => {
  it('stands beside its trade name the model is sure of, whatever jieba reads its words as (春秋航空公司, 春秋航空)', () => {
    const text = '民航总局日前批准春秋航空公司开通上海至三亚的航线。春秋航空董事长王正华表示，公司将坚持低成本经营。';
    const model = [
      ent(text, '民航总局', 'ORG', 1),
      ent(text, '春秋航空公司', 'ORG', 0.68),
      ent(text, '春秋航空', 'ORG', 0.92, 20),
      ent(text, '王正华', 'PERSON', 1),
    ];
    expect(orgs(text, model)).toEqual(['民航总局', '春秋航空公司', '春秋航空']);
  });
});

describe('a Latin name before 标准 or 制式', () => {
  it('names a standard, not a body (TD-SCDMA标准)', () => {
    const text = '大唐电信认为，TD-SCDMA标准的产业化进程正在加快。';
    expect(orgs(text, [ent(text, '大唐电信', 'ORG', 0.99), ent(text, 'TD-SCDMA', 'ORG', 0.9)])).toEqual(['大唐电信']);
  });
});

describe('a record label', () => {
  it('is a name and 唱片, its industry word, over the model’s place (华纳唱片)', () => {
    const text = '由华纳唱片发行的周杰伦新专辑上市首周销量突破20万张。';
    expect(orgs(text, [ent(text, '华纳', 'LOC', 0.8), ent(text, '周杰伦', 'PERSON', 1)])).toEqual(['华纳唱片']);
  });
});

describe('Latin names of today’s companies', () => {
  it('a site after a noun for sites is its company (视频分享网站YouTube); a brand capitalised after its first letter owns a company’s cue (eBay旗下)', () => {
    const text = 'Google宣布收购视频分享网站YouTube。eBay旗下的PayPal本季度营收增长30%。';
    expect(orgs(text, [])).toEqual(['Google', 'YouTube', 'eBay', 'PayPal']);
  });
  it('a person after a company’s title is the person, jieba gluing the next word to the name or not (亚马逊CEO贝索斯则表示)', () => {
    const text = '亚马逊CEO贝索斯则表示，公司将继续投资云计算业务。';
    const model = [ent(text, '亚马逊', 'ORG', 0.98), ent(text, '贝索斯', 'ORG', 0.87)];
    expect(orgs(text, model)).toEqual(['亚马逊']);
  });
});

describe('a department after a whole body', () => {
  it('is named by that body, whatever generic words stand between (文化部网络游戏管理办公室)', () => {
    const text = '此前，文化部网络游戏管理办公室有关负责人表示，将依法对网络游戏实施监管。';
    expect(orgs(text, [ent(text, '文化部网络游戏管理办公室', 'ORG', 0.96)])).toEqual(['文化部网络游戏管理办公室']);
  });
  it('is named by no direction or unit (西部 and 中队 are no bodies)', () => {
    const text = '各地都设立了管理办公室，西部管理办公室也已挂牌。';
    expect(orgs(text, [ent(text, '西部管理办公室', 'ORG', 0.9)])).toEqual([]);
  });
});

describe('a company’s bare name after its full name', () => {
  it('is the company where it takes over another, an adverb between (万向 | 先后 | 收购), over the model’s unsure person', () => {
    const text = '万向集团董事局主席鲁冠球告诉记者，企业要走国际化道路。近年来，万向先后收购了美国舍勒公司。';
    const model = [
      ent(text, '万向集团', 'ORG', 0.99),
      ent(text, '鲁冠球', 'PERSON', 1),
      ent(text, '万向', 'PERSON', 0.79, 20),
      ent(text, '美国舍勒公司', 'ORG', 1),
    ];
    expect(entries(text, model)).toEqual([
      ['万向集团', ['万向'], 2],
      ['美国舍勒公司', [], 1],
    ]);
  });
});

describe('two teams of one kind joined by a conjunction', () => {
  it('are both teams, over the model’s person in the other’s name (迈凯轮车队和威廉姆斯车队)', () => {
    const text = '迈凯轮车队和威廉姆斯车队的赛车分列第三、四位。';
    const model = [ent(text, '迈凯轮', 'PERSON', 0.8), ent(text, '威廉姆斯车队', 'ORG', 1)];
    expect(orgs(text, model)).toEqual(['迈凯轮车队', '威廉姆斯车队']);
  });
  it('name no team where the other is a convoy alone (车队和威廉姆斯车队)', () => {
    const text = '车队和威廉姆斯车队的赛车都停在了维修区。';
    expect(orgs(text, [ent(text, '威廉姆斯车队', 'ORG', 1)])).toEqual(['威廉姆斯车队']);
  });
});

describe('a club’s short name the model is unsure of', () => {
  it('stands before its coach (鲁能 | 主帅), and after its full name with its place (上海申花 … 申花的外援)', () => {
    const text = '山东鲁能主场3比1战胜上海申花。鲁能主帅图巴赛后说，球队打出了应有的水平。申花的外援杜威打进一球。';
    const model = [
      ent(text, '山东鲁能', 'ORG', 0.95),
      ent(text, '上海申花', 'ORG', 0.9),
      ent(text, '鲁能', 'ORG', 0.7, 15),
      ent(text, '图巴', 'PERSON', 0.99),
      ent(text, '申花', 'ORG', 0.65, 30),
      ent(text, '杜威', 'PERSON', 0.93),
    ];
    expect(orgs(text, model)).toEqual(['山东鲁能', '上海申花', '鲁能', '申花']);
  });
  it('stands before its coach alone (鲁能 | 主帅)', () => {
    const text = '昨晚的比赛结束后，鲁能主帅图巴说，球队打出了应有的水平。';
    expect(orgs(text, [ent(text, '鲁能', 'ORG', 0.7), ent(text, '图巴', 'PERSON', 0.99)])).toEqual(['鲁能']);
  });
  it('is a player’s nationality before his position (阿根廷 | 前锋)', () => {
    const text = '队内进球最多的阿根廷前锋卡维纳吉总是无法破门。';
    expect(orgs(text, [ent(text, '阿根廷', 'ORG', 0.6)])).toEqual([]);
  });
});

describe('a span the model runs on into 旗下', () => {
  it('ends before it: what a body holds follows its name (微软旗下的MSN搜索)', () => {
    const text = '分析师认为，微软旗下的MSN搜索排名第三。';
    expect(orgs(text, [ent(text, '微软旗下', 'ORG', 0.9)])).toEqual(['微软']);
  });
});
