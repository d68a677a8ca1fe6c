/**
 * A foreign name written in characters for its sounds, which jieba does not know: it cuts it into
 * pieces it reads as unknown words, persons' names and one-character places (苏伊士/nr 昂帝/x 欧/ns), and
 * the model, sure of the body, may begin its name at the last piece (欧 | 水务集团). The name begins where
 * the run of pieces begins. A Latin word broken by one stray character is one word too.
 */
import type { Entity, Token } from '../../record/schema.js';
import type { TokenIndex } from './token-index.js';
import { withEnd, withStart } from './spans.js';
import { HAN_ONLY } from './data/word-classes.js';
import { GOVERNMENT_LEVELS } from './data/kinds.js';

/** How sure the model must be of the body for its start to be read back. */
const SURE_BODY_SCORE = 0.9;
/** The tags jieba gives the pieces of a foreign name it does not know. */
const PIECE_POS = /^(x|nr|nrt|nrfg)$/;
/** How long the pieces before the model's start may run. */
const MAX_PIECES_CHARS = 8;

const isPiece = (t: Token | undefined): t is Token => !!t && PIECE_POS.test(t.pos) && HAN_ONLY.test(t.text);

/** 欧/ns after 昂帝/x: a one-character place that is no level (市 | 高级人民法院), right after an unknown word. */
function startsOnLastPiece(first: Token | undefined, before: Token | undefined, start: number): boolean {
  return (
    !!first &&
    !!before &&
    first.start === start &&
    first.text.length === 1 &&
    first.pos === 'ns' &&
    !GOVERNMENT_LEVELS.includes(first.text) &&
    before.end === start &&
    before.pos === 'x' &&
    HAN_ONLY.test(before.text)
  );
}

/** The model's name from where the foreign name's pieces begin, when it starts on the name's last piece. */
export function withForeignNameStart(text: string, e: Entity, index: TokenIndex): Entity {
  if (e.source !== 'model' || e.score < SURE_BODY_SCORE) return e;
  const k = index.firstFrom(e.start);
  if (!startsOnLastPiece(index.tokens[k], index.tokens[k - 1], e.start)) return e;
  let j = k - 1;
  const joined = (i: number): boolean => isPiece(index.tokens[i - 1]) && index.tokens[i - 1]!.end === index.tokens[i]!.start;
  while (joined(j) && e.start - index.tokens[j - 1]!.start <= MAX_PIECES_CHARS) j--;
  // Two pieces at least (苏伊士 + 昂帝): one unknown word alone is as often the sentence's words run together (秦正安为/x).
  return j < k - 1 ? withStart(text, e, index.tokens[j]!.start) : e;
}

/** What jieba makes of a stray character inside a Latin word: a morpheme or an unknown word, no word of the sentence. */
const STRAY_POS = /^(g|x)$/;

/**
 * Latin letters, one stray Han character and Latin letters again (VenrockAssoci鄄ates, Al鄄varAalto: a page's
 * decoding error inside a word): one word as written, so the name the model began runs to its end.
 */
export function acrossStrayCharacter(text: string, e: Entity, index: TokenIndex): Entity {
  if (!/[A-Za-z]$/.test(e.text)) return e;
  const stray = index.startingAt(e.end);
  if (!stray || stray.end !== e.end + 1 || !STRAY_POS.test(stray.pos) || !HAN_ONLY.test(stray.text)) return e;
  const rest = /^[A-Za-z]{2,}/.exec(text.slice(stray.end));
  return rest ? withEnd(text, e, stray.end + rest[0].length) : e;
}
