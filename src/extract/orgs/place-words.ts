/**
 * jieba reading words out of their sentence: whether they are a place, their tags, the words inside
 * one word. jieba tags a word by its context: 韩国 inside 韩国现代/nr and a country after 一家 may come
 * out as a person's name; alone, the dictionary says what it is.
 */
import { sharedJieba } from '../segment/jieba.js';

/** Whether jieba, reading the words alone, takes them for one place (韩国 of 韩国现代/nr). */
export function isPlaceWord(words: string): boolean {
  const tags = wordTags(words);
  return tags.length === 1 && tags[0]!.tag === 'ns';
}

/** jieba's words and tags for letters read alone, out of their sentence. */
export function wordTags(words: string): { word: string; tag: string }[] {
  return sharedJieba().tag(words, false);
}

/**
 * The words inside one jieba word, left to right, each the longest jieba knows from where the last
 * ended (国家开发银行/nt → 国家 开发 银行; 中国社会科学院 → 中国 社会 科学院): how a name jieba holds whole
 * is built.
 */
export function wordsInside(word: string): string[] {
  const parts = sharedJieba()
    .cutForSearch(word, true)
    .filter((w) => w.length < word.length);
  const out: string[] = [];
  for (let at = 0; at < word.length;) {
    const next = parts.filter((w) => word.startsWith(w, at)).sort((a, b) => b.length - a.length)[0] ?? word[at]!;
    out.push(next);
    at += next.length;
  }
  return out;
}

/**
 * Whether a word jieba files as a place is one: not a place and a word of another class after it
 * (上海 + 东方/s: a club named by its city and its sponsor). A name jieba cuts into pieces that are
 * no places (意大利 → 意大 + 利) is still the place.
 */
export function isPlacesAlone(word: string): boolean {
  const [first, ...rest] = wordsInside(word);
  const isPlace = (w: string): boolean => wordTags(w).every((t) => t.tag === 'ns');
  if (!first || rest.length === 0 || !isPlace(first)) return true;
  return !rest.some((w) => w.length >= 2 && !isPlace(w));
}
