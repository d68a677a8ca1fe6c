/** An archive entry (or a JSONL line, or a single input) is over its size cap: refused, never buffered past it. */
export class EntryTooLargeError extends Error {
  override readonly name = 'EntryTooLargeError';
  readonly exitCode = 65;
  constructor(readonly limit: number) {
    super(`entry is over the ${limit}-byte limit`);
  }
}
