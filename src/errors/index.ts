export { InputError } from './input-error.js';
export { UsageError } from './usage-error.js';
export { RecordInvalidError } from './record-invalid-error.js';
export { PipelineWorkerError } from './pipeline-worker-error.js';
export { EntryTooLargeError } from './entry-too-large-error.js';
export { ArticleTooLargeError } from './article-too-large-error.js';
export { InvalidPayloadError } from './invalid-payload-error.js';
export { RedisUnavailableError } from './redis-unavailable-error.js';
export { HandedBackError } from './handed-back-error.js';
export { StoreUnavailableError } from './store-unavailable-error.js';
export { BatchLockedError } from './batch-locked-error.js';
export { BadQueryError } from './bad-query-error.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, badInput: 65 } as const;

export function exitCodeOf(err: unknown): number {
  if (err && typeof err === 'object' && 'exitCode' in err && typeof err.exitCode === 'number') return err.exitCode;
  return EXIT.failure;
}
