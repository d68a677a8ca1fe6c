/**
 * The organisation rules of #21's session-15 round, found by running sentences of today's news
 * through the pipeline: a company named in full and then by its trade name, lists whose members
 * the model read in pieces, groups of people inside a body, district courts and procuratorates,
 * a class of company after 一家. Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, entries, orgs, seg } from '../../helpers/org-refiner.js';
import { describedCompanyCandidates } from '../../../src/extract/orgs/company-cues.js';
import { TokenIndex } from '../../../src/extract/orgs/token-index.js';

describe('a company named in full, then by its trade name', () => {
  it('reads the trade name as the company, over the model reading part of it as a person (宁德 of 宁德时代)', () => {
    const text = '宁德时代新能源科技股份有限公司发布公告。宁德时代表示，今年的营收增长了三成。';
    const model = [ent(text, '宁德时代新能源科技股份有限公司', 'ORG', 0.99), ent(text, '宁德', 'PERSON', 0.8, 20)];
    expect(entries(text, model)).toEqual([['宁德时代新能源科技股份有限公司', ['宁德时代'], 2]]);
  });
  it('takes the place off the front and the industry off the end (海螺水泥 of 安徽海螺水泥股份有限公司)', () => {
    const text = '安徽海螺水泥股份有限公司发布公告。海螺水泥称，公司今年的销量增长了一成。';
    expect(entries(text, [ent(text, '安徽海螺水泥股份有限公司', 'ORG', 0.99)])).toEqual([['安徽海螺水泥股份有限公司', ['海螺水泥'], 2]]);
  });
  it('replaces a short name the model cut inside the trade name (科大 of 科大讯飞)', () => {
    const text = '科大讯飞股份有限公司发布公告。科大讯飞表示，公司今年的营收增长了三成。';
    const model = [ent(text, '科大讯飞股份有限公司', 'ORG', 0.99), ent(text, '科大', 'ORG', 0.9, 15)];
    expect(orgs(text, model)).toEqual(['科大讯飞股份有限公司', '科大讯飞']);
  });
  it('is not the project a company is named after (英法海底隧道 of 英法海底隧道公司)', () => {
    const text = '英法海底隧道就是个例子，英法海底隧道公司出现了亏损。';
    expect(orgs(text, [ent(text, '英法海底隧道公司', 'ORG', 0.99)])).toEqual(['英法海底隧道公司']);
  });
  it('is not a place or an everyday word left when the rest is taken off (华夏 of 华夏银行股份有限公司)', () => {
    const text = '华夏银行股份有限公司发布公告，称将弘扬华夏文明。';
    expect(orgs(text, [ent(text, '华夏银行股份有限公司', 'ORG', 0.99)])).toEqual(['华夏银行股份有限公司']);
  });
});

describe('a list whose members the model read in pieces', () => {
  it('makes members of companies where the model read a place inside each (恒瑞 + 医药, 百济 + 神州, 等企业)', () => {
    const text = '其中包括恒瑞医药、百济神州等企业的创新药。';
    const model = [ent(text, '恒瑞', 'LOC', 0.8), ent(text, '神州', 'LOC', 0.8)];
    expect(orgs(text, model)).toEqual(['恒瑞医药', '百济神州']);
  });
  it('still leaves places that are whole members where they are (日本、韩国等国际大公司)', () => {
    const text = '日本、韩国等国际大公司纷纷进入中国市场。';
    expect(orgs(text, [ent(text, '日本', 'LOC', 0.99), ent(text, '韩国', 'LOC', 0.99)])).toEqual([]);
  });
  it('reads a person before the industry word members share as the trade name (小鹏 + 汽车)', () => {
    const text = '蔚来、小鹏汽车和理想汽车相继公布了交付数据。';
    const model = [ent(text, '蔚来', 'PERSON', 0.9), ent(text, '小鹏', 'PERSON', 0.9)];
    expect(orgs(text, model)).toEqual(['小鹏汽车', '理想汽车']);
  });
  it('reads a count of teams after 等 or the list as what the members are (等16支球队, 两支球队)', () => {
    const a = '上海申花、武汉三镇等16支球队将参赛。';
    expect(orgs(a, [ent(a, '上海申花', 'ORG', 0.95), ent(a, '武汉三镇', 'LOC', 0.9)])).toEqual(['上海申花', '武汉三镇']);
    const b = '北京国安、山东泰山两支球队将在周末交锋。';
    expect(orgs(b, [ent(b, '北京国安', 'ORG', 0.57), ent(b, '山东泰山', 'LOC', 0.96)])).toEqual(['北京国安', '山东泰山']);
  });
});

describe('a group of people inside a body', () => {
  it('is cut off the department it works in (…医院心内科 | 团队)', () => {
    const text = '复旦大学附属中山医院心内科团队完成了研究。';
    expect(orgs(text, [ent(text, '复旦大学附属中山医院心内科团队', 'ORG', 0.95)])).toEqual(['复旦大学附属中山医院心内科']);
  });
  it('stays when it has a name of its own (…有限公司游戏港口团队)', () => {
    const text = '游港杯是浙江缔顺科技有限公司游戏港口团队举办的比赛。';
    const model = [ent(text, '浙江缔顺科技有限公司游戏港口团队', 'ORG', 0.95)];
    expect(orgs(text, model)).toEqual(['浙江缔顺科技有限公司游戏港口团队']);
  });
});

describe('a court or procuratorate named by its district', () => {
  it('is named by its place even where jieba cuts the district (上/f + 城区)', () => {
    const text = '上城区人民检察院依法对犯罪嫌疑人提起公诉。';
    expect(orgs(text, [ent(text, '上城区人民检察院', 'ORG', 0.95)])).toEqual(['上城区人民检察院']);
  });
});

describe('a company after 一家', () => {
  it('is a class of company when jieba holds trade and kind as one common word (一家外贸公司)', () => {
    const text = '在一家外贸公司工作的于澄则更加郁闷。';
    expect(orgs(text, [ent(text, '外贸公司', 'ORG', 0.9)])).toEqual([]);
  });
  it('is a company when the words are its name (一家中国银行)', () => {
    const text = '记者来到一家中国银行，工作人员正在检查。';
    expect(orgs(text, [ent(text, '中国银行', 'ORG', 0.9)])).toEqual(['中国银行']);
  });
});

describe('an everyday word the article uses for a company it named in full', () => {
  it('is the company right before what only a company does or has (联想集团 … 联想 | CEO)', () => {
    const text = '联想集团公布了财报。联想CEO阿梅里奥表示，将削减成本。';
    const model = [ent(text, '联想集团', 'ORG', 1), ent(text, '阿梅里奥', 'PERSON', 1)];
    expect(entries(text, model)).toEqual([['联想集团', ['联想'], 2]]);
  });
  it('is the word it is without such a cue (让人联想到)', () => {
    const text = '联想集团公布了财报。这让人联想到去年的情况。';
    expect(entries(text, [ent(text, '联想集团', 'ORG', 1)])).toEqual([['联想集团', [], 1]]);
  });
});

describe('a name right after a noun for a kind of company', () => {
  it('makes a brand that is an everyday word the company (科技巨头 | 苹果)', () => {
    const text = '科技巨头苹果周二发布了新品。';
    expect(orgs(text, [])).toEqual(['苹果']);
  });
  it('reads a name the lexicon knows as the company over the model person inside it (投资银行 | 雷曼兄弟)', () => {
    const text = '美国第四大投资银行雷曼兄弟申请破产保护。';
    expect(orgs(text, [ent(text, '美国', 'LOC', 1), ent(text, '雷曼', 'PERSON', 0.91)])).toEqual(['雷曼兄弟']);
  });
  it('reads a word jieba files as a body as the company over the model place inside it (运营商 | 中国移动)', () => {
    const text = '国内电信运营商中国移动推出了新套餐。';
    expect(orgs(text, [ent(text, '中国', 'LOC', 0.9)])).toEqual(['中国移动']);
  });
  it('leaves a word jieba does not know that the sentence goes on with (开发商 | 多以)', () => {
    const text = '开发商多以市场可承受的价格为依据定价。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('the name after a noun for a kind of company, read off the words', () => {
  it('takes the plain noun after a person the model read there (投资银行 | 雷曼 + 兄弟), and stops where the phrase goes on', () => {
    const text = '美国第四大投资银行雷曼兄弟申请破产保护。';
    const model = [ent(text, '雷曼', 'PERSON', 0.91)];
    expect(describedCompanyCandidates(text, new TokenIndex(seg.segment(text)), model).map((e) => e.text)).toEqual(['雷曼兄弟']);
    expect(describedCompanyCandidates(text, new TokenIndex(seg.segment(text)), []).map((e) => e.text)).toEqual(['雷曼']);
  });
});

describe('words of the sentence read as a name', () => {
  it('reads a name before 行业 or 产业 as the sector of a place or field (中国石化 | 行业)', () => {
    const text = '专家认为，中国石化行业的产能过剩问题不容忽视。';
    expect(orgs(text, [])).toEqual([]);
    const b = '中国石化公布了年报。';
    expect(orgs(b, [])).toEqual(['中国石化']);
  });
  it('reads a place after 在 and a verb phrase before a kind as where something is done (在福建 | 合资建设 | 炼油厂)', () => {
    const text = '沙特阿美正在洽谈在福建合资建设炼油厂事宜。';
    expect(orgs(text, [])).not.toContain('福建合资建设炼油厂');
    const b = '他在北京电影制片厂工作了十年。';
    expect(orgs(b, [])).toContain('北京电影制片厂');
  });
});

describe('the lexicon', () => {
  it('holds armed and militant groups CC-CEDICT glosses as groups of a kind (Hezbollah, Boko Haram)', () => {
    const text = '真主党武装人员袭击了以军阵地，博科圣地也发表了声明。';
    expect(orgs(text, [])).toEqual(['真主党', '博科圣地']);
  });
});

describe('a title in title marks', () => {
  it('names a programme before 节目组 or 栏目 (《快乐大本营》节目组), while the broadcaster stays', () => {
    const text = '湖南卫视《快乐大本营》节目组日前宣布，该节目将于下月改版。';
    expect(orgs(text, [ent(text, '湖南卫视', 'ORG', 0.99), ent(text, '快乐大本营', 'ORG', 0.9)])).toEqual(['湖南卫视']);
  });
});

describe("Latin names in today's tech news", () => {
  it("reads a Latin name between 据 and 报道 as the story's source (据TechCrunch报道)", () => {
    const text = '据TechCrunch报道，这家公司将在明年推出新品。';
    expect(orgs(text, [])).toEqual(['TechCrunch']);
  });
  it("reads a capitalised Latin word before a chief officer's title as the company (Meta首席技术官)", () => {
    const text = '新品发布后，Meta首席技术官博斯沃思表示，将继续投入。';
    expect(orgs(text, [ent(text, '博斯沃思', 'PERSON', 0.99)])).toEqual(['Meta']);
  });
  it("ends a company's name where its head's title begins (特斯拉 | CEO马斯克)", () => {
    const text = '特斯拉CEO马斯克在社交平台上发文称，星舰将于下月试飞。';
    expect(orgs(text, [ent(text, '特斯拉CEO马斯克', 'ORG', 0.9)])).toEqual(['特斯拉']);
  });
  it("reads a maker and a model code as a product (英伟达H100), a body's name ending in a code as a name (反恐部队GSG9)", () => {
    const text = '英伟达H100芯片供不应求。';
    expect(orgs(text, [ent(text, '英伟达H100', 'ORG', 0.9)])).toEqual([]);
    const b = '德国反恐部队GSG9使用了这种冲锋枪。';
    expect(orgs(b, [ent(b, '德国反恐部队GSG9', 'ORG', 0.9)])).toEqual(['德国反恐部队GSG9']);
  });
});

describe('a trade name read off a registered name with a bracketed group word', () => {
  it('leaves the bracket and the financial trade off (中国平安 of 中国平安保险（集团）股份有限公司)', () => {
    const text = '中国平安保险（集团）股份有限公司今日发布公告称，中国平安上半年实现净利润600亿元。';
    expect(entries(text, [ent(text, '中国平安保险（集团）股份有限公司', 'ORG', 0.99)])).toEqual([
      ['中国平安保险（集团）股份有限公司', ['中国平安'], 2],
    ]);
  });
});
