/**
 * The organisation rules of #21's session-21 round, found by running paragraphs of biography, power,
 * education, car, finance, court, NGO, space, museum, internet and property news written for the
 * purpose, and by reading CLUENER train's wrong names: a word that refers back (上述, 前述) before a
 * name the text gave already; a plan (拟) opening the predicate after a body's name; a field's 组织 (环保组织)
 * as a kind of group; a verb of acting together (会同) read into a government body's name; a hospital's
 * or a university's department before 的 and its staff (胸外科的专家), one name with its parent as the
 * guidelines count it; a verb jieba's dictionary tags as a noun (中标, 会见; CC-CEDICT glosses it only as a
 * verb) before a kind; a word that points at or counts bodies after a place (南京另一家银行); a noun for
 * what a body is, in apposition before its name (竞争对手 | 宝马汽车公司); two names across a conjunction,
 * each standing alone (汇丰控股和友邦保险); shares of a sector closing a list (等保险股); a label's or a
 * studio's industry word (索尼音乐, 华谊兄弟); a direction opening a name (东方卫视); 组织 as a verb after a
 * kind (协会 | 组织 | 包括). Sentences written for these
 * tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';
import { lexiconVerbs } from '../../../src/extract/orgs/lexicon.js';

describe('a word that refers back to a body named before', () => {
  it('is no part of its name (上述 | 建设银行)', () => {
    const text = '上述建设银行的交易员告诉记者，利率将会下调。';
    expect(orgs(text, [ent(text, '建设银行', 'ORG', 0.99)])).toEqual(['建设银行']);
  });
  it('is no part of its name when nothing else names it either (前述 | 中国银行)', () => {
    const text = '前述中国银行人士透露，贷款额度已经收紧。';
    expect(orgs(text, [])).not.toContain('前述中国银行');
  });
  it('leaves a generic kind generic (上述银行, 前述公司)', () => {
    const text = '上述银行的一位客户经理透露，前述公司的贷款已被列为不良贷款。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a plan after a body’s name', () => {
  it('opens the predicate (最高法 | 拟)', () => {
    const text = '最高法拟出台司法解释，规范信用卡套现行为。';
    expect(orgs(text, [ent(text, '最高法拟', 'ORG', 0.84)])).toEqual(['最高法']);
  });
});

describe('a field and 组织', () => {
  it('names a kind of group, not one (环保组织, jieba’s 环保/j)', () => {
    const text = '环保组织昨天发布报告称，长江流域多家化工企业违规排放污水。';
    expect(orgs(text, [])).toEqual([]);
  });
  it('leaves a body named by the world it serves alone (世界卫生组织)', () => {
    const text = '世界卫生组织昨天发布报告称，全球疫苗接种率有所提高。';
    expect(orgs(text, [ent(text, '世界卫生组织', 'ORG', 0.99)])).toEqual(['世界卫生组织']);
  });
});

describe('a verb of acting together before a body', () => {
  it('is the sentence’s, not the name’s (会同 | 省住房和城乡建设厅)', () => {
    const text = '省文物局表示，将会同省住房和城乡建设厅制定保护规划。';
    const found = orgs(text, [ent(text, '省文物局', 'ORG', 0.99)]);
    expect(found).not.toContain('会同省住房和城乡建设厅');
    expect(found).toContain('省住房和城乡建设厅');
  });
});

describe('a department between its parent and 的 with its staff', () => {
  it('is one name with its parent (北京大学第一医院胸外科的专家)', () => {
    const text = '昨日，北京大学第一医院胸外科的专家为患者实施了手术。';
    expect(orgs(text, [ent(text, '北京大学第一医院', 'ORG', 0.99)])).toEqual(['北京大学第一医院胸外科']);
  });
  it('is one before a student too (清华大学建筑系的学生)', () => {
    const text = '几名清华大学建筑系的学生参观了工地。';
    expect(orgs(text, [ent(text, '清华大学', 'ORG', 0.99)])).toEqual(['清华大学建筑系']);
  });
  it('is no level of study (北京大学本科的学生)', () => {
    const text = '一些北京大学本科的学生参加了比赛。';
    expect(orgs(text, [ent(text, '北京大学', 'ORG', 0.99)])).toEqual(['北京大学']);
  });
  it('is none where 的 ties the parent to something else (北京大学的老师)', () => {
    const text = '一位北京大学的老师告诉记者。';
    expect(orgs(text, [ent(text, '北京大学', 'ORG', 0.99)])).toEqual(['北京大学']);
  });
});

describe('a verb jieba’s dictionary tags as a noun', () => {
  it('is in the lexicon file, built from CC-CEDICT’s verb-only glosses (会见, 办理, 中标), and no name word is', () => {
    expect(['会见', '办理', '中标'].every((w) => lexiconVerbs().has(w))).toBe(true);
    expect(['建设', '管理', '联合', '投资', '发展'].some((w) => lexiconVerbs().has(w))).toBe(false);
  });
  it('ends them where the model has the name too (中标 | 西门子集团)', () => {
    const text = '招商银行又再次中标西门子集团全面现金管理业务。';
    expect(orgs(text, [ent(text, '招商银行', 'ORG', 0.99), ent(text, '西门子集团', 'ORG', 0.99)])).toEqual(['招商银行', '西门子集团']);
  });
});

describe('a verb-only word inside a name', () => {
  it('is a department’s word where the parent stands before it (中国人民银行重庆营业管理部)', () => {
    const text = '中国人民银行重庆营业管理部办公室下发通知称，发现了假币。';
    const found = orgs(text, [ent(text, '中国人民银行', 'ORG', 0.99), ent(text, '重庆', 'LOC', 0.77)]);
    expect(found).toContain('中国人民银行重庆营业管理部');
  });
});

describe('a word that points at or counts bodies after a place', () => {
  it('leaves a generic kind generic (南京 | 另一家 | 银行, 深市 | 全部 | 上市公司)', () => {
    const text = '南京另一家银行的负责人说，深市全部上市公司的市值都有所增加。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a noun for what a body is, in apposition before its name', () => {
  it('is no part of it (竞争对手 | 宝马汽车公司)', () => {
    const text = '大众汽车公司的竞争对手宝马汽车公司的一位发言人说，宝马不会降价。';
    expect(orgs(text, [ent(text, '大众汽车公司', 'ORG', 0.99)])).toContain('宝马汽车公司');
    expect(orgs(text, [ent(text, '大众汽车公司', 'ORG', 0.99)])).not.toContain('竞争对手宝马汽车公司');
  });
  it('nor is a company noun (石油巨头 | 埃克森美孚公司)', () => {
    const text = '美国石油巨头埃克森美孚公司昨天公布了财报。';
    expect(orgs(text, [])).not.toContain('美国石油巨头埃克森美孚公司');
  });
});

describe('two names the model read as one across a conjunction', () => {
  it('are two when each stands alone, by its kind or the lexicon (汇丰控股和友邦保险)', () => {
    const text = '香港交易所的数据显示，汇丰控股和友邦保险昨天成交额最高。';
    expect(orgs(text, [ent(text, '汇丰控股和友邦保险', 'ORG', 0.95)])).toEqual(['香港交易所', '汇丰控股', '友邦保险']);
  });
  it('stay one where a side names a field, not a body (国家工业和信息化部)', () => {
    const text = '国家工业和信息化部昨天发布通知。';
    expect(orgs(text, [ent(text, '国家工业和信息化部', 'ORG', 0.99)])).toEqual(['国家工业和信息化部']);
  });
});

describe('a scope, a remit or a kind of music before a kind', () => {
  it('leaves it generic (全国性专门委员会, 城镇中小学, 爵士乐队)', () => {
    const text = '一些国家建立了全国性专门委员会。城镇中小学的教师在听爵士乐队演奏。';
    expect(orgs(text, [ent(text, '全国性专门委员会', 'ORG', 0.9), ent(text, '爵士乐队', 'ORG', 0.99)])).toEqual([]);
  });
  it('leaves a club named for the music alone (爵士队)', () => {
    const text = 'NBA总决赛第二场比赛依然在爵士队主场进行。';
    expect(orgs(text, [ent(text, '爵士队', 'ORG', 0.99)])).toContain('爵士队');
  });
});

describe('a list closed by a sector’s shares', () => {
  it('names companies (中国平安、中国人寿等保险股)', () => {
    const text = '中国平安、中国人寿等保险股也有不错表现。';
    expect(orgs(text, [])).toEqual(['中国平安', '中国人寿']);
  });
});

describe('a label, a studio and a firm of brothers', () => {
  it('take their industry word into the name (索尼 + 音乐, 华谊 + 兄弟)', () => {
    const text = '这位歌手已与华谊兄弟解约，索尼音乐曾向他抛出橄榄枝。';
    expect(orgs(text, [ent(text, '华谊', 'ORG', 0.8), ent(text, '索尼', 'ORG', 0.8)])).toEqual(['华谊兄弟', '索尼音乐']);
  });
  it('do not make a company of a place’s music (维也纳 | 音乐)', () => {
    const text = '维也纳音乐的魅力吸引了无数游客。';
    expect(orgs(text, [ent(text, '维也纳', 'LOC', 0.9)])).toEqual([]);
  });
});

describe('a region named by its direction', () => {
  it('names a channel as a place does (东方 + 卫视)', () => {
    const text = '东方卫视则凭借一档选秀节目异军突起。';
    expect(orgs(text, [])).toEqual(['东方卫视']);
  });
});

describe('组织 read as a verb right after a kind word', () => {
  it('is the body’s verb, not its kind (中国银行业协会 | 组织 | 包括…)', () => {
    const text = '中国银行业协会组织包括主要商业银行在内的51家会员单位编写报告。';
    expect(orgs(text, [])).toEqual(['中国银行业协会']);
  });
});

describe('a name in Latin letters in brackets after an organisation', () => {
  it('is its other spelling, a name of its own (高盛集团（Goldman Sachs）)', () => {
    const text = '高盛集团（Goldman Sachs）上调了对中国经济增长的预期。';
    expect(orgs(text, [ent(text, '高盛集团', 'ORG', 0.99)])).toEqual(['高盛集团', 'Goldman Sachs']);
  });
  it('is no name where it is an everyday word', () => {
    const text = '高盛集团（Logo）上调了对中国经济增长的预期。';
    expect(orgs(text, [ent(text, '高盛集团', 'ORG', 0.99)])).toEqual(['高盛集团']);
  });
});

describe('a word jieba cannot read, listed among companies of one trade', () => {
  const text = '理想汽车、蔚来和小鹏汽车公布了11月交付数据。';
  it('is a company too, over the model’s unsure person (蔚来/x)', () => {
    expect(orgs(text, [ent(text, '蔚来', 'PERSON', 0.73), ent(text, '小鹏', 'ORG', 0.62)])).toContain('蔚来');
  });
  it('stays a person where the model is sure of one', () => {
    expect(orgs(text, [ent(text, '蔚来', 'PERSON', 0.95), ent(text, '小鹏', 'ORG', 0.62)])).not.toContain('蔚来');
  });
});

describe('之 glued inside a list’s first member', () => {
  it('is part of the name, not where it begins (月之暗面, not 暗面)', () => {
    const text = '月之暗面、智谱AI和百川智能都在今年完成了新一轮融资。';
    const found = orgs(text, [ent(text, '智谱AI', 'ORG', 0.99), ent(text, '百川智能', 'ORG', 0.9)]);
    expect(found).toContain('月之暗面');
    expect(found).not.toContain('暗面');
  });
});
