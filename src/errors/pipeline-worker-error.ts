/** A pipeline thread died or the pool was closed while an article was in flight (exit 1). */
export class PipelineWorkerError extends Error {
  override readonly name = 'PipelineWorkerError';
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
  }
}
