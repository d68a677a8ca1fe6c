/**
 * Words of the sentence at a model span's edges that no organisation's name holds: a year
 * that dates the clause (庚子年 | 义和团, 1998年 | …) and a quotation mark, which a name never
 * spans (古希腊 "archi). Not a locative (就中 | 哥老会): jieba reads the 中 of 中储粮 so too.
 */
import type { Entity } from '../../record/schema.js';
import { withEnd, withStart } from './spans.js';
import { YEAR_WORD } from './data/sentence-words.js';
import type { TokenIndex } from './token-index.js';

const QUOTE = /["“”「」『』]/;
/** The shortest name left after a cut: one character names nothing. */
const MIN_NAME_CHARS = 2;

/** The span without those words, or null when nothing of a name is left. */
export function withoutSentenceEdges(text: string, whole: Entity, index: TokenIndex): Entity | null {
  // A quotation mark that opens the span is the phrase's, not the name's (“中国移动”).
  const opening = /^["“「『]+/.exec(whole.text)?.[0].length ?? 0;
  let e = opening > 0 ? withStart(text, whole, whole.start + opening) : whole;
  const quote = QUOTE.exec(e.text);
  if (quote) {
    const end = e.start + e.text.slice(0, quote.index).trimEnd().length;
    if (end - e.start < MIN_NAME_CHARS) return null;
    e = withEnd(text, e, end);
    // What the quote leaves may be the place that opened the phrase (古希腊 "archi-tecture").
    const rest = index.startingAt(e.start);
    if (rest?.end === e.end && rest.pos === 'ns') return null;
  }
  // jieba reads a year as one word (庚子年, 今年) or as a number and 年 (1998 | 年).
  let end = e.start;
  for (let i = 0; i < 2; i++) {
    const t = index.startingAt(end);
    if (!t || !/^(m|t)$/.test(t.pos) || t.end >= e.end) break;
    end = t.end;
    if (YEAR_WORD.test(text.slice(e.start, end))) return e.end - end >= MIN_NAME_CHARS ? withStart(text, e, end) : e;
  }
  return e;
}
