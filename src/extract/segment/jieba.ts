import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Token } from '../../record/schema.js';
import type { Segmenter } from './segmenter.js';

let shared: Jieba | undefined;

/**
 * The dictionary takes ~0.3 s to load, so one instance serves the whole process (thread):
 * the segmenter and the NER model's lexical features share it.
 */
export function sharedJieba(): Jieba {
  shared ??= Jieba.withDict(dict);
  return shared;
}

/**
 * jieba returns words without positions; they tile the input exactly, so offsets come
 * from a running cursor. White-space runs are words of their own (tag `x`) and are dropped.
 */
export function tokensFromWords(text: string, words: Array<{ word: string; tag: string }>): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of words) {
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue; // jieba never drops characters, but an unmatched word must not break offsets
    cursor = start + word.length;
    if (word.trim() === '') continue;
    tokens.push({ text: word, start, end: cursor, pos: tag });
  }
  return tokens;
}

export function createJiebaSegmenter(): Segmenter {
  return {
    name: 'jieba',
    segment(text: string): Token[] {
      if (text.length === 0) return [];
      return tokensFromWords(text, sharedJieba().tag(text, true));
    },
  };
}
