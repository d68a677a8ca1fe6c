/**
 * A company's short name ends with its industry word (上海通用汽车, 华泰汽车): a model name
 * without a kind that stops right before one (上海通用 | 汽车) is extended over it, when the
 * industry word is a whole jieba word there (not the start of 汽车站 or 电子邮件).
 */
import type { Entity } from '../../record/schema.js';
import { INDUSTRY_WORDS } from './data/industries.js';
import { kindOf } from './generic.js';
import type { TokenIndex } from './token-index.js';

export function completeIndustry(text: string, e: Entity, index: TokenIndex): Entity {
  if (e.type !== 'ORG' || e.end - e.start < 2 || kindOf(e.text) !== null) return e;
  if (INDUSTRY_WORDS.some((w) => e.text.endsWith(w))) return e;
  const word = INDUSTRY_WORDS.find((w) => text.startsWith(w, e.end) && index.startsAt(e.end) && index.endsAt(e.end + w.length));
  if (!word) return e;
  const end = e.end + word.length;
  return { ...e, end, text: text.slice(e.start, end) };
}
