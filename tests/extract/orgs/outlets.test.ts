/**
 * News outlets named as a story's source (session 10, `outlets.ts`). Sentences and outlet names
 * written for these tests; no model entities are given, so every name here is the cue's.
 */
import { describe, expect, it } from 'vitest';
import { orgs } from '../../helpers/org-refiner.js';

describe('an outlet before a source cue', () => {
  it('is an organisation, however everyday its words (…新闻 | 记者, …报 | 讯, …网 | 记者)', () => {
    expect(orgs('晨光新闻记者注意到，涉事公司已于去年注销。', [])).toEqual(['晨光新闻']);
    expect(orgs('远山日报讯（记者 王晓）昨日，市场监管部门通报了三起案件。', [])).toEqual(['远山日报']);
    expect(orgs('星海网记者从市教委获悉，新学期将增加学位。', [])).toEqual(['星海网']);
  });
  it('is one after 据 and before 报道 or 消息, whatever jieba reads its words as', () => {
    expect(orgs('据远山新闻报道，涉事企业已被立案调查。', [])).toEqual(['远山新闻']);
  });
});

describe('words before a cue that name no outlet', () => {
  it('point at the paper or say what a reporter covers (本报, 财经新闻, 都市报, 当地电视台)', () => {
    const text = '本报记者从市里获悉，财经新闻记者、都市报记者和当地电视台记者也到了现场。';
    expect(orgs(text, [])).toEqual([]);
  });
  it('are a headline run into the dateline, or a periodical kind alone', () => {
    expect(orgs('新型消毒法使水更纯净本报讯日前，一家公司推出新产品。', [])).toEqual([]);
    expect(orgs('他告诉周报记者，明年还会再来。', [])).toEqual([]);
  });
  it('are a network or a release, not an outlet (互联网, 公报)', () => {
    expect(orgs('互联网记者和公报记者都来了。', [])).toEqual([]);
  });
});

describe("an outlet's channel after a middle dot", () => {
  it('is one name with the outlet, as written (…日报·… | 记者)', () => {
    const text = '远山日报·星海号记者 王晓 报道。';
    expect(orgs(text, [])).toEqual(['远山日报·星海号']);
  });
  it('needs an outlet before the dot (人物·星海号 names none)', () => {
    expect(orgs('人物·星海号记者 王晓 报道。', [])).toEqual([]);
  });
});
