/**
 * A name the model read as a place or a person that owns what only a company has (比亚迪 | 股价, a
 * place's 创始人): the model knows today's companies as words it met as places or persons, and the
 * cue after the name says what it is here.
 */
import type { Entity } from '../../record/schema.js';
import { LED_LIKE_COMPANIES } from './data/cues.js';
import { LIST_COMPANY_CUES } from './data/kinds.js';
import { cueAt } from './cue-after.js';
import type { TokenIndex } from './token-index.js';

const POSSESSIVE = '的';
/** What a list's members own (股价, 财报) a single name owns too; not 总部 (深圳 | 总部 is a company's office there). */
const OWNED_BY_COMPANIES = LIST_COMPANY_CUES.filter((c) => c !== '总部');
/** 在法兰克福 | 的股票: where shares trade, not whose they are. */
const LOCATIVE_PREPOSITIONS = /[在于从到]$/u;

function ownsACompanyCue(text: string, e: Entity): boolean {
  const at = text.startsWith(POSSESSIVE, e.end) ? e.end + POSSESSIVE.length : e.end;
  if (cueAt(text, at, OWNED_BY_COMPANIES)) return true;
  return e.type === 'LOC' && cueAt(text, e.end, LED_LIKE_COMPANIES);
}

export function companyCueRetypes(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  // A place right after a name is that body's branch (花旗 | 中国董事长, 中银 | 香港副董事长), not the company.
  const ends = new Set(entities.map((e) => e.end));
  const retyped = (e: Entity): boolean =>
    (e.type === 'PERSON' || e.type === 'LOC') &&
    e.source === 'model' &&
    index.startsAt(e.start) &&
    index.endsAt(e.end) &&
    !ends.has(e.start) &&
    !LOCATIVE_PREPOSITIONS.test(text.slice(0, e.start)) &&
    ownsACompanyCue(text, e);
  return entities.map((e) => (retyped(e) ? { ...e, type: 'ORG' as const, source: 'company-cue' } : e));
}
