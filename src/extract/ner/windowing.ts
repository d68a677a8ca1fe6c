import type { TokenSpan } from './tokenize.js';

/** Characters after which a sentence ends, and (when a sentence is too long) a clause. */
const STRONG = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '》', '】']);
const WEAK = new Set(['，', ',', '、', '：', ':']);

export type Window = { from: number; to: number };

/**
 * Cut a token sequence into windows of at most `maxTokens` tokens: first at sentence ends (and
 * line breaks), then, for a sentence that is too long, at clause marks, then anywhere. Windows are
 * contiguous and cover every token, so no text is lost.
 */
export function windowTokens(text: string, tokens: readonly TokenSpan[], maxTokens: number): Window[] {
  if (maxTokens < 1) throw new Error('maxTokens must be positive');
  const sentences: Window[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const s = text.slice(t.start, t.end);
    let cut = false;
    if (!next) cut = true;
    else if (text.slice(t.end, next.start).includes('\n')) cut = true;
    else if (STRONG.has(s) || CLOSERS.has(s)) {
      const ns = text.slice(next.start, next.end);
      // keep a run of closing marks (and repeated ends such as ！！) with the sentence
      const endsHere = CLOSERS.has(s) ? sentenceEndBefore(text, tokens, i) : true;
      cut = endsHere && !STRONG.has(ns) && !CLOSERS.has(ns);
    }
    if (cut) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  const out: Window[] = [];
  for (const w of sentences) {
    if (w.to - w.from <= maxTokens) out.push(w);
    else out.push(...splitLong(text, tokens, w, maxTokens));
  }
  return out;
}

function sentenceEndBefore(text: string, tokens: readonly TokenSpan[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const s = text.slice(tokens[k]!.start, tokens[k]!.end);
    if (STRONG.has(s)) return true;
    if (!CLOSERS.has(s)) return false;
  }
  return false;
}

function splitLong(text: string, tokens: readonly TokenSpan[], w: Window, max: number): Window[] {
  const out: Window[] = [];
  let from = w.from;
  while (w.to - from > max) {
    // the last clause mark that keeps the window within max tokens, if any in its second half
    let cut = -1;
    for (let i = from + max - 1; i >= from + Math.floor(max / 2); i--) {
      const t = tokens[i]!;
      if (WEAK.has(text.slice(t.start, t.end))) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) cut = from + max;
    out.push({ from, to: cut });
    from = cut;
  }
  if (from < w.to) out.push({ from, to: w.to });
  return out;
}
