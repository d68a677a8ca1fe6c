/** An article's raw bytes exceed the job payload limit: refused at enqueue (counted as failed there). */
export class ArticleTooLargeError extends Error {
  override readonly name = 'ArticleTooLargeError';
  readonly exitCode = 65;
  constructor(
    readonly uri: string | null,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `article is ${bytes} bytes, over the ${limit}-byte job payload limit (raise it with --max-article-bytes, or process it with \`zhnews batch\`)`,
    );
  }
}
