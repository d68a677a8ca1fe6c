/**
 * An article's jieba tokens (sorted, not overlapping), indexed for the lookups the
 * organisation steps make per name: the token ending at an offset, the tokens inside a
 * span. A scan of every token per name made a long page quadratic (a 38,000-character
 * fuzz input spent 6 s in completeKind alone).
 */
import type { Token } from '../../record/schema.js';

/** The index of the first of the sorted `tokens` starting at or after `pos` (tokens.length when none does). */
export function firstTokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TokenIndex {
  private readonly byEnd = new Map<number, number>();
  private readonly byStart = new Map<number, Token>();

  constructor(readonly tokens: Token[]) {
    tokens.forEach((t, i) => {
      this.byEnd.set(t.end, i);
      this.byStart.set(t.start, t);
    });
  }

  /** The token that starts at `pos`, if one does. */
  startingAt(pos: number): Token | undefined {
    return this.byStart.get(pos);
  }

  /** Whether a token starts at `pos` (a word boundary). */
  startsAt(pos: number): boolean {
    return this.byStart.has(pos);
  }

  /** Whether a token ends at `pos` (a word boundary). */
  endsAt(pos: number): boolean {
    return this.byEnd.has(pos);
  }

  /** The index of the first token starting at or after `pos` (tokens.length when none does). */
  firstFrom(pos: number): number {
    return firstTokenFrom(this.tokens, pos);
  }

  /** The tokens wholly inside [start, end), in order. */
  within(start: number, end: number): Token[] {
    const out: Token[] = [];
    for (let i = this.firstFrom(start); i < this.tokens.length && this.tokens[i]!.end <= end; i++) out.push(this.tokens[i]!);
    return out;
  }

  /** The index of the token that ends at `end` and starts at or after `from`, or -1. */
  endingAt(end: number, from = -Infinity): number {
    const i = this.byEnd.get(end);
    return i !== undefined && this.tokens[i]!.start >= from ? i : -1;
  }

  /**
   * Where the run of tokens that `takes` accepts, read leftwards from token `i`, starts: no earlier
   * than `maxChars` before `end`, and `from` when token `i` is not taken (a name read off the words
   * before a cue or a bracket).
   */
  runStart(i: number, end: number, takes: (t: Token) => boolean, maxChars: number, from = end): number {
    let start = from;
    for (let k = i; k >= 0; k--) {
      const t = this.tokens[k]!;
      if (!takes(t) || end - t.start > maxChars) break;
      start = t.start;
    }
    return start;
  }

  /** The index of the token that starts before `pos` and reaches it (ends at or after it), or -1. */
  reaching(pos: number): number {
    const i = this.firstFrom(pos) - 1;
    return i >= 0 && this.tokens[i]!.end >= pos ? i : -1;
  }
}
