/**
 * Short forms the model left untyped or read as a place or person, of an organisation the article
 * names in full: 中科院 of 中国科学院, 中移动 of 中国移动通信集团公司 (through its trade name 中国移动).
 */
import type { Entity } from '../../record/schema.js';
import { abbreviationTest, wordsIn } from './aliases.js';
import { tradeNameForms, tradeNameWords, type NameWords } from './trade-names.js';
import type { TokenIndex } from './token-index.js';

const HAN = /^[\u4e00-\u9fff]+$/u;

/** The names a short form may abbreviate: each full name, and a registered name's trade names (中国移动 of 中国移动通信集团公司). */
function bases(index: TokenIndex, fulls: readonly Entity[]): NameWords[] {
  return fulls.flatMap((f) => [
    { text: f.text, words: wordsIn(index, f.start, f.end) },
    ...tradeNameWords(tradeNameForms(f.text, index.within(f.start, f.end), f.start)),
  ]);
}

/** Places and persons, and words the model left untyped, that abbreviate an organisation named in full. */
export function shortFormCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const fulls = [...new Map(entities.filter((e) => e.type === 'ORG' && e.text.length >= 4).map((e) => [e.text, e])).values()];
  if (fulls.length === 0) return [];
  const names = bases(index, fulls);
  const tests = names.map((b) => abbreviationTest(b.text, b.words));
  const out: Entity[] = [];
  const consider = (start: number, end: number): void => {
    const s = text.slice(start, end);
    if (tests.some((test) => test(s))) out.push({ type: 'ORG', text: s, start, end, score: 0.6, source: 'alias' });
  };
  // A two-character place or person is too often a name of its own (法国) to retype.
  for (const e of entities) if ((e.type === 'LOC' || e.type === 'PERSON') && e.end - e.start >= 3) consider(e.start, e.end);
  // Untyped words only when jieba marks them as abbreviations (j) or bodies (nt: 国开行): 中文 is no short form of anything.
  const tokens = index.tokens;
  for (const t of tokens) if ((t.pos === 'j' || t.pos === 'nt') && t.text.length >= 2) consider(t.start, t.end);
  // jieba splits a short form it does not know after its first character (中/f + 移动/vn of 中移动): three characters
  // of two words, outside every name, read off a full name's words.
  const inName = (start: number, end: number): boolean => entities.some((e) => e.start < end && start < e.end);
  // A short form opens with its name's first character: only those pairs are read.
  const firsts = new Set(names.map((b) => b.text[0]));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.text.length !== 1 || !firsts.has(a.text) || b.text.length !== 2 || a.end !== b.start || !HAN.test(a.text + b.text)) continue;
    if (!inName(a.start, b.end)) consider(a.start, b.end);
  }
  return out;
}
