/**
 * jieba part-of-speech tags of everyday words (nouns, verbs, adjectives, adverbs, time and place
 * words, numerals, measure words, idioms), as opposed to proper nouns (nr, ns, nt, nz), abbreviations
 * (j) and foreign words (eng): one such word alone (技术, 工会, 芝麻) names no organisation, and a list
 * of them (马铃薯、蚕豆、橘子) is a list of things.
 */
export const EVERYDAY_WORD_POS: RegExp = /^(n|ng|v|vn|vd|a|ad|an|d|t|tg|m|b|r|l|i|f|s|q|z)$/;

/** Han characters only, no punctuation, digits or Latin letters. */
export const HAN_ONLY = /^[\u4e00-\u9fff]+$/u;

/** Proper nouns, abbreviations, foreign and unknown words: the tags a name's own word carries. */
export const PROPER_NOUN_POS: RegExp = /^(nt|nz|nr|nrt|ns|j|x|eng)$/;
