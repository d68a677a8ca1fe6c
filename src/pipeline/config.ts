import { z } from 'zod';
import { SEGMENTERS } from '../extract/segment/index.js';

/** Pipeline settings, validated once at the edge (CLI flags, worker options, library callers). */
export const PipelineConfigSchema = z.object({
  /** `rules`, a model folder, or (with allowRemote) a Hub id. Default: the shipped model. */
  model: z.string().min(1).optional(),
  allowRemote: z.boolean().default(false),
  /** onnxruntime threads per pipeline; unset, onnxruntime uses every core (right for one pipeline). */
  nerThreads: z.number().int().positive().optional(),
  tokens: z.boolean().default(false),
  /** `refined`: the model's organisations repaired and completed (src/extract/orgs); `model`: as the tagger gave them. */
  organizations: z.enum(['refined', 'model']).default('refined'),
  segmenter: z.enum(SEGMENTERS).default('jieba'),
  /**
   * Traditional and mixed texts: analysed in Simplified and mapped back (`convert`, the
   * default), or as they are (`as-is`: what the models did before, kept to measure the gain).
   */
  traditional: z.enum(['convert', 'as-is']).default('convert'),
  /** An IDF table (`word idf` lines, e.g. from `zhnews idf`) for keywords; default: jieba's. */
  idf: z.string().min(1).optional(),
  /**
   * Clean text longer than this is not a news article (a dump, a log, a 50 MB page of
   * repeats): refusing it keeps segmentation and NER time bounded.
   */
  maxTextChars: z.number().int().positive().default(300_000),
});

export type PipelineConfig = z.input<typeof PipelineConfigSchema>;
export type ResolvedPipelineConfig = z.output<typeof PipelineConfigSchema>;
