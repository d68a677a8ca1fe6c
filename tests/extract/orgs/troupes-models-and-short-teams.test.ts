/**
 * The organisation rules of #21's session-25 round: a name the article gave with its place, short of
 * the place, is that body's short form however everyday its word (火箭队 after 休斯敦火箭队); a theatre
 * company's kind ends a name (北京人民艺术剧院, 中国京剧院), and 国家 before it names the national company
 * (国家话剧院), while theatres and troupes together are none (全国京剧院团); a maker the article names in
 * full, then capital letters, is a make and model (奇瑞QQ); a company's form after nothing but industries
 * and fields is a class of company (环保公司, 文化传媒公司), and so is one after 保安 (保安公司); a place and
 * what is made there before a word for a maker describe it (美国电脑 | 厂商); a unit known by its number is
 * one (731部队, 中国人民解放军91550部队); a team named by a verb is a kind of team (施工队); a word and
 * an industry word before 老板 are a company (滚石唱片 | 的老板); two names of two characters or more joined
 * by a dash, not all places, are a joint venture's one name (一汽-大众); a name the text gives a thing
 * (名为“天宫”的游戏) is no body's; a count or a place the model read on a name the list or the title marks
 * name gives way (Dell in 三家公司, 《泰晤士报》); 内阁 alone and a company's region (Google | 中国区) name none;
 * 电话 and 邮电 are fields (电话局, as 工商局); a headquarters after an abbreviation is cut to it (央行上海总部);
 * a span ends before a glued vs (沙尔克04 | vs) and at the end of a proper noun ending as a body's (宝钢股份);
 * a word and 网 before what a site does is a site (人人网 | 的注册用户, 优酷网 | 则表示); a subject said to be
 * one body may be the nouns after a 的 (旗下的 | 起点中文网 | 是国内最大的…网站); an everyday word with three
 * organisations or more beside it in its list is one (网易 among 新浪、搜狐、优酷网和土豆网).
 * Sentences written for these tests; "model" entities are given by hand.
 */
import { describe, expect, it } from 'vitest';
import { ent, orgs } from '../../helpers/org-refiner.js';

describe('a placed name short of its place', () => {
  const text = '休斯敦火箭队中锋昨日随队抵达。火箭队将与骑士队进行一场表演赛。';
  it('is the short form of the body the article named (火箭队 after 休斯敦火箭队)', () => {
    const found = orgs(text, [ent(text, '休斯敦火箭队', 'ORG', 1), ent(text, '火箭队', 'ORG', 0.81, text.indexOf('。'))]);
    expect(found).toEqual(['休斯敦火箭队', '火箭队']);
  });
  it('is not kept without the placed name', () => {
    const alone = '火箭队将与骑士队进行一场表演赛。';
    expect(orgs(alone, [ent(alone, '火箭队', 'ORG', 0.81)])).toEqual([]);
  });
  it('is no short form when the body is a bureau (矿务局 after 皖北矿务局)', () => {
    const t = '皖北矿务局实行公司制改革，即将矿务局改组为集团公司。';
    expect(orgs(t, [ent(t, '皖北矿务局', 'ORG', 1), ent(t, '矿务局', 'ORG', 0.8, t.indexOf('，'))])).toEqual(['皖北矿务局']);
  });
  it('stays generic when the short form is a kind alone (国家队 after 中国国家队)', () => {
    const t = '中国国家队昨日集结。国家队将在广州进行封闭训练。';
    expect(orgs(t, [ent(t, '中国国家队', 'ORG', 0.95), ent(t, '国家队', 'ORG', 0.95, t.indexOf('。'))])).not.toContain('国家队');
  });
});

describe('a theatre company', () => {
  it('ends with its kind though the model read a place (北京人民艺术剧院)', () => {
    const text = '由市文化局主办、北京人民艺术剧院承办的话剧节在首都剧场开幕。';
    const found = orgs(text, [
      ent(text, '市文化局', 'ORG', 1),
      ent(text, '北京人民艺术剧院', 'LOC', 0.7),
      ent(text, '首都剧场', 'LOC', 0.99),
    ]);
    expect(found).toEqual(['市文化局', '北京人民艺术剧院']);
  });
  it('is the national company after 国家 (国家话剧院)', () => {
    const text = '来自上海话剧艺术中心、国家话剧院等十余家院团参演。';
    expect(orgs(text, [ent(text, '上海话剧艺术中心', 'ORG', 0.93), ent(text, '国家话剧院', 'ORG', 0.99)])).toEqual([
      '上海话剧艺术中心',
      '国家话剧院',
    ]);
  });
  it('is none where theatres and troupes are counted together (全国京剧院团)', () => {
    const text = '专家们认为，如果全国京剧院团都能如此努力，京剧艺术也能创造新辉煌。';
    expect(orgs(text, [ent(text, '全国京剧院团', 'ORG', 0.76)])).toEqual([]);
  });
});

describe('a maker named in full, then capital letters', () => {
  const text = '奇瑞汽车股份有限公司董事长透露，奇瑞QQ今年销量有望突破20万辆。';
  it('is a make and model, no organisation (奇瑞QQ)', () => {
    const found = orgs(text, [ent(text, '奇瑞汽车股份有限公司', 'ORG', 1), ent(text, '奇瑞QQ', 'ORG', 0.8)]);
    expect(found).toEqual(['奇瑞汽车股份有限公司']);
  });
  it('is no model after a country (美国FDA beside 美国食品药品管理局)', () => {
    const t = '美国食品药品管理局昨日发布公告。美国FDA称，该药物存在安全隐患。';
    const found = orgs(t, [ent(t, '美国食品药品管理局', 'ORG', 1), ent(t, '美国FDA', 'ORG', 0.9)]);
    expect(found).toEqual(['美国食品药品管理局', '美国FDA']);
  });
  it('stays a name where the article does not name the maker so (美国艺电EA)', () => {
    const t = '美国艺电EA昨日发布了新一代体育游戏。';
    expect(orgs(t, [ent(t, '美国艺电EA', 'ORG', 0.9)])).toEqual(['美国艺电EA']);
  });
});

describe('a service any town has firms for', () => {
  it('names a class of company (环保公司)', () => {
    const text = '他在一家环保公司工作了五年。';
    expect(orgs(text, [])).toEqual([]);
  });
  it('names a class after industries and fields alone (文化传媒公司), not after a name’s own words (联合航空公司)', () => {
    const text = '他先后在一家文化传媒公司和联合航空公司工作。';
    const found = orgs(text, [ent(text, '文化传媒公司', 'ORG', 0.9), ent(text, '联合航空公司', 'ORG', 0.95)]);
    expect(found).toEqual(['联合航空公司']);
  });
  it('names one before a kind with the model unsure (保安公司)', () => {
    const text = '据了解，该市目前共有保安公司12家。';
    expect(orgs(text, [ent(text, '保安公司', 'ORG', 0.85)])).toEqual([]);
  });
});

describe('a place and what is made there before a word for a maker', () => {
  it('describes the maker named next (美国电脑 | 厂商 Gateway)', () => {
    const text = '宏碁将以7.1亿美元收购美国电脑厂商Gateway。';
    expect(orgs(text, [ent(text, '美国电脑', 'ORG', 0.67)])).not.toContain('美国电脑');
  });
  it('leaves a name before a body’s site (顺义区政府 | 网站)', () => {
    const text = '顺义区政府网站显示，雒某曾获优秀共产党员称号。';
    expect(orgs(text, [ent(text, '顺义区政府', 'ORG', 0.95)])).toEqual(['顺义区政府']);
  });
});

describe('a unit known by its number', () => {
  it('is an organisation, not a count (731部队)', () => {
    const text = '日本关东军在中国东北秘密设立了731部队，从事细菌战研究。';
    expect(orgs(text, [ent(text, '日本关东军', 'ORG', 0.98), ent(text, '731部', 'CARDINAL', 0.86)])).toEqual(['日本关东军', '731部队']);
  });
  it('takes the army named right before it (中国人民解放军91550部队)', () => {
    const text = '中国人民解放军91550部队的官兵参加了抢险。';
    expect(orgs(text, [ent(text, '中国人民解放军', 'ORG', 1), ent(text, '91550', 'CARDINAL', 1)])).toEqual(['中国人民解放军91550部队']);
  });
  it('needs three digits: troops counted with 支 are none (三支部队)', () => {
    const text = '驻军派出三支部队参与救援。';
    expect(orgs(text, [ent(text, '三支', 'CARDINAL', 1)])).toEqual([]);
  });
});

describe('a team named by what it does', () => {
  it('is a kind of team (施工队, a verb and 队)', () => {
    const text = '已有一支来自大城市的施工队接下了这个项目。';
    expect(orgs(text, [ent(text, '一支', 'CARDINAL', 1)])).toEqual([]);
  });
  it('keeps a side that plays a match, whatever its word', () => {
    const text = '火箭队昨天击败了巡逻队。';
    expect(orgs(text, [ent(text, '火箭队', 'ORG', 0.95), ent(text, '巡逻队', 'ORG', 0.7)])).toContain('巡逻队');
  });
});

describe('a word and an industry word before a boss', () => {
  it('is the company (滚石唱片 | 的老板)', () => {
    const text = '滚石唱片的老板段钟沂也将到场。';
    expect(orgs(text, [ent(text, '段钟沂', 'PERSON', 0.97)])).toEqual(['滚石唱片']);
  });
  it('needs the industry word (饭店 | 老板 is a shop’s)', () => {
    const text = '附近饭店的老板也赶来帮忙。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('two names joined by a dash', () => {
  it('are a joint venture’s one name when they are no places (一汽-大众)', () => {
    const text = '上半年上海大众、一汽-大众和上海通用的销量位居前三。';
    const found = orgs(text, [ent(text, '上海大众', 'ORG', 1), ent(text, '一汽-大众', 'ORG', 0.85), ent(text, '上海通用', 'ORG', 0.96)]);
    expect(found).toEqual(['上海大众', '一汽-大众', '上海通用']);
  });
  it('are places when every side is one (广州-深圳-香港)', () => {
    const text = '广州-深圳-香港的高铁将于年底通车。';
    expect(orgs(text, [ent(text, '广州-深圳-香港', 'ORG', 0.7)])).toEqual([]);
  });
  it('are no name with a one-character side (道—琼斯 of an index)', () => {
    const text = '道—琼斯30种工业股票平均价格指数窄幅波动。';
    expect(orgs(text, [ent(text, '道—琼斯', 'ORG', 0.8)])).toEqual([]);
  });
});

describe('a name the text gives a thing', () => {
  it('is the thing’s, however the model reads it (名为“天宫”的游戏)', () => {
    const text = '这款名为“天宫”的游戏由上海一家公司开发。';
    expect(orgs(text, [ent(text, '天宫', 'ORG', 0.54)])).toEqual([]);
  });
  it('is a body’s before a word for a body (名为“天一”的公司)', () => {
    const text = '一家名为“天一”的公司昨日成立。';
    expect(orgs(text, [])).toEqual(['天一']);
  });
});

describe('what the model read on a name', () => {
  it('gives way when it is a count on a word with no numeral (Dell in IBM、HP和Dell三家公司)', () => {
    const text = 'IBM、HP和Dell三家公司占据了全球服务器市场六成以上的份额。';
    const found = orgs(text, [ent(text, 'IBM', 'ORG', 0.99), ent(text, 'Dell', 'CARDINAL', 0.56), ent(text, '三家', 'CARDINAL', 0.97)]);
    expect(found).toEqual(['IBM', 'HP', 'Dell']);
  });
  it('gives way when it is a place on a periodical in title marks (《泰晤士报》)', () => {
    const text = '《泰晤士报》和《卫报》均对此发表社论。';
    expect(orgs(text, [ent(text, '泰晤士报', 'LOC', 0.62), ent(text, '卫报', 'ORG', 0.87)])).toEqual(['泰晤士报', '卫报']);
  });
});

describe('words for a part of a government or a company', () => {
  it('name no body unnamed (内阁改组), one named (日本内阁)', () => {
    const text = '首相昨日宣布内阁改组。日本内阁随后召开会议。';
    expect(orgs(text, [ent(text, '内阁', 'ORG', 0.99), ent(text, '日本内阁', 'ORG', 0.95)])).toEqual(['日本内阁']);
  });
  it('name a company’s region, part of it (Google | 中国区)', () => {
    const text = 'Google中国区总裁李开复昨日宣布离职。';
    expect(orgs(text, [ent(text, '中国区', 'ORG', 0.55), ent(text, '李开复', 'PERSON', 1)])).toEqual(['Google']);
  });
});

describe('the telephone and post bureaus', () => {
  it('are a field’s bureau, no one body (电话局), unless a place names it (北京市电话局)', () => {
    const text = '从买话机到架话线都是由电话局一手包办，北京市电话局也推出了优惠。';
    expect(orgs(text, [ent(text, '电话局', 'ORG', 0.9), ent(text, '北京市电话局', 'ORG', 0.95)])).toEqual(['北京市电话局']);
  });
  it('leave the ministry a name (邮电部)', () => {
    const text = '只要有邮电部入网许可证就行。';
    expect(orgs(text, [ent(text, '邮电部', 'ORG', 0.95)])).toEqual(['邮电部']);
  });
});

describe('a headquarters after an abbreviation', () => {
  it('is cut to the body jieba knows as an abbreviation (央行 | 上海 | 总部)', () => {
    const text = '央行上海总部的数据显示，中资金融机构个人房贷增加。';
    expect(orgs(text, [ent(text, '央行上海总部', 'ORG', 0.87)])).toEqual(['央行']);
  });
});

describe('where a span cut inside a word ends', () => {
  it('before vs glued to the name (沙尔克04 | vs, jieba’s 04vs)', () => {
    const text = '12沙尔克04vs柏林赫塔';
    expect(orgs(text, [ent(text, '沙尔克04', 'ORG', 1), ent(text, '柏林赫塔', 'ORG', 1)])).toEqual(['沙尔克04', '柏林赫塔']);
  });
  it('at the end of a proper noun that ends as a body’s name does (宝钢股 | 份 of 宝钢股份/nz)', () => {
    const text = '所以无法判定宝钢股份或者宝钢集团是否有所损失。';
    expect(orgs(text, [ent(text, '宝钢股', 'ORG', 0.9), ent(text, '宝钢集团', 'ORG', 0.99)])).toEqual(['宝钢股份', '宝钢集团']);
  });
  it('not at the end of an event’s (足协 | 杯赛)', () => {
    const text = '本轮过后，联赛将休赛一周，进行足协杯赛第一轮较量。';
    expect(orgs(text, [ent(text, '足协', 'ORG', 0.9)])).toEqual(['足协']);
  });
});

describe('a word and 网 before what a site does', () => {
  it('is the site’s company (人人网 | 的注册用户)', () => {
    const text = '据介绍，人人网的注册用户已超过一亿。';
    expect(orgs(text, [])).toEqual(['人人网']);
  });
  it('vouches for the model’s unsure site (优酷网 | 则表示)', () => {
    const text = '优酷网则表示将专注于正版视频内容。';
    expect(orgs(text, [ent(text, '优酷网', 'ORG', 0.52)])).toEqual(['优酷网']);
  });
  it('leaves a kind of network (交通网 | 的用户)', () => {
    const text = '城市交通网的用户越来越多。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('a subject the text says is one body', () => {
  it('may be two words after a 的 (盛大网络旗下的 | 起点 | 中文网 | 是国内最大的原创文学网站)', () => {
    const text = '盛大网络旗下的起点中文网是国内最大的原创文学网站。';
    expect(orgs(text, [])).toContain('起点中文网');
  });
  it('is none after a verb (据说 | 起点中文网 …)', () => {
    const text = '据说起点中文网是国内最大的原创文学网站。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('an everyday word with three organisations or more beside it in its list', () => {
  it('is one of them, the model silent (网易/n among 新浪、搜狐、优酷网和土豆网)', () => {
    const text = '来自新浪、搜狐、网易、优酷网和土豆网的代表展开了讨论。';
    const model = [
      ent(text, '新浪', 'ORG', 0.95),
      ent(text, '搜狐', 'ORG', 0.95),
      ent(text, '优酷网', 'ORG', 0.9),
      ent(text, '土豆网', 'ORG', 0.9),
    ];
    expect(orgs(text, model)).toEqual(['新浪', '搜狐', '网易', '优酷网', '土豆网']);
  });
  it('is not with two beside it (网易 among 新浪和搜狐 alone)', () => {
    const text = '来自新浪、网易和搜狐的代表展开了讨论。';
    const model = [ent(text, '新浪', 'ORG', 0.95), ent(text, '搜狐', 'ORG', 0.95)];
    expect(orgs(text, model)).toEqual(['新浪', '搜狐']);
  });
});
