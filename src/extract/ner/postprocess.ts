import type { Entity } from '../../record/schema.js';
import { oneTypePerName } from './consistency.js';
import { trimEdgePunctuation } from './edges.js';

/** Which optional post-processing steps run; every step is on unless turned off here. */
export interface PostprocessOptions {
  /** Give a name one type per text (./consistency.ts); default true. */
  oneTypePerName?: boolean;
}

/** One step over a whole text's entities; offsets stay exact (text.slice(start, end) === text). */
export interface PostprocessStep {
  readonly name: string;
  /** Whether the step runs under these options. */
  enabled(opts: PostprocessOptions): boolean;
  run(entities: readonly Entity[]): Entity[];
}

/**
 * The steps, in order. Edges come first: one type per name counts mentions by their text, so
 * "鹏城实验室“" must have become "鹏城实验室" before it votes with the other "鹏城实验室".
 */
export const POSTPROCESS_STEPS: readonly PostprocessStep[] = [
  { name: 'edges', enabled: () => true, run: trimEdgePunctuation },
  { name: 'one-type-per-name', enabled: (o) => o.oneTypePerName !== false, run: oneTypePerName },
];

/**
 * A tagger's entities for one text, put in order by the steps that are about names and figures
 * rather than about any one tagger: the pipeline's NER stage runs them on every tagger's output
 * (the model, the rules, a folder or Hub model), and tools that call a tagger directly run them
 * to score what the pipeline would record.
 */
export function postprocessEntities(entities: readonly Entity[], opts: PostprocessOptions = {}): Entity[] {
  let out: Entity[] = [...entities];
  for (const step of POSTPROCESS_STEPS) if (step.enabled(opts)) out = step.run(out);
  return out;
}
