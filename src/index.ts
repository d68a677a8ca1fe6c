export * from './record/schema.js';
export type { Doc, RawInput, InputKind, ArticleMeta, IngestResult } from './doc.js';
export { createPipeline, type Pipeline } from './pipeline/pipeline.js';
export { PipelineConfigSchema, type PipelineConfig } from './pipeline/config.js';
export { ingest } from './ingest/index.js';
export { createSegmenter, type Segmenter } from './extract/segment/index.js';
export type { NerTagger } from './extract/ner/tagger.js';
export type { RecordStore } from './store/store.js';
export { InputError, UsageError, RecordInvalidError } from './errors/index.js';
