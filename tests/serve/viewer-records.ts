/** The records every viewer test serves: fixture variants and the Traditional Taipei article, from the real pipeline. */
import { readFileSync } from 'node:fs';
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { sampleRecords } from '../helpers/store.js';

export async function viewerRecords(variants: number): Promise<{ records: NewsRecord[]; hant: NewsRecord; pipeline: Pipeline }> {
  const records = await sampleRecords(variants);
  const pipeline = await createPipeline({});
  const hant = await pipeline.process({
    bytes: readFileSync(new URL('../../fixtures/hant/taipei-metro.txt', import.meta.url)),
    kind: 'text',
    uri: 'taipei.txt',
  });
  return { records, hant, pipeline };
}
