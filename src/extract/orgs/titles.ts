/**
 * Newspapers and magazines are written in book-title marks (《卫报》). The outlet a reader lists
 * is the title itself: without the marks, and without the country before them or the kind
 * word after them (英国《卫报》, 《读者文摘》杂志). Other titles (books, laws, reports) are no
 * organisations, so a title is a candidate only when it ends like a periodical.
 *
 * A writer puts an unfamiliar organisation's full name in quotation marks (位于斯里兰卡的“补充医学
 * 开放国际大学”): quoted words that end with a kind are its name, however common its words. A
 * short quoted term is as often a coinage (“影子银行”, “皮包公司”), so the name before the kind
 * must be long.
 */
import type { Entity } from '../../record/schema.js';
import { NOT_PERIODICALS, PERIODICAL_KINDS } from './data/kinds.js';
import { isGenericOrgName, kindOf } from './generic.js';
import { DESIGNATION_KINDS, EVENT_ENDINGS, VENUE_ENDINGS } from './data/kinds.js';
import type { TokenIndex } from './token-index.js';

const TITLE = /《([^《》\n]{2,24})》/g;
const MARKS = /[《》]/;

const isPeriodical = (title: string): boolean =>
  PERIODICAL_KINDS.some((k) => title.endsWith(k) && title.length > k.length) &&
  !NOT_PERIODICALS.some((k) => title.endsWith(k)) &&
  !isGenericOrgName(title);

/** A model name that holds a title in marks is that title; one with a stray mark loses it. */
export function withoutTitleMarks(text: string, e: Entity): Entity | null {
  if (!MARKS.test(e.text)) return e;
  const open = e.text.indexOf('《');
  const close = e.text.indexOf('》', open + 1);
  if (open >= 0 && close > open + 1) {
    const start = e.start + open + 1;
    const end = e.start + close;
    return { ...e, start, end, text: text.slice(start, end) };
  }
  // One mark only: the name is the longer side of it.
  const at = e.text.search(MARKS);
  const left = { start: e.start, end: e.start + at };
  const right = { start: e.start + at + 1, end: e.end };
  const side = right.end - right.start >= left.end - left.start ? right : left;
  return side.end - side.start >= 2 ? { ...e, ...side, text: text.slice(side.start, side.end) } : null;
}

/** Each periodical title in marks, as an organisation. */
export function periodicalCandidates(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(TITLE)) {
    const title = m[1]!;
    if (!isPeriodical(title) || /[，。；：！？,;:!?]/.test(title)) continue;
    const start = m.index + 1;
    out.push({ type: 'ORG', text: title, start, end: start + title.length, score: 0.6, source: 'title' });
  }
  return out;
}

/** Words of honours, ratings and designations given to bodies (先进集体, 文明单位, 试点学校, 特色学校). */
const HONOURS = ['先进', '优秀', '模范', '文明', '示范', '标兵', '十佳', '百强', '试点', '特色'];
/**
 * Words of a sentence, not of a name: particles, pronouns, numerals, adverbs and the copula
 * (“中国队是支强队”, “一个好的守门员等于半支队”, “能够取得意外成功的球队”).
 */
const SENTENCE_POS = /^(uj|ul|uz|ug|r|m|d)$/;
const SENTENCE_WORDS = new Set(['是', '等于', '能够', '面对', '禁止', '为', '在']);
const QUOTED = /[“"]([\u4e00-\u9fffA-Za-z0-9·&]{6,24})[”"]/g;
/** The shortest name before the kind in quotation marks: a coinage is one or two words (“影子” + 银行). */
const MIN_QUOTED_HEAD = 4;

/** Each full name in quotation marks that ends with an organisation's kind, as an organisation. */
export function quotedNameCandidates(text: string, index: TokenIndex): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const name = m[1]!;
    const kind = kindOf(name);
    const start = m.index + 1;
    const end = start + name.length;
    if (!kind || name.length - kind.length < MIN_QUOTED_HEAD || DESIGNATION_KINDS.has(kind)) continue;
    if (isGenericOrgName(name) || VENUE_ENDINGS.some((v) => name.endsWith(v)) || EVENT_ENDINGS.some((v) => name.endsWith(v))) continue;
    // “湖北省先进基层党组织”, “文明单位”: an honour a body is given, not its name.
    if (HONOURS.some((h) => name.includes(h))) continue;
    // The kind must be a word of its own or end one (…国际 + 大学), not the head of another (…集团化).
    if (!index.startsAt(start) || !index.endsAt(end)) continue;
    if (index.within(start, end).some((t) => SENTENCE_POS.test(t.pos) || SENTENCE_WORDS.has(t.text))) continue;
    out.push({ type: 'ORG', text: name, start, end, score: 0.6, source: 'quoted' });
  }
  return out;
}
