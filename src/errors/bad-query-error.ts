/** A viewer request's query or path parameter cannot be used (a page that is not a number, a malformed date): HTTP 400. */
export class BadQueryError extends Error {
  override readonly name = 'BadQueryError';
  readonly status = 400;
  constructor(message: string) {
    super(message);
  }
}
