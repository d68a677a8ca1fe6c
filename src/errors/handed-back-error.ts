/** Internal: a running job is being handed back to the queue because the worker is shutting down. */
export class HandedBackError extends Error {
  override readonly name = 'HandedBackError';
  constructor() {
    super('worker shutting down: job handed back to the queue');
  }
}
