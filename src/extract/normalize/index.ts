// PLACEHOLDER until the figures-and-dates stage lands (issue 5): passes entities through.
import type { DateMention, Entity, Figure } from '../../record/schema.js';

export interface NormalizeInput {
  text: string;
  entities: Entity[];
  /** ISO 8601 with offset; relative dates and dates without a year resolve against it. */
  publishedAt: string | null;
}

export interface NormalizeResult {
  entities: Entity[];
  figures: Figure[];
  dates: DateMention[];
}

export function normalize(input: NormalizeInput): NormalizeResult {
  return { entities: input.entities, figures: [], dates: [] };
}
