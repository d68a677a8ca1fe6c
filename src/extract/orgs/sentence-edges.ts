/**
 * Words of the sentence at a model span's edges that no organisation's name holds: a year
 * that dates the clause (庚子年 | 义和团, 1998年 | …) and a quotation mark, which a name never
 * spans (古希腊 "archi), and a verb of joining (加盟 | 江苏三毛集团). Not a locative (就中 | 哥老会):
 * jieba reads the 中 of 中储粮 so too.
 */
import type { Entity } from '../../record/schema.js';
import { withEnd, withStart } from './spans.js';
import { DEPARTMENT_WORD, QUOTE_CLOSERS, QUOTE_OPENERS, WITHHELD, YEAR_WORD } from './data/sentence-words.js';
import type { TokenIndex } from './token-index.js';
import { MEMBERSHIP_VERBS } from './data/cues.js';
import { kindOf } from './generic.js';
import { lexiconNames, lexiconPrefixes } from './lexicon.js';

const MEMBERSHIP_VERB_SET: ReadonlySet<string> = new Set(MEMBERSHIP_VERBS);
const QUOTE = new RegExp(`[${QUOTE_OPENERS}${QUOTE_CLOSERS}]`);
const CLOSING_QUOTE = new RegExp(`[${QUOTE_CLOSERS}]`);
const OPENING_QUOTES = new RegExp(`^[${QUOTE_OPENERS}]+`);
/** The shortest name left after a cut: one character names nothing. */
const MIN_NAME_CHARS = 2;

/** Words that make what stands before a quotation mark a name of its own: a proper noun, an abbreviation, a Latin word. */
// Not nr: jieba reads foreign places as persons' names (波士顿).
const PROPER_POS = /^(nt|nz|j|eng|x)$/;

/** A kind, a lexicon name or a proper noun in it (光明日报 "读者来信", 新浪乐居“乐活地产”): not 天津市青年. */
function readsAsName(e: Entity, index: TokenIndex): boolean {
  if (kindOf(e.text) !== null || lexiconNames().has(e.text)) return true;
  return index.within(e.start, e.end).some((t) => PROPER_POS.test(t.pos) && /[\u4e00-\u9fffA-Za-z]/.test(t.text));
}

/** A kind, a lexicon name, or one word jieba knows as an organisation or an abbreviation (金管会). */
function isOrgWord(e: Entity, index: TokenIndex): boolean {
  if (kindOf(e.text) !== null || lexiconNames().has(e.text)) return true;
  const t = index.startingAt(e.start);
  return t?.end === e.end && /^(nt|j)$/.test(t.pos);
}

const isPlacesOnly = (e: Entity, index: TokenIndex): boolean => {
  const words = index.within(e.start, e.end);
  return words.length > 0 && words.every((t) => /^(ns|nr|nrt)$/.test(t.pos));
};

/** The span without those words, or null when nothing of a name is left. */
export function withoutSentenceEdges(text: string, whole: Entity, index: TokenIndex): Entity | null {
  // A quoted name with its branch or department after the marks (“星展中国”南宁分行) is one name as written.
  const closing = whole.text.search(CLOSING_QUOTE);
  if (closing >= 0 && kindOf(whole.text.slice(closing + 1)) !== null) return whole;
  // A quotation mark that opens the span is the phrase's, not the name's (“中国移动”).
  const opening = OPENING_QUOTES.exec(whole.text)?.[0].length ?? 0;
  let e = opening > 0 ? withStart(text, whole, whole.start + opening) : whole;
  const quote = QUOTE.exec(e.text);
  if (quote) {
    const end = e.start + e.text.slice(0, quote.index).trimEnd().length;
    const right = withStart(text, e, e.start + quote.index + 1);
    const left = withEnd(text, e, end);
    if (end - e.start >= MIN_NAME_CHARS && readsAsName(left, index)) e = left;
    // A place before the marks opens the phrase (美国波士顿“国际麻醉研究会, 古希腊 "archi-tecture"): the quoted name is the one.
    else if (isPlacesOnly(left, index) && !QUOTE.test(right.text) && isOrgWord(right, index)) e = right;
    else return null;
  }
  // 某 withholds what follows it: 招商银行某分行 names the bank, not a branch.
  const withheld = e.text.indexOf(WITHHELD);
  // Only a name of its own before it is kept (四川某研究所 names none).
  if (withheld >= MIN_NAME_CHARS && isOrgWord(withEnd(text, e, e.start + withheld), index)) e = withEnd(text, e, e.start + withheld);
  // 加盟 | 江苏三毛集团: a verb of joining opens the clause, not the name.
  const verb = index.startingAt(e.start);
  if (verb && MEMBERSHIP_VERB_SET.has(verb.text)) {
    if (e.end - verb.end < MIN_NAME_CHARS) return null;
    e = withStart(text, e, verb.end);
  }
  // jieba reads a year as one word (庚子年, 今年) or as a number and 年 (1998 | 年).
  let end = e.start;
  for (let i = 0; i < 2; i++) {
    const t = index.startingAt(end);
    if (!t || !/^(m|t)$/.test(t.pos) || t.end >= e.end) break;
    end = t.end;
    if (YEAR_WORD.test(text.slice(e.start, end))) return e.end - end >= MIN_NAME_CHARS ? withStart(text, e, end) : e;
  }
  return e;
}

/** Words of a field of work between a body and 部门 (地震 行政 主管). */
const FIELD_WORD_POS = /^(n|vn|an|v|b|l)$/;
/** How far the field words may reach. */
const MAX_FIELD_CHARS = 8;

/**
 * A known body followed by field words and 部门 (国务院 + 地震行政主管 + 部门, 国务院 + 卫生行政 +
 * 部门) speaks of one of its departments without naming it: a model span over any of that is the
 * body alone.
 */
export function withoutDepartmentDescription(text: string, e: Entity, index: TokenIndex): Entity {
  const first = index.startingAt(e.start);
  if (!first || first.end >= e.end) return e;
  // The longest known body the span opens with, ending where a word ends.
  const known = lexiconPrefixes(e.text)
    .map((m) => e.start + m.end)
    .filter((end) => index.endsAt(end));
  const head = Math.max(first.pos === 'nt' ? first.end : -1, ...known);
  if (head < 0) return e;
  for (let i = index.firstFrom(head); i < index.tokens.length; i++) {
    const t = index.tokens[i]!;
    if (t.end - head > MAX_FIELD_CHARS + DEPARTMENT_WORD.length) return e;
    if (t.text.endsWith(DEPARTMENT_WORD)) return e.end <= t.end ? withEnd(text, e, head) : e;
    if (!FIELD_WORD_POS.test(t.pos)) return e;
  }
  return e;
}
