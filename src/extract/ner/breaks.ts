import type { TokenSpan } from './tokenize.js';

const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;

/**
 * Tokens that no entity may run on into: those separated from the previous token by white space
 * with a Han character on each side. Chinese writes names without spaces, so such a space is a
 * separator (bylines and photo credits: "记者 王芳 摄"), but the tokenizer drops it and the model
 * never sees it, and tagged "王芳 摄" as one person. Latin names ("Jack Ma") keep their spaces.
 * Returns null when the text has no such gap (the common case), else a 0/1 flag per token.
 */
export function entityBreaks(text: string, toks: readonly TokenSpan[]): Uint8Array | null {
  let out: Uint8Array | null = null;
  for (let k = 1; k < toks.length; k++) {
    const a = toks[k - 1]!.end;
    const b = toks[k]!.start;
    if (b === a || !SPACE.test(text.slice(a, b))) continue;
    if (!HAN.test(String.fromCodePoint(text.codePointAt(toks[k - 1]!.start)!))) continue;
    if (!HAN.test(String.fromCodePoint(text.codePointAt(b)!))) continue;
    (out ??= new Uint8Array(toks.length))[k] = 1;
  }
  return out;
}
