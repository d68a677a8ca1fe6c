/**
 * The organisation rules of #21's session-23 round: a body's name, then a class of its members
 * (江苏电网 | 主力电厂, 宝钢集团 | 骨干企业), names the class, no body; machines and their crews (发电机组)
 * are plant; a name counted as many (20家 | 粤港澳联合实验室) is a class of bodies, each of its mentions
 * in the article with it; a span opened by a person's kin (哥哥纳尔逊 | 大学室友) is about the family; a
 * maker's Latin or lexicon name before what it makes (IBM个人电脑) is the maker; a verb of joining (加盟) is no
 * place before a body; a trade name and its industry (江淮汽车) name the company by the trade name alone
 * elsewhere in the article; the state's organs at large (国家机关) are no body; CC-CEDICT's charities (无国界医生)
 * are in the lexicon; 人 after a determiner (这种人 | 大都) is a person, no 人大; an expo centre (博览中心) is a
 * venue, and an unnamed event's committee (展会组委会) is generic; what only a company has closes a pair of
 * names (九城和网易 | 的股价); who heads a company vouches for an everyday word before it (盛大网络 | CEO); a
 * periodical in title marks before a source cue is the outlet (据《第一财经日报》报道); a one-character person
 * inside a list member (蔚 of 蔚来) types no member; a centre after 位于 is the building (位于洛克菲勒中心); 组织/v
 * after a league committee (团委 | 组织 | 学生) is its verb; a Latin name and a Han character that opens a word
 * running past the span goes on to the word's end (SK海 | 力士); a foreign name jieba cuts into pieces begins
 * where they begin (苏伊士昂帝 | 欧水务集团); a two-character lexicon name before the particle 了 is the verb
 * (联通了, 国保了); a Latin word broken by one stray character is one word (VenrockAssoci鄄ates); a count of
 * countries opening a name with no kind is no body (八国 | 联兵).
 * Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';

describe('a class of a body’s members after its name', () => {
  it('is no body, and the body stays where it stands alone by its kind (宝钢集团 | 骨干企业)', () => {
    const text = '东方钢铁集团骨干企业都参加了这次培训。';
    expect(orgs(text, [ent(text, '东方钢铁集团骨干企业', 'ORG', 0.95)])).toEqual(['东方钢铁集团']);
  });
  it('drops the whole span where the words before the class name no body alone (江苏电网 | 主力电厂)', () => {
    const text = '该厂是全省最大的火力电厂，也是江苏电网主力电厂。';
    expect(orgs(text, [ent(text, '江苏电网主力电厂', 'ORG', 0.96)])).toEqual([]);
  });
  it('leaves a named laboratory that keeps 重点 (国家重点实验室) and a named hospital with 附属', () => {
    const text = '南方大学材料科学国家重点实验室与南方大学附属医院签约。';
    const found = orgs(text, [ent(text, '南方大学材料科学国家重点实验室', 'ORG', 0.97), ent(text, '南方大学附属医院', 'ORG', 0.98)]);
    expect(found).toEqual(['南方大学材料科学国家重点实验室', '南方大学附属医院']);
  });
});

describe('machines', () => {
  it('a generating unit is no body, however sure the model is (燃煤发电机组)', () => {
    const text = '通知称，统调燃煤发电机组超发电价由原来的每千瓦时0.3元提高。';
    expect(orgs(text, [ent(text, '统调燃煤发电机组', 'ORG', 0.95)])).toEqual([]);
  });
});

describe('a name counted as many', () => {
  it('is a class of bodies, and so is each of its mentions in the article (20家 | 粤港澳联合实验室)', () => {
    const text = '两地科研单位正在共建粤港澳联合实验室，已获批建设的20家粤港澳联合实验室中，广州牵头占10家。';
    const first = text.indexOf('粤港澳联合实验室');
    const model = [
      ent(text, '粤港澳联合实验室', 'ORG', 0.97),
      { ...ent(text, '粤港澳联合实验室', 'ORG', 0.9), start: text.indexOf('粤港澳联合实验室', first + 1) },
    ];
    model[1]!.end = model[1]!.start + '粤港澳联合实验室'.length;
    expect(orgs(text, model)).toEqual([]);
  });
  it('with a count in Han numerals and 余 (十余家 | 海洋装备工程技术研究中心)', () => {
    const text = '全市拥有十余家海洋装备工程技术研究中心。';
    expect(orgs(text, [ent(text, '海洋装备工程技术研究中心', 'ORG', 0.95)])).toEqual([]);
  });
  it('stays when the count is one or an ordinal (第一家 | 华瑞电子科技公司, 一家)', () => {
    const text = '他投资的第一家华瑞电子科技公司1956年开始营业，另一家宏达精密仪器公司随后开张。';
    const found = orgs(text, [ent(text, '华瑞电子科技公司', 'ORG', 0.95), ent(text, '宏达精密仪器公司', 'ORG', 0.95)]);
    expect(found).toEqual(['华瑞电子科技公司', '宏达精密仪器公司']);
  });
  it('stays when the lexicon knows the name: a company’s branches are counted by it (几家工商银行)', () => {
    const text = '记者走访了长沙市的几家工商银行营业网点。';
    expect(orgs(text, [ent(text, '工商银行', 'ORG', 0.9)])).toEqual(['工商银行']);
  });
});

describe('a person’s kin', () => {
  it('opening a span, make it no body (哥哥纳尔逊 | 大学室友)', () => {
    const text = '1934年，他娶了哥哥纳尔逊大学室友的妹妹为妻。';
    expect(orgs(text, [ent(text, '哥哥纳尔逊大学', 'ORG', 0.9)])).toEqual([]);
  });
});

describe('a maker’s name and what it makes', () => {
  it('the maker is the organisation (IBM个人电脑 | 业务 → IBM)', () => {
    const text = '2005年，联想集团收购IBM个人电脑业务，一时轰动全球。';
    expect(orgs(text, [ent(text, '联想集团', 'ORG', 1), ent(text, 'IBM个人', 'ORG', 0.8)])).toEqual(['联想集团', 'IBM']);
  });
  it('leaves a company named after its product (华东电脑: 华东 is no maker’s name)', () => {
    const text = '华东电脑昨日公布了年度业绩。';
    expect(orgs(text, [ent(text, '华东电脑', 'ORG', 0.95)])).toEqual(['华东电脑']);
  });
});

describe('a verb of joining a body', () => {
  it('is no place before its name (加盟 | 凤凰卫视: jieba files 加盟 as a place)', () => {
    const text = '他曾在报社担任记者，后来加盟凤凰卫视。';
    expect(orgs(text, [ent(text, '加盟', 'LOC', 0.86)])).toEqual(['凤凰卫视']);
  });
  it('opens the clause, not a model name (加盟 | 江苏三毛集团)', () => {
    const text = '他1994年3月加盟江苏三毛集团，现在是集团的一名员工。';
    expect(orgs(text, [ent(text, '加盟江苏三毛集团', 'ORG', 0.9)])).toEqual(['江苏三毛集团']);
  });
});

describe('a trade name and its industry', () => {
  it('the trade name alone elsewhere in the article is the company (江淮汽车 … 江淮)', () => {
    const text = '奇瑞汽车与江淮汽车的合作传闻再起。有消息称，江淮将与大众汽车集团成立合资公司。';
    const found = orgs(text, [ent(text, '奇瑞汽车', 'ORG', 0.97), ent(text, '江淮汽车', 'ORG', 0.9), ent(text, '大众汽车集团', 'ORG', 1)]);
    expect(found).toContain('江淮');
  });
  it('not a place’s (上海汽车 … 上海)', () => {
    const text = '上海汽车发布了新车。上海将举办车展。';
    expect(orgs(text, [ent(text, '上海汽车', 'ORG', 0.95)])).not.toContain('上海');
  });
});

describe('the state’s organs at large', () => {
  it('are no list member (中央、国家机关和解放军)', () => {
    const text = '来自中央、国家机关和解放军有关部门的八位负责同志在会上作了发言。';
    expect(orgs(text, [ent(text, '解放军', 'ORG', 0.99)])).toEqual(['解放军']);
  });
});

describe('a body CC-CEDICT glosses by its own name alone', () => {
  it('is in the lexicon when the headword ends with a kind (基地组织 "Al-Qaeda")', () => {
    const text = '基地组织在当地的分支发表声明，宣称对袭击负责。';
    expect(orgs(text, [])).toEqual(['基地组织']);
  });
});

describe('an alliance or a secret society CC-CEDICT names', () => {
  it('is in the lexicon (同盟会 "Sun Yat-sen\'s alliance for democracy"), a dynasty that allied with one is not (新罗王朝)', () => {
    const text = '同盟会在东京成立后，革命党人多次发动起义。新罗王朝统一了朝鲜半岛。';
    expect(orgs(text, [])).toEqual(['同盟会']);
  });
});

describe('a charity CC-CEDICT names', () => {
  it('is in the lexicon (无国界医生, "Médecins Sans Frontières (MSF charity)")', () => {
    const text = '无国界医生表示，当地急需药品。';
    expect(orgs(text, [])).toEqual(['无国界医生']);
  });
});

describe('a noun for persons after a determiner', () => {
  it('is no part of a name (这种人 | 大都是, read as 人大)', () => {
    const text = '这种人大都是在运动中揭竿而起的。';
    expect(orgs(text, [ent(text, '人大', 'ORG', 0.98)])).toEqual([]);
  });
  it('leaves a name opened by 人民 after a place (当地 | 人民银行) and 人大 elsewhere (市人大常委会)', () => {
    const text = '有关部门通过当地人民银行调取了记录，并报告了市人大常委会。';
    expect(orgs(text, [ent(text, '人民银行', 'ORG', 0.95), ent(text, '市人大常委会', 'ORG', 0.97)])).toEqual(['人民银行', '市人大常委会']);
  });
});

describe('venues and unnamed events', () => {
  it('an expo centre is a venue (上海新国际博览中心)', () => {
    const text = '本次展会在上海新国际博览中心举办，吸引了众多厂商参展。';
    expect(orgs(text, [ent(text, '上海新国际博览中心', 'ORG', 0.9)])).toEqual([]);
  });
  it('an unnamed event’s committee is generic (展会组委会), a named one’s is not (杭州亚运会组委会)', () => {
    const text = '展会组委会表示，明年将与杭州亚运会组委会合作。';
    expect(orgs(text, [ent(text, '展会组委会', 'ORG', 0.95), ent(text, '杭州亚运会组委会', 'ORG', 0.98)])).toEqual(['杭州亚运会组委会']);
  });
});

describe('what a company has, after a pair of names', () => {
  it('closes the pair as 等 does (九城和网易 | 的股价): the everyday word is the company', () => {
    const text = '九城和网易的股价当天均有下跌。';
    expect(orgs(text, [ent(text, '九城', 'LOC', 0.83)])).toEqual(['网易']);
  });
  it('not a noun of the sentence and a phrase (影响及EA | 最新的财报)', () => {
    const text = '受到金融海啸的影响及EA最新的财报收入下降。';
    expect(orgs(text, [ent(text, 'EA', 'ORG', 0.9)])).toEqual(['EA']);
  });
  it('who heads only a company, right after an everyday word, makes it one (盛大网络 | CEO)', () => {
    const text = '盛大网络CEO陈天桥表示，公司将推出新的盒子战略。';
    expect(orgs(text, [ent(text, '盛大网络CEO', 'ORG', 0.84)])).toEqual(['盛大网络']);
  });
});

describe('a periodical in title marks before a source cue', () => {
  it('is the outlet, whatever words its name is made of (据《第一财经日报》报道, 《南方晨报》记者)', () => {
    const text = '据《第一财经日报》报道，两家公司的价格战愈演愈烈。《南方晨报》记者发现，该厂已停产。';
    expect(orgs(text, [ent(text, '第一', 'ORDINAL', 0.86)])).toEqual(['第一财经日报', '南方晨报']);
  });
  it('not a periodical’s kind alone, nor a title with no cue after it (《晚报》记者, 《城市晚报》上)', () => {
    const text = '《晚报》记者在现场看到，他在《城市晚报》上发表了文章。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a one-character person inside a list member', () => {
  it('is a piece of the name, no person typing the member (蔚 of 蔚来, among 理想汽车、小鹏汽车)', () => {
    const text = '理想汽车、小鹏汽车和蔚来的交付量同样创下新高。';
    const found = orgs(text, [ent(text, '小鹏', 'PERSON', 0.55), ent(text, '蔚', 'PERSON', 0.95)]);
    expect(found).toEqual(['理想汽车', '小鹏汽车', '蔚来']);
  });
});

describe('a centre where something stands', () => {
  it('is the building (位于 | 洛克菲勒中心 | 的办公室)', () => {
    const text = '他上周三去位于洛克菲勒中心的办公室工作。';
    expect(orgs(text, [ent(text, '洛克菲勒中心', 'ORG', 0.63)])).toEqual([]);
  });
  it('not a centre the sentence has act, nor one after 在 (在北京大学中国经济研究中心 | 举行)', () => {
    const text = '捐赠仪式今天在北京大学中国经济研究中心举行。';
    expect(orgs(text, [ent(text, '北京大学中国经济研究中心', 'ORG', 0.97)])).toEqual(['北京大学中国经济研究中心']);
  });
});

describe('a kind jieba reads as a verb', () => {
  it('takes 组织 after a league committee as its verb (团委 | 组织/v | 学生)', () => {
    const text = '1月20日，市第三中学团委组织学生参观了纪念馆。';
    expect(orgs(text, [ent(text, '市第三中学团委', 'ORG', 0.99)])).not.toContain('市第三中学团委组织');
  });
});

describe('a Latin name and one Han character the model read', () => {
  it('goes on where the character opens a word that runs past the span (SK海 | 力士 → SK海力士)', () => {
    const text = 'SK海力士和LG电子的业绩同样不及预期。';
    expect(orgs(text, [ent(text, 'SK海', 'ORG', 0.65), ent(text, 'LG电', 'ORG', 0.77)])).toEqual(['SK海力士', 'LG电子']);
  });
  it('stops at the letters where the character is the sentence’s (IBM外)', () => {
    const text = '除了IBM外，还有微软参加。';
    expect(orgs(text, [ent(text, 'IBM外', 'ORG', 0.8)])).toContain('IBM');
  });
});

describe('a foreign name jieba cuts into pieces', () => {
  it('begins where its pieces begin when the model starts on the last one (苏伊士昂帝 | 欧水务集团)', () => {
    const text = '最早拿下项目合同的苏伊士昂帝欧水务集团，其代表处也撤离。';
    expect(orgs(text, [ent(text, '苏伊', 'PERSON', 0.48), ent(text, '欧水务集团', 'ORG', 0.95)])).toEqual(['苏伊士昂帝欧水务集团']);
  });
  it('not over one unknown word before a level (秦正安为 | 市高级人民法院)', () => {
    const text = '会议选举秦正安为市高级人民法院院长。';
    expect(orgs(text, [ent(text, '市高级人民法院', 'ORG', 0.95)])).not.toContain('秦正安为市高级人民法院');
  });
});

describe('a two-character lexicon name before the aspect particle 了', () => {
  it('is the verb (联通了 | 国际互联网, 国保了)', () => {
    const text = '农户家里的电脑都联通了国际互联网。诸君当知国保了，家财自在。';
    expect(orgs(text, [])).toEqual([]);
  });
  it('not before 了解, a word of its own (华为 | 了解到)', () => {
    const text = '记者从华为了解到，新品将于下月发布。';
    expect(orgs(text, [])).toEqual(['华为']);
  });
});

describe('a Latin word broken by one stray character', () => {
  it('is one word: the model’s name runs to its end (VenrockAssoci | 鄄ates)', () => {
    const text = '他把这些投资活动正规化，NorthbayPartn鄄ers是一家投资公司。';
    expect(orgs(text, [ent(text, 'NorthbayPartn', 'ORG', 0.87)])).toEqual(['NorthbayPartn鄄ers']);
  });
  it('not across a conjunction (Google和Yahoo)', () => {
    const text = 'Google和Yahoo都宣布了新的计划。';
    expect(orgs(text, [ent(text, 'Google', 'ORG', 0.95), ent(text, 'Yahoo', 'ORG', 0.95)])).toEqual(['Google', 'Yahoo']);
  });
});

describe('a count of countries opening a name', () => {
  it('with no kind is the countries’ joint something, no body (八国 | 联兵)', () => {
    const text = '到了庚子年，八国联兵打破北京。';
    expect(orgs(text, [ent(text, '八国联', 'ORG', 0.97)])).toEqual([]);
  });
  it('with a kind is a body (七国集团)', () => {
    const text = '巴黎举行的七国集团副财长会议结束。';
    expect(orgs(text, [ent(text, '七国集团', 'ORG', 0.97)])).toEqual(['七国集团']);
  });
});
