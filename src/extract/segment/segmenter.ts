import type { Token } from '../../record/schema.js';

/** A word segmenter with part-of-speech tags; tokens carry offsets into the text given. */
export interface Segmenter {
  readonly name: string;
  segment(text: string): Token[];
}
