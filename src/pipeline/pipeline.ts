import type { RawInput } from '../doc.js';
import { createSegmenter } from '../extract/segment/index.js';
import { lexiconMatches } from '../extract/orgs/lexicon.js';
import type { NerTagger } from '../extract/ner/tagger.js';
import type { NewsRecord } from '../record/schema.js';
import { assemble } from './assemble.js';
import { PipelineConfigSchema, type PipelineConfig } from './config.js';
import { ingestStage, keywordStage, nerStage, normalizeStage, orgStage, scriptStage, segmentStage } from './stages.js';
import { loadIdf } from '../extract/keywords/index.js';
import { toSimplified } from '../extract/script/convert.js';
import { detectScript } from '../extract/script/detect.js';
import { createTagger } from './tagger-factory.js';
import { PIPELINE_VERSION } from './version.js';

export interface Pipeline {
  readonly model: string;
  /** One article in, one validated record out; throws InputError for unusable input. */
  process(input: RawInput): Promise<NewsRecord>;
}

/** Builds a pipeline; the model loads here, once, not per article. */
export async function createPipeline(config: PipelineConfig = {}): Promise<Pipeline> {
  const resolved = PipelineConfigSchema.parse(config);
  const segmenter = createSegmenter(resolved.segmenter);
  // jieba's dictionary and the organisation lexicon load on first use: load them here, with
  // the model, so that the first article costs what every other one does.
  const warmText = '新华社北京电，国家统计局今天发布数据。';
  const warmTokens = segmenter.segment(warmText);
  if (resolved.organizations === 'refined') lexiconMatches('');
  const idf = loadIdf(resolved.idf);
  // OpenCC's tables load on first use: now, with the model.
  detectScript('國');
  toSimplified('國', 'TW');
  toSimplified('國', 'HK');
  const tagger: NerTagger = await createTagger(resolved);
  // The first run of an onnxruntime session allocates its buffers: a sentence now, not the first article.
  await tagger.tag(warmText, warmTokens);
  const assembleOpts = { version: PIPELINE_VERSION, model: tagger.name, includeTokens: resolved.tokens };
  return {
    model: tagger.name,
    async process(input: RawInput): Promise<NewsRecord> {
      const doc = await scriptStage(
        ingestStage(input, resolved.maxTextChars),
        async (d) => {
          d = segmentStage(d, segmenter);
          d = keywordStage(d, idf);
          d = await nerStage(d, tagger);
          if (resolved.organizations === 'refined') d = orgStage(d);
          return normalizeStage(d);
        },
        resolved.traditional,
      );
      return assemble(doc, assembleOpts);
    },
  };
}
