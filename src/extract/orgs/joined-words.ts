/**
 * A word jieba holds as a proper noun (大连实德/nz), or a capitalised Latin word (Meta, or SK glued to
 * the noun after it: SK海力士), that the model left untyped or typed on a coin flip (长春亚泰, a person
 * at 0.50), joined by 和, 与 or 及 to an organisation the model is sure of (天津泰达和大连实德, 微软和Meta):
 * what a conjunction joins is of one kind. Not 、, which joins roles as readily (民建中央常委, 政协委员、
 * …常委), nor an abbreviation (j: 六中全会和十五大) or a body's word jieba holds (nt), which the other
 * steps read.
 */
import type { Entity, Token } from '../../record/schema.js';
import { isAllGeneric, isGenericOrgName } from './generic.js';
import { NAME_TYPES, overlaps } from './spans.js';
import { LATIN_NOT_NAME_SET } from './data/kinds.js';
import { COIN_FLIP_SCORE } from './vouching.js';

const JOINING = new Set(['和', '与', '及']);
const PROPER_WORD = /^nz$/;
const HAN_WORD = /^[\u4e00-\u9fff]{2,}$/u;
/** A capitalised Latin word or an acronym (微软和Meta, 英特尔与AMD), no common term (GDP). */
const LATIN_NAME = /^(?:[A-Z][A-Za-z0-9&]{2,}|[a-z][A-Z][A-Za-z0-9&]+|[A-Z][A-Z&]{1,5})$/;
const NOT_NAMES = LATIN_NOT_NAME_SET;
const isNameWord = (t: Token): boolean =>
  (PROPER_WORD.test(t.pos) && HAN_WORD.test(t.text)) || (t.pos === 'eng' && LATIN_NAME.test(t.text) && !NOT_NAMES.has(t.text));
/** A word jieba reads as a person's name (戴尔/nr, a transliteration as often as a person): a name only where the model flipped a coin over it. */
const isPersonWord = (t: Token): boolean => /^nrt?$/.test(t.pos) && HAN_WORD.test(t.text);
/** As sure as a pair's other member must be (伟德 of 伟德、bet365) for it to speak for the pair. */
const SURE_SCORE = 0.9;

/** A Han noun right after `end`, no space between (海力士/n after SK). */
const isGluedHanNoun = (t: Token | undefined, end: number): boolean =>
  !!t && t.start === end && /^(n|nr|nz|nt|x)$/.test(t.pos) && HAN_WORD.test(t.text);

export function joinedWordCandidates(text: string, tokens: readonly Token[], entities: readonly Entity[]): Entity[] {
  // Sure organisations by where they end and start, looked up once for every word beside a conjunction.
  const sure = entities.filter((e) => e.type === 'ORG' && e.score >= SURE_SCORE);
  if (sure.length === 0) return [];
  const sureEnds = new Set(sure.map((e) => e.end));
  const sureStarts = new Set(sure.map((e) => e.start));
  const out: Entity[] = [];
  tokens.forEach((t, k) => {
    const personWord = isPersonWord(t);
    if (!isNameWord(t) && !personWord) return;
    // SK | 海力士: a Latin word glued to the Han noun after it is the start of a name that goes on.
    const goesOn = t.pos === 'eng' && isGluedHanNoun(tokens[k + 1], t.end);
    const last = goesOn ? tokens[k + 1]! : t;
    const span = { text: text.slice(t.start, last.end), start: t.start, end: last.end };
    const prev = tokens[k - 1];
    const next = tokens[goesOn ? k + 2 : k + 1];
    const left = !!prev && JOINING.has(prev.text) && sureEnds.has(prev.start);
    const right = !!next && JOINING.has(next.text) && sureStarts.has(next.end);
    if (!left && !right) return;
    const typed = (e: Entity): boolean =>
      NAME_TYPES.has(e.type) && overlaps(e, span) && !(e.start === span.start && e.end === span.end && e.score < COIN_FLIP_SCORE);
    if (isAllGeneric(span.text) || isGenericOrgName(span.text) || entities.some(typed)) return;
    // 戴尔和惠普 (戴尔 a person at 0.59): the model's coin flip over the word itself, not its silence, lets a person's word be a body.
    if (personWord && !entities.some((e) => NAME_TYPES.has(e.type) && e.start === span.start && e.end === span.end)) return;
    out.push({ type: 'ORG', ...span, score: 0.5, source: 'list' });
  });
  return out;
}
