import type { Entity, EntityType, Token } from '../../record/schema.js';
import type { NerTagger } from './tagger.js';

/** jieba's POS tags that name entities (PKU tag set). */
const POS_TO_TYPE: Record<string, EntityType> = { nr: 'PERSON', ns: 'LOC', nt: 'ORG' };
/** A fixed, low confidence: these come from a dictionary lookup, not from context. */
const RULE_SCORE = 0.5;

/**
 * The fallback tagger used with `--model rules`, or when no model folder is present:
 * persons, places and organisations from jieba's POS tags, adjacent same-type words merged
 * (jieba splits 江/nr 泽民/nr). Figures and dates are found by the normalise stage.
 */
export function createRuleTagger(): NerTagger {
  return {
    name: 'rules',
    languages: ['zh'], // jieba's POS tags
    async tag(text: string, tokens: Token[]): Promise<Entity[]> {
      const entities: Entity[] = [];
      for (const token of tokens) {
        const type = POS_TO_TYPE[token.pos];
        if (!type) continue;
        const last = entities.at(-1);
        if (last && last.type === type && last.end === token.start) {
          last.end = token.end;
          last.text = text.slice(last.start, last.end);
          continue;
        }
        entities.push({ type, text: token.text, start: token.start, end: token.end, score: RULE_SCORE, source: 'rule' });
      }
      return entities;
    },
  };
}
