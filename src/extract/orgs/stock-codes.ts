/**
 * A stock code in brackets right after a name (贵州茅台（600519）, 腾讯控股（00700.HK）) says the name
 * is a listed company's, whatever the model read: financial news names companies so. The name is
 * the model's name ending at the bracket, or else the noun phrase jieba reads there.
 */
import type { Entity, Token } from '../../record/schema.js';
import { STOCK_CODE } from './data/cues.js';
import { NAME_TYPES } from './spans.js';
import type { TokenIndex } from './token-index.js';

/** Words a company's short name is made of (贵州 | 茅台, 恒瑞 | 医药, 腾讯 | 控股). */
const NAME_WORD_POS = /^(n|nz|nt|ns|nr|nrt|nrfg|j|x|eng|vn|an|l|b)$/;
const NAME_WORD = /^[\u4e00-\u9fffA-Za-z0-9&·]+$/u;
const isNameWord = (t: Token): boolean => NAME_WORD_POS.test(t.pos) && NAME_WORD.test(t.text);
const MAX_NAME_CHARS = 10;
/** A listed company's short name is sure enough: the code is its registration. */
const STOCK_CODE_SCORE = 0.95;

function nameBefore(text: string, index: TokenIndex, end: number, entities: readonly Entity[]): { start: number; end: number } | null {
  const named = entities.find((e) => NAME_TYPES.has(e.type) && e.end === end);
  if (named) return { start: named.start, end };
  const start = index.runStart(index.endingAt(end), end, isNameWord, MAX_NAME_CHARS);
  return end - start >= 2 ? { start, end } : null;
}

export function stockCodeCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(STOCK_CODE)) {
    const span = nameBefore(text, index, m.index, entities);
    if (span) out.push({ type: 'ORG', text: text.slice(span.start, span.end), ...span, score: STOCK_CODE_SCORE, source: 'stock-code' });
  }
  return out;
}
