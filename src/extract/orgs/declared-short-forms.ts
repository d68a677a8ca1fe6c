/**
 * A short form the article declares right after a full name (星河研究院（以下简称“星研院”）, 中国国际经济
 * 交流中心（简称国经中心）) names the same organisation wherever it is written, whatever its letters
 * and whatever the model read there.
 */
import type { Entity } from '../../record/schema.js';
import { DECLARED_SHORT_FORM_CLOSE, DECLARED_SHORT_FORM_OPEN } from './data/sentence-words.js';
import type { TokenIndex } from './token-index.js';
import { LATIN_NOT_NAME_SET } from './data/kinds.js';

const SHORT_FORM = /^[\u4e00-\u9fffA-Za-z0-9&·]{2,8}/u;
/** How far after the full name the declaration may open: （以下简称“ is seven characters. */
const MAX_OPENING = 8;

/** A short form in brackets with no word declaring it: （浙大一院） after its full name, （FBI）. */
const BRACKETED = /^[（(]([\u4e00-\u9fff]{2,6}|[A-Z][A-Z&]{1,5})[）)]/u;

/** A name in Latin letters in brackets, a capital first, of a few words (（Goldman Sachs）, （UniversalPictures）). */
const LATIN_SPELLING = /^[（(]([A-Z][A-Za-z0-9&.'-]*[a-z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&.'-]+){0,4})[）)]/u;
const MAX_LATIN_SPELLING = 48;

/**
 * The short form in brackets right after `full`: an acronym in capitals, or Han characters that
 * abbreviate it (浙江大学医学院附属第一医院（浙大一院）); not a place or a note (（北京）, （图）).
 */
function bracketedAfter(text: string, full: Entity): string | null {
  // 高盛集团（Goldman Sachs）: its name in Latin letters, the other spelling the guidelines count apart.
  const latin = LATIN_SPELLING.exec(text.slice(full.end, full.end + MAX_LATIN_SPELLING));
  if (latin && !LATIN_NOT_NAME_SET.has(latin[1]!)) return latin[1]!;
  const m = BRACKETED.exec(text.slice(full.end, full.end + 9));
  if (!m) return null;
  const short = m[1]!;
  if (/^[A-Z]/.test(short)) return short;
  // The brackets declare it: its characters need only be the full name's, in order, from its first
  // (浙大一院 of 浙江大学医学院附属第一医院; 世卫组织 of 世界卫生组织). A part of the name as written
  // is its place or its parent (北京云帆智行科技有限公司（北京）), no short form.
  return isShortFormOf(short, full.text) ? short : null;
}

/** Characters of the full name, in order, from its first, and not a part of it as written (its place, its parent). */
export function isShortFormOf(short: string, full: string): boolean {
  return short[0] === full[0] && !full.includes(short) && isSubsequence(short, full);
}

function isSubsequence(short: string, full: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The short form declared right after `full`, by words (（以下简称“星研院”）) or by brackets alone
 * (（浙大一院）), if one is. The refiner and `collectOrganizations` both read it here.
 */
export function declaredAfter(text: string, full: Entity): string | null {
  return declaredInWords(text, full) ?? bracketedAfter(text, full);
}

function declaredInWords(text: string, full: Entity): string | null {
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
