/**
 * A short form the article declares right after a full name (星河研究院（以下简称“星研院”）, 中国国际经济
 * 交流中心（简称国经中心）) names the same organisation wherever it is written, whatever its letters
 * and whatever the model read there.
 */
import type { Entity } from '../../record/schema.js';
import { DECLARED_SHORT_FORM_CLOSE, DECLARED_SHORT_FORM_OPEN } from './data/sentence-words.js';
import type { TokenIndex } from './token-index.js';

const SHORT_FORM = /^[\u4e00-\u9fffA-Za-z0-9&·]{2,8}/u;
/** How far after the full name the declaration may open: （以下简称“ is seven characters. */
const MAX_OPENING = 8;

/** The short form declared right after `full`, if one is. */
export function declaredAfter(text: string, full: Entity): string | null {
  // The longest opening, its quotation mark included (（以下简称“ before （以下简称).
  for (let n = MAX_OPENING; n >= 1; n--) {
    if (!DECLARED_SHORT_FORM_OPEN.test(text.slice(full.end, full.end + n))) continue;
    const at = full.end + n;
    const m = SHORT_FORM.exec(text.slice(at, at + 8));
    if (!m) return null;
    // The longest run the close follows: 星研院” of 星研院”）.
    for (let len = m[0].length; len >= 2; len--) {
      if (DECLARED_SHORT_FORM_CLOSE.test(text.slice(at + len, at + len + 2))) return m[0].slice(0, len);
    }
    return null;
  }
  return null;
}

export function declaredShortFormCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const full of entities) {
    if (full.type !== 'ORG') continue;
    const short = declaredAfter(text, full);
    if (!short) continue;
    for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + short.length)) {
      // Where jieba reads it as words of its own, not inside a longer word (星研院士 is no mention).
      if (!index.startsAt(i) || !index.endsAt(i + short.length)) continue;
      out.push({ type: 'ORG', text: short, start: i, end: i + short.length, score: full.score, source: 'alias' });
    }
  }
  return out;
}
