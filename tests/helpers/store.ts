import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { articleVariants, rawInput } from './batch-fixtures.js';

/** Real records (rules model) of `n` distinct fixture variants. */
export async function sampleRecords(n: number): Promise<NewsRecord[]> {
  const pipeline = await createPipeline({ model: 'rules' });
  const out: NewsRecord[] = [];
  for (const a of articleVariants(n)) out.push(await pipeline.process(rawInput(a, `fixtures/${a.name}`)));
  return out;
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** The entity, figure and date rows a record should have in the entities table. */
export function expectedRows(r: NewsRecord): number {
  return r.entities.length + r.figures.length + r.dates.length;
}
