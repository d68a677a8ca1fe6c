/**
 * Negative figures: a sign before the number (负, -, −) and the negation of a value. Both the
 * general grammar (figures.ts) and temperatures (special-figures.ts) read a sign, so it sits
 * apart from either rather than making one import the other.
 */
import { asciiDigit } from './numbers.js';
import { DIGITS, SIGN_NOT_AFTER } from './tables.js';

/** -, −, 负 right before a digit (负 not closing a word: 减负, 胜负). */
export function isSign(text: string, j: number): boolean {
  const c = text[j];
  if (c === '负' && SIGN_NOT_AFTER.has(text[j - 1] ?? '')) return false;
  return (c === '负' || c === '-' || c === '−') && (asciiDigit(text[j + 1]) >= 0 || DIGITS.has(text[j + 1] ?? ''));
}

/** 0 - 0 is +0; -0 would not survive JSON. */
export function neg(v: number | null): number | null {
  return v === null ? null : 0 - v;
}
