/**
 * Keywords by TF-IDF over the article's own jieba tokens (no second segmentation): content
 * words of two or more characters, their share of the article's content words times their IDF.
 */
import type { Keyword, Token } from '../../record/schema.js';
import { KEYWORD_POS, KEYWORD_STOPWORDS } from './data/stopwords.js';
import type { IdfTable } from './idf.js';

export { loadIdf, parseIdf, type IdfTable } from './idf.js';

const POS = new Set(KEYWORD_POS);
const STOP = new Set(KEYWORD_STOPWORDS);
const HAS_LETTER = /\p{L}/u;
export const KEYWORDS_TOP_K = 10;

export const isContentWord = (t: Token): boolean => t.text.length >= 2 && POS.has(t.pos) && HAS_LETTER.test(t.text) && !STOP.has(t.text);

/**
 * Words written together at least twice (科技 + 创新, 大湾 + 区) are one term:
 * jieba cuts such compounds, and the compound is what the article is about. Its words then
 * count only where they stand alone.
 */
const PHRASE_MIN = 2;
const PHRASE_MAX_WORDS = 3;

const isPart = (t: Token): boolean => POS.has(t.pos) && HAS_LETTER.test(t.text) && !STOP.has(t.text) && t.pos !== 'eng';

export function extractKeywords(tokens: Token[], idf: IdfTable, topK: number = KEYWORDS_TOP_K): Keyword[] {
  const joined = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start && isPart(a) && isPart(b);
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++)
    if (joined(tokens[i], tokens[i + 1]))
      pairs.set(tokens[i]!.text + '\u0000' + tokens[i + 1]!.text, (pairs.get(tokens[i]!.text + '\u0000' + tokens[i + 1]!.text) ?? 0) + 1);
  const frequent = (a: Token | undefined, b: Token | undefined): boolean =>
    joined(a, b) && (pairs.get(a!.text + '\u0000' + b!.text) ?? 0) >= PHRASE_MIN;

  const counts = new Map<string, { n: number; idf: number }>();
  const bump = (text: string, w: number): void => {
    const c = counts.get(text);
    if (c) c.n++;
    else counts.set(text, { n: 1, idf: w });
  };
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let j = i;
    // A third word only when it is a one-character suffix (粤港澳 + 大湾 + 区): two-word
    // compounds chained by chance (科技创新 + 合作) are not one term.
    while (j - i + 1 < PHRASE_MAX_WORDS && frequent(tokens[j], tokens[j + 1]) && (j === i || tokens[j + 1]!.text.length === 1)) j++;
    if (j > i) {
      const parts = tokens.slice(i, j + 1);
      total++;
      bump(parts.map((p) => p.text).join(''), Math.max(...parts.map((p) => idf.idf(p.text))));
      i = j;
      continue;
    }
    if (!isContentWord(t)) continue;
    total++;
    const key = t.pos === 'eng' ? t.text.toLowerCase() : t.text;
    bump(key, idf.idf(key));
  }
  if (total === 0) return [];
  return [...counts]
    .map(([text, c]) => ({ text, weight: Math.round((c.n / total) * c.idf * 1e4) / 1e4 }))
    .sort((a, b) => b.weight - a.weight || (a.text < b.text ? -1 : 1))
    .slice(0, topK);
}
