import type { Entity, Token } from '../../record/schema.js';

/** Finds named entities in clean text; offsets are exact (text.slice(start, end) === entity.text). */
export interface NerTagger {
  /** What the record's `pipeline.model` names (a model folder or id, or `rules`). */
  readonly name: string;
  /**
   * Primary language tags (BCP 47) of the text the tagger knows, or undefined for any: the
   * pipeline skips it on articles in other languages, where a Chinese model's names are noise.
   */
  readonly languages?: readonly string[];
  tag(text: string, tokens: Token[]): Promise<Entity[]>;
}
