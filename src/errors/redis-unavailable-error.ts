/** Redis could not be reached (or was lost for longer than a client command waits): exit 1. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
  readonly exitCode = 1;
  constructor(url: string, cause?: unknown) {
    super(`cannot reach Redis at ${url}${cause instanceof Error ? ` (${cause.message})` : ''}`);
  }
}
