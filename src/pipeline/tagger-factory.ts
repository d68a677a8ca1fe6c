import type { NerTagger } from '../extract/ner/tagger.js';
import { createRuleTagger } from '../extract/ner/rule-tagger.js';
import type { ResolvedPipelineConfig } from './config.js';

export async function createTagger(config: ResolvedPipelineConfig): Promise<NerTagger> {
  return createRuleTagger();
}
