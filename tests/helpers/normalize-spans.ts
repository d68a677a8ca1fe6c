/** The normalize stage's figures and dates as [text, value, valueMax(, unit)] rows, for the judged-sample rule tests. */
import { normalize } from '../../src/extract/normalize/index.js';
import type { Entity } from '../../src/record/schema.js';

/** The publication date every sample-rule sentence is read against, unless a test gives another. */
export const PUB = '2019-03-08T09:30:00+08:00';

/** The stage's whole result for a sentence. */
export const run = (text: string, entities: Entity[] = [], publishedAt: string | null = PUB) => normalize({ text, entities, publishedAt });

export const dates = (text: string, entities: Entity[] = [], publishedAt: string | null = PUB) =>
  run(text, entities, publishedAt).dates.map((d) => [d.text, d.value, d.valueMax]);

export const figures = (text: string, entities: Entity[] = [], publishedAt: string | null = PUB) =>
  run(text, entities, publishedAt).figures.map((f) => [f.text, f.value, f.valueMax, f.unit]);

/** A model span over the first occurrence of `word` in `text`. */
export function model(text: string, word: string, type: Entity['type']): Entity {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return { type, text: word, start, end: start + word.length, score: 0.9, source: 'model' };
}
