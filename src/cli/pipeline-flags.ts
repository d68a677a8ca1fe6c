import { z } from 'zod';
import { existsSync } from 'node:fs';
import { DEDUP } from '../dedup/settings.js';
import { UsageError } from '../errors/usage-error.js';
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
  idf: {
    type: 'string',
    arg: 'FILE',
    schema: z.string().min(1),
    help: "an IDF table for keywords (from zhnews idf; default: jieba's)",
  },
} as const satisfies OptionSpecs;

export function pipelineConfigFromFlags(v: OptionValues<typeof pipelineOptions>) {
  if (v.idf && !existsSync(v.idf)) throw new UsageError(`--idf: no such file: ${v.idf}`);
  return { model: v.model, allowRemote: v['allow-remote'] ?? false, tokens: v.tokens ?? false, ...(v.idf ? { idf: v.idf } : {}) };
}

/** `--dedup [--dedup-threshold J]` on the commands that write records (batch, worker). */
export const dedupOptions = {
  dedup: { type: 'boolean', schema: z.boolean(), help: 'mark near-duplicates (duplicateOf) as records are written' },
  'dedup-threshold': {
    type: 'string',
    arg: 'J',
    schema: z.coerce.number().gt(0).max(1),
    help: 'estimated Jaccard at or over which two texts are one story (default 0.8)',
  },
} as const satisfies OptionSpecs;

export function dedupFromFlags(v: OptionValues<typeof dedupOptions>): { threshold: number } | null {
  if (v['dedup-threshold'] !== undefined && !v.dedup) throw new UsageError('--dedup-threshold goes with --dedup');
  return v.dedup ? { threshold: v['dedup-threshold'] ?? DEDUP.threshold } : null;
}
