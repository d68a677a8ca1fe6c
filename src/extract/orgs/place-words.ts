/**
 * Whether words are a place when read alone. jieba tags a word by its context: 韩国 inside 韩国现代/nr
 * and a country after 一家 may come out as a person's name; alone, the dictionary says what it is.
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
