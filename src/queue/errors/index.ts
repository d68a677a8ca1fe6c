export { ArticleTooLargeError } from './article-too-large-error.js';
export { InvalidPayloadError } from './invalid-payload-error.js';
export { RedisUnavailableError } from './redis-unavailable-error.js';
export { HandedBackError } from './handed-back-error.js';
