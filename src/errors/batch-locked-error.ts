/**
 * Another batch run holds the output's journal and failures file: this run cannot proceed
 * without wrecking that one's resume state, so it stops before touching anything. Exit 1,
 * like an output that cannot be written (not 2: the command line is right, and the same
 * command works once the other run ends).
 */
export class BatchLockedError extends Error {
  override readonly name = 'BatchLockedError';
  readonly exitCode = 1;
  constructor(
    message: string,
    readonly lockPath: string,
  ) {
    super(message);
  }
}
