import type { Entity, Token } from '../../record/schema.js';

/** Finds named entities in clean text; offsets are exact (text.slice(start, end) === entity.text). */
export interface NerTagger {
  /** What the record's `pipeline.model` names (a model folder or id, or `rules`). */
  readonly name: string;
  tag(text: string, tokens: Token[]): Promise<Entity[]>;
}
