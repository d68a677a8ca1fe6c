import { z } from 'zod';

/** Flags every command that runs the pipeline shares. */
export const pipelineFlagOptions = {
  model: { type: 'string' },
  'allow-remote': { type: 'boolean' },
  tokens: { type: 'boolean' },
} as const;

export const pipelineFlagSchema = z.object({
  model: z.string().min(1).optional(),
  'allow-remote': z.boolean().optional(),
  tokens: z.boolean().optional(),
});

export function pipelineConfigFromFlags(v: z.output<typeof pipelineFlagSchema>) {
  return { model: v.model, allowRemote: v['allow-remote'] ?? false, tokens: v.tokens ?? false };
}

export const pipelineFlagHelp = [
  '  --model M          NER model: a model folder, a Hub id (with --allow-remote), "rules", or',
  '                     zh-news-ner-large (shipped; more accurate, about half the speed)',
  '                     (default: the model shipped in models/zh-news-ner)',
  '  --allow-remote     let --model download from the Hugging Face Hub',
  '  --tokens           include jieba tokens in the record',
].join('\n');
