/** The input cannot be used as an article (empty, binary, undecodable): exit code 65. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly exitCode = 65;
  constructor(message: string) {
    super(message);
  }
}
