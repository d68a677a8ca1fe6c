/** The pipeline built a record the schema rejects: a bug, never the user's fault (exit 1). */
export class RecordInvalidError extends Error {
  override readonly name = 'RecordInvalidError';
  readonly exitCode = 1;
  constructor(details: string) {
    super(`record failed schema validation: ${details}`);
  }
}
