/** Queue-driven ingestion on BullMQ: producer, worker, payload codec, inspection. */
export { openQueue, enqueueItems, articleJobOptions, type ArticleQueue, type EnqueueOptions, type EnqueueSummary } from './queue.js';
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions, type WorkerStats } from './worker.js';
export { createArticleProcessor, isPermanentFailure, type ArticleJobResult } from './processor.js';
export { createStoreWriter, isStoreUnavailable, type StoreRetry } from './store-writer.js';
export { encodeArticle, decodeArticle, articleJobId, type ArticlePayload } from './payload.js';
export { connectionOptions, parseRedisUrl, redactRedisUrl } from './connection.js';
export { queueStatus, failedJobs, retryFailed, type QueueStatus, type FailedJob } from './inspect.js';
export * from './defaults.js';
export {
  ArticleTooLargeError,
  InvalidPayloadError,
  RedisUnavailableError,
  HandedBackError,
  StoreUnavailableError,
} from '../errors/index.js';
