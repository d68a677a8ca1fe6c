import { z } from 'zod';
import type { OptionSpecs, OptionValues } from './options.js';

/** Flags every command that runs the pipeline shares. */
export const pipelineOptions = {
  model: {
    type: 'string',
    arg: 'M',
    schema: z.string().min(1),
    help: [
      'NER model: a model folder, a Hub id (with --allow-remote), "rules", or',
      'zh-news-ner-large (shipped; more accurate, about half the speed)',
      '(default: the model shipped in models/zh-news-ner)',
    ],
  },
  'allow-remote': { type: 'boolean', schema: z.boolean(), help: 'let --model download from the Hugging Face Hub' },
  tokens: { type: 'boolean', schema: z.boolean(), help: 'include jieba tokens in the record' },
} as const satisfies OptionSpecs;

export function pipelineConfigFromFlags(v: OptionValues<typeof pipelineOptions>) {
  return { model: v.model, allowRemote: v['allow-remote'] ?? false, tokens: v.tokens ?? false };
}
