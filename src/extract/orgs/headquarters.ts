/**
 * A body's headquarters named after it (中国人民银行上海总部, 中国工商银行总部, 国际奥委会总部): the final
 * check drops 总部 as a venue, so the body's name before it, with the place between, is what the
 * article names. Only headquarters: the body a hall or a centre is named after is where an event is
 * held (在马鞍山市政府会议厅举行, 北京大学电教中心报告厅), and a lexicon brand before a cinema or a hotel
 * is the venue's name (国泰影院, 乐天宾馆), no body of its own.
 */
import type { Entity } from '../../record/schema.js';
import { HEADQUARTERS } from './data/kinds.js';
import { isGenericOrgName, kindOf } from './generic.js';
import { lexiconNames } from './lexicon.js';
import { withEnd } from './spans.js';
import type { TokenIndex } from './token-index.js';

const BODY_WORD_POS = /^(j|nt)$/;

function bodyOfHeadquarters(text: string, e: Entity, index: TokenIndex): Entity | null {
  if (!e.text.endsWith(HEADQUARTERS) || e.text.length <= HEADQUARTERS.length) return null;
  let end = e.end - HEADQUARTERS.length;
  // 中国人民银行 | 上海 | 总部: the place says where the office is.
  const words = index.within(e.start, end);
  while (words.length > 1 && words[words.length - 1]!.pos === 'ns') end = words.pop()!.start;
  if (!index.endsAt(end)) return null;
  const head = text.slice(e.start, end);
  if (head.length < 2 || isGenericOrgName(head)) return null;
  // 央行 | 上海 | 总部: one word jieba knows as an abbreviation or a body's name is the body, as a kind or the lexicon says.
  const one = index.startingAt(e.start);
  const abbreviated = !!one && one.end === end && BODY_WORD_POS.test(one.pos);
  return kindOf(head) !== null || lexiconNames().has(head) || abbreviated ? withEnd(text, e, end) : null;
}

/** Each organisation that names a body's headquarters, cut to the body. */
export function withHeadquartersCut(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  return entities.map((e) => (e.type === 'ORG' ? (bodyOfHeadquarters(text, e, index) ?? e) : e));
}
