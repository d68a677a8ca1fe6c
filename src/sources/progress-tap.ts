/**
 * How far through its inputs a reader is, in bytes of the input files (compressed bytes
 * for archives): what an ETA can be computed from when the article count is unknown
 * until the end of a streamed archive.
 */
export class InputProgress {
  /** Bytes of the inputs finished. */
  base = 0;
  /** Bytes read so far of the input being read. */
  current = 0;
  /** Bytes of all the inputs, when known (see inputsSize). */
  total: number | null = null;

  get done(): number {
    return this.base + this.current;
  }

  finishFile(size: number): void {
    this.base += size;
    this.current = 0;
  }
}
