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

/**
 * A direction that names companies and outlets as a place does where it opens the name (东方卫视,
 * 南方航空, 北方工业; jieba's s or f); after a noun it says where in that (城市 | 东方). Not 西部 or 东部,
 * a region of the country before schools and funds as often (西部中小学, CLUENER train).
 */
export const DIRECTION_REGIONS: ReadonlySet<string> = new Set(['东方', '南方', '北方']);
