/**
 * The store cannot be reached or is busy (connection refused or dropped, server restarting,
 * SQLite locked): an outage, not a fault of the record being written. A queue worker waits
 * it out instead of spending the job's attempts on it.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly exitCode = 1;
  constructor(override readonly cause: unknown) {
    super(
      `store unavailable: ${cause instanceof Error ? cause.message || (cause as { code?: string }).code || cause.name : String(cause)}`,
    );
  }
}
