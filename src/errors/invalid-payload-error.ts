/** A job's data is not an article payload this version understands (another producer, a newer version, corruption). */
export class InvalidPayloadError extends Error {
  override readonly name = 'InvalidPayloadError';
  readonly exitCode = 65;
  constructor(details: string) {
    super(`invalid job payload: ${details}`);
  }
}
