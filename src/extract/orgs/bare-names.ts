/**
 * An organisation named once in full and then without its kind word: 苹果公司 … 苹果, 骏威客车厂 …
 * 骏威. The bare name is a short form only when it is a name by itself (a proper noun to
 * jieba, an abbreviation, a Latin word, or a name the lexicon knows), never a place (北京 is
 * not 北京大学) and never an everyday word (工商 is not 工商银行).
 */
import type { Entity } from '../../record/schema.js';
import { isAllGeneric, kindOf } from './generic.js';
import { lexiconNames } from './lexicon.js';
import { PLACE_NAMED_KINDS } from './data/kinds.js';
import type { TokenIndex } from './token-index.js';
import { BARE_NAME_CUES } from './data/cues.js';
import { cueAfterModifier } from './cue-after.js';
import { PREDICATE_OPENERS } from './data/sentence-words.js';

const PROPER_POS = /^(nz|nt|nrt|j|eng|x)$/;
const PLACE_END = /[省市县区州国镇乡村]$/;
const SURE_FULL_NAME = 0.9;
/** The model is less sure of Latin names than of Han ones (VenrockAssociates at 0.88). */
const SURE_LATIN_FULL_NAME = 0.85;
const NAME_TEXT = /^[\u4e00-\u9fffA-Za-z0-9&]{2,8}$/;

export function bareNameCandidates(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  const count = (type: string, t: string): number => entities.filter((e) => e.type === type && e.text === t).length;
  const heads = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    const kind = kindOf(e.text);
    // A government's bare name is its place (英法 of 英法政府, 广州 of 广州市政府): a place, not a short form.
    if (!kind || PLACE_NAMED_KINDS.has(kind)) continue;
    const head = e.text.slice(0, e.text.length - kind.length);
    if (!NAME_TEXT.test(head) || PLACE_END.test(head) || isAllGeneric(head)) continue;
    // A full name the model is sure of, written as often as the bare name is read as a person,
    // outweighs that reading (普林斯顿大学 twice against 普林斯顿 twice; not 洛克菲勒大学 once
    // against the family 洛克菲勒 throughout the article). So it does the model's reading of it as
    // a place (泰龙公司 six times against 泰龙 read as a place in 泰龙模式), unless jieba or the
    // lexicon knows that place (a jieba place never becomes a short form below).
    const asPerson = count('PERSON', head);
    if (asPerson > 0 && (e.score < SURE_FULL_NAME || asPerson > count('ORG', e.text))) continue;
    const asPlace = count('LOC', head);
    if (asPlace > 0 && (e.score < SURE_FULL_NAME || asPlace > count('ORG', e.text) || lexiconNames().has(head))) continue;
    heads.set(head, e);
  }
  if (heads.size === 0) return [];
  const out: Entity[] = [];
  for (const word of index.tokens) {
    // jieba glues a word that opens the predicate to a name it does not know (顺丰则/x | 加大): the name is the word without it.
    const glued = word.pos === 'x' && PREDICATE_OPENERS.has(word.text.at(-1)!) && heads.has(word.text.slice(0, -1));
    const t = glued ? { ...word, text: word.text.slice(0, -1), end: word.end - 1 } : word;
    const full = heads.get(t.text);
    if (!full) continue;
    const known = PROPER_POS.test(t.pos) || lexiconNames().has(t.text);
    // An everyday word (联想/v) right before what only a company does or has (联想 | CEO) is the company the article named in full.
    const cued = !known && (BARE_NAME_CUES.some((c) => text.startsWith(c, t.end)) || cueAfterModifier(text, index, t.end, BARE_NAME_CUES));
    if (!known && !cued) continue;
    if (t.pos === 'ns' && !lexiconNames().has(t.text)) continue;
    out.push({
      type: 'ORG',
      text: t.text,
      start: t.start,
      end: t.end,
      score: cued ? full.score : Math.min(full.score, 0.6),
      source: 'alias',
    });
  }
  return out;
}

/** A Latin name's first word before another capitalised one (Venrock of VenrockAssociates, Goldman of Goldman Sachs). */
const LATIN_FIRST_WORD = /^([A-Z][a-z]{3,})(?= ?[A-Z][A-Za-z])/;

/**
 * A Latin company name written in full once and then by its first word (VenrockAssociates …
 * Venrock): the model reads the bare word as a person or a place, but persons are seldom written
 * in Latin letters in Chinese text, and a word the article uses for a company it named in full is
 * that company.
 */
export function latinBareNameCandidates(entities: readonly Entity[]): Entity[] {
  const heads = new Map<string, Entity>();
  for (const e of entities) {
    const m = e.type === 'ORG' && e.score >= SURE_LATIN_FULL_NAME ? LATIN_FIRST_WORD.exec(e.text) : null;
    if (m) heads.set(m[1]!, e);
  }
  if (heads.size === 0) return [];
  return entities
    .filter((e) => (e.type === 'PERSON' || e.type === 'LOC') && heads.has(e.text))
    .map((e) => ({ ...e, type: 'ORG' as const, score: Math.min(heads.get(e.text)!.score, 0.6), source: 'alias' }));
}
