import { describe, expect, it } from 'vitest';
import { isAbbreviation } from '../../../src/extract/orgs/aliases.js';
import { collectOrganizations } from '../../../src/extract/orgs/collect.js';
import { isGenericOrgName } from '../../../src/extract/orgs/generic.js';
import { isEnglishFragment, latinCandidates } from '../../../src/extract/orgs/latin.js';
import { lexiconMatches, lexiconNames } from '../../../src/extract/orgs/lexicon.js';
import { refineOrganizations } from '../../../src/extract/orgs/index.js';
import { ent, orgs, seg } from '../../helpers/org-refiner.js';

describe('generic organisation names', () => {
  it('a kind alone or after generic modifiers is no name', () => {
    for (const g of ['公司', '快递公司', '该公司', '当地政府', '一家物流公司', '组委会', '市政府', '联邦政府', '城市政府'])
      expect(isGenericOrgName(g), g).toBe(true);
  });
  it('a distinctive part makes a name', () => {
    for (const n of ['江河航运公司', '青石镇政府', '东湖大学', '联邦调查局', '联邦储备委员会', '青州城市学院'])
      expect(isGenericOrgName(n), n).toBe(false);
  });
  it('a kind word standing alone is no name, even one that could be read as modifier + kind', () => {
    for (const g of ['公安局', '工会', '派出所']) expect(isGenericOrgName(g), g).toBe(true);
    expect(isGenericOrgName('青川县总工会')).toBe(false);
  });
  it("the refiner drops the model's generic organisations", () => {
    const text = '据了解，该公司已与快递公司签约。';
    expect(orgs(text, [ent(text, '该公司'), ent(text, '快递公司')])).toEqual([]);
  });
});

describe('structure: [place][name][kind]', () => {
  it('finds a name the model missed, from its kind word', () => {
    const text = '昨天，南昌市交通运输局发布了通知。';
    expect(orgs(text, [])).toContain('南昌市交通运输局');
  });
  it('reads a set phrase (jieba: l) as part of a name', () => {
    const text = '青川县技术创新中心昨日揭牌。';
    expect(orgs(text, [])).toContain('青川县技术创新中心');
  });
  it('joins a place right before an organisation into one name', () => {
    const text = '记者从杭州市文化广电旅游局获悉。';
    const model = [ent(text, '杭州市', 'LOC'), ent(text, '文化广电旅游局')];
    expect(orgs(text, model)).toEqual(['杭州市文化广电旅游局']);
  });
  it('cuts a span that runs on past its kind word', () => {
    const text = '湖南省教育厅积极推动了工作。';
    expect(orgs(text, [ent(text, '湖南省教育厅积极推动')])).toContain('湖南省教育厅');
  });
  it("ends a name before a person's title that the model took in, and drops a title with no name", () => {
    const text = '他是江河省农机标准化委员会委员，也是全国青年科技专家。';
    const model = [ent(text, '江河省农机标准化委员会委员'), ent(text, '全国青年科技专家')];
    expect(orgs(text, model)).toEqual(['江河省农机标准化委员会']);
    const board = '东湖大学理事会发布公告。';
    expect(orgs(board, [ent(board, '东湖大学理事会')])).toEqual(['东湖大学理事会']);
  });
  it('completes a kind word the model cut short', () => {
    const text = '他来自宁波市鄞州区人民政府。';
    expect(orgs(text, [ent(text, '宁波市鄞州区人民政')])).toEqual(['宁波市鄞州区人民政府']);
  });
});

describe('Latin script', () => {
  it('an acronym acting as an organisation is one; a term is not', () => {
    const text = '据ABC报道，GDP增长了。';
    expect(latinCandidates(text).map((e) => e.text)).toEqual(['ABC']);
  });
  it('English sentence fragments are not names', () => {
    expect(isEnglishFragment({ type: 'ORG', text: 'each of the', start: 0, end: 11, score: 1, source: 'model' })).toBe(true);
    expect(isEnglishFragment({ type: 'ORG', text: 'Northwind Motors', start: 0, end: 16, score: 1, source: 'model' })).toBe(false);
  });
});

describe('the whole article', () => {
  it('untyped members of a list of organisations become organisations', () => {
    const text = '参展企业包括星河电子、蓝鲸物流、云帆航空和海石重工等。';
    const model = [ent(text, '星河电子'), ent(text, '云帆航空')];
    const found = orgs(text, model);
    expect(found).toContain('蓝鲸物流');
    expect(found).toContain('海石重工');
  });
  it('a short form is an alias of the full name, and a sub-name is not', () => {
    expect(isAbbreviation('南科大', '南方科技大学', ['南方', '科技', '大学'])).toBe(true);
    expect(isAbbreviation('中国银行', '中国人民银行', ['中国', '人民', '银行'])).toBe(false);
    expect(isAbbreviation('东湖大学', '东湖大学附属医院', ['东湖', '大学', '附属', '医院'])).toBe(false);
    expect(isAbbreviation('中科院', '中国科学院', ['中国', '科学院'])).toBe(true);
    expect(isAbbreviation('西大医院', '西海大学第二医院', ['西海', '大学', '第二', '医院'])).toBe(true);
    expect(isAbbreviation('湖师大', '湖州师范大学', ['湖州', '师范大学'])).toBe(true);
    // Another body inside the full name, or letters picked from inside words, are no short form.
    expect(isAbbreviation('江北税务局', '江北省东城市税务局稽查局', ['江北省', '东城市', '税务局', '稽查局'])).toBe(false);
    expect(isAbbreviation('中科院', '中医专科医院', ['中医', '专科', '医院'])).toBe(false);
    expect(isAbbreviation('联合大学', '联合国际交流医科大学', ['联合', '国际', '交流', '医科', '大学'])).toBe(false);
  });
  it('collects aliases with their mentions counted once', () => {
    const text = '南方科技大学今天开学。南科大校长致辞，南科大学生参加。';
    const es = [ent(text, '南方科技大学'), { ...ent(text, '南科大'), start: 11, end: 14 }, { ...ent(text, '南科大'), start: 19, end: 22 }];
    const list = collectOrganizations(es, seg.segment(text));
    expect(list).toEqual([
      {
        name: '南方科技大学',
        aliases: ['南科大'],
        mentions: 3,
        spans: [
          [0, 6],
          [11, 14],
          [19, 22],
        ],
      },
    ]);
  });
  it('a company’s trade name is an alias of its registered name, a parent is not', () => {
    const t = (text: string, full: string, short: string) => {
      const es = [ent(text, full), ent(text, short, 'ORG', 0.9, text.indexOf(full) + full.length)];
      return collectOrganizations(es, seg.segment(text)).map((o) => [o.name, ...o.aliases]);
    };
    expect(t('瑧琇控股有限公司今日公告，瑧琇股价上涨。', '瑧琇控股有限公司', '瑧琇')).toEqual([['瑧琇控股有限公司', '瑧琇']]);
    expect(t('上海瑧琇汽车有限公司称，瑧琇销量增长。', '上海瑧琇汽车有限公司', '瑧琇')).toEqual([['上海瑧琇汽车有限公司', '瑧琇']]);
    expect(t('东湖大学第一医院与东湖大学合作。', '东湖大学第一医院', '东湖大学')).toEqual([['东湖大学第一医院'], ['东湖大学']]);
  });
  it('offsets stay exact', () => {
    const text = '𠀋字在前，北京市海淀区人民政府和ABC报道。';
    for (const e of refineOrganizations(text, seg.segment(text), [])) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('lexicon', () => {
  it('finds every name in one pass, overlapping ones too', () => {
    const m = lexiconMatches('甲乙丙丁', ['甲乙', '乙丙丁', '丙']);
    expect(m.map((x) => x.text)).toEqual(['甲乙', '乙丙丁', '丙']);
  });
  it('ships names from its packaged sources', () => {
    expect(lexiconMatches('北京大学').map((x) => x.text)).toContain('北京大学');
  });
  it('holds no part of a region that jieba tags as an organisation (中西部)', () => {
    expect([...lexiconNames()].filter((n) => /[东西南北中]部$/.test(n))).toEqual([]);
    expect(lexiconNames().has('北海舰队')).toBe(true);
  });
  it('holds no thing a body made, ran or set, whatever its gloss mentions (an exam, a knife, a holiday, an award, an index)', () => {
    // CC-CEDICT glosses name a body in these: "Swiss Army knife", "Army Day", "an Academy Award", "SSE Composite Index".
    for (const thing of ['瑞士军刀', '建军节', '奥斯卡金像奖', '上证综合指数', '高考', '邓小平理论', '翰林学士'])
      expect(lexiconNames().has(thing)).toBe(false);
    expect(lexiconNames().has('恒生')).toBe(true);
    expect(lexiconNames().has('中国人民解放军海军')).toBe(true);
  });
  it('holds 厅 after a field (公安厅), not a hall or a room after a place or a guest (香港厅, 贵宾厅)', () => {
    expect(['香港厅', '贵宾厅', '美发厅'].filter((n) => lexiconNames().has(n))).toEqual([]);
    expect(lexiconNames().has('广东省公安厅')).toBe(true);
    expect(lexiconNames().has('国务院办公厅')).toBe(true);
  });
  it('reads a lounge of an airport as a venue (机场贵宾厅)', () => {
    const text = '持卡人可以使用首都机场贵宾厅等服务。';
    expect(orgs(text, [])).toEqual([]);
  });
});

describe('run-ons the span itself shows', () => {
  it('a periodical in title marks is its title, without the country or kind around it', () => {
    const text = '据英国《晨星时报》报道，另据《江湾周刊》杂志，此事仍在调查。';
    const found = orgs(text, [ent(text, '英国《晨星时报》')]);
    expect(found).toContain('晨星时报');
    expect(found).toContain('江湾周刊');
    expect(found.some((o) => /[《》]/.test(o))).toBe(false);
  });
  it('a title that is a document, a book or a law is no outlet', () => {
    const text = '会议通过了《关于加强管理的通报》，并学习了《平凡的世界》。';
    expect(orgs(text, [])).toEqual([]);
  });
  it('a Latin name with one Han character of the sentence after it loses the character', () => {
    const text = '除了QXZ外，其他厂商也在跟进。';
    expect(orgs(text, [ent(text, 'QXZ外')])).toEqual(['QXZ']);
  });
  it('a pair of bodies under one place is the first body', () => {
    const text = '青川市委市政府召开会议。';
    expect(orgs(text, [ent(text, '青川市委市政府')])).toEqual(['青川市委']);
  });
  it('a body named by its level alone is generic', () => {
    const text = '市委召开常委会，县委书记参加。';
    expect(orgs(text, [ent(text, '市委')])).toEqual([]);
  });
  it('a name joined to a generic phrase by a conjunction ends before the conjunction', () => {
    const text = '青川市政府与下列公司签署协议。';
    expect(orgs(text, [ent(text, '青川市政府与下列公司')])).toEqual(['青川市政府']);
  });
  it('an event is no organisation', () => {
    const text = '青川治理动员大会在市里召开。';
    expect(orgs(text, [ent(text, '青川治理动员大会')])).toEqual([]);
  });
});
