import type { NerTagger } from '../extract/ner/tagger.js';
import { createRuleTagger } from '../extract/ner/rule-tagger.js';
import type { ResolvedPipelineConfig } from './config.js';

/**
 * `rules` selects the rule-based tagger; anything else is a model (the shipped one by
 * default). transformers.js is imported only when a model is wanted, so `--model rules`
 * starts without loading onnxruntime.
 */
export async function createTagger(config: ResolvedPipelineConfig): Promise<NerTagger> {
  if (config.model === 'rules') return createRuleTagger();
  const { createModelTagger } = await import('../extract/ner/model-tagger.js');
  return createModelTagger({ model: config.model, allowRemote: config.allowRemote, intraOpThreads: config.nerThreads });
}
