/**
 * Short forms of organisation names within one article: 中科院 for 中国科学院, 北大医院 for
 * 北京大学第一医院. A short form keeps the first character of the full name, ends with a
 * character of its kind word, and takes the rest in order from inside it. It is not a short form when it is a substring
 * (北京大学 is the parent of 北京大学第一医院) or made of whole words of the full name
 * (中国银行 is another bank than 中国人民银行).
 */
import type { Token } from '../../record/schema.js';

function inOrder(short: string, full: string): boolean {
  let j = 0;
  for (const ch of full) if (ch === short[j]) j++;
  return j === short.length;
}

/** `fullWords`: the full name's words (jieba), to tell a sub-name from a short form. */
export function isAbbreviation(short: string, full: string, fullWords: string[]): boolean {
  if (short.length < 2 || short.length >= full.length || full.includes(short)) return false;
  // Same first character; the last one taken from the kind (院 of 科学院, 大 of 大学).
  const kind = fullWords.at(-1) ?? full.slice(-1);
  if (short[0] !== full[0] || !kind.includes(short.at(-1) ?? '')) return false;
  if (!inOrder(short, full)) return false;
  // Made of whole words of the full name, in order: a different, shorter name.
  let rest = short;
  for (const w of fullWords) if (rest.startsWith(w)) rest = rest.slice(w.length);
  return rest.length > 0;
}

/** The words of the text span [start, end), from the article's tokens. */
export function wordsIn(tokens: Token[], start: number, end: number): string[] {
  return tokens.filter((t) => t.start >= start && t.end <= end).map((t) => t.text);
}
