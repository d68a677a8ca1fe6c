/**
 * A company's arm in China, written as its name and 中国 (微软中国, 软银中国, 戴尔中国): the model reads
 * 中国 there as the place, but the longest complete name as written is the arm's. Only where the name
 * ends after 中国 (微软中国 | 的总裁, 软银中国 | 领投): 苹果中国 | 市场 is a market.
 */
import type { Entity } from '../../record/schema.js';
import type { TokenIndex } from './token-index.js';
import { isSure } from './vouching.js';

const ARM = '中国';
/** What may follow an arm's name: a verb, an adverb, a preposition, 的, or punctuation (微软中国 | 的总裁, 软银中国 | 领投/x). */
const ENDS_NAME = /^(v|d|p|uj|c)$/;
const PUNCTUATION = /^[\p{P}\s]/u;

function endsName(index: TokenIndex, at: number): boolean {
  const next = index.startingAt(at);
  return !next || PUNCTUATION.test(next.text) || ENDS_NAME.test(next.pos) || (next.pos === 'x' && /^[\u4e00-\u9fff]{2}$/u.test(next.text));
}

export function withCountryArms(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    const place = entities[i + 1];
    const armWord = index.startingAt(e.end);
    if (
      e.type === 'ORG' &&
      isSure(e) &&
      place?.type === 'LOC' &&
      place.start === e.end &&
      place.text === ARM &&
      armWord?.end === place.end &&
      index.endsAt(e.end) &&
      endsName(index, place.end)
    ) {
      out.push({ ...e, end: place.end, text: text.slice(e.start, place.end) });
      i++;
      continue;
    }
    out.push(e);
  }
  return out;
}
