/** Where progress is drawn: stderr, or a stand-in with the fields of a terminal stream it reads. */
export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export interface ProgressLineOptions {
  /** Off a terminal, write each update as a line of its own (logs, CI); else nothing is written there. */
  plain?: boolean;
  /** Updates closer together than this (ms) are dropped: a fast producer does not flood the terminal. */
  minIntervalMs?: number;
}

const BAR_WIDTH = 24;

function bar(fraction: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
}

/**
 * One line of progress, the same for every command: on a terminal it is redrawn in place
 * (clipped to the width, so that it never wraps and leaves a trail), behind a bar when the
 * fraction done is given; off a terminal it is a plain line per update, or nothing. How
 * often to update is the caller's (a timer, or `minIntervalMs`): each plain line stays in
 * the log.
 */
export class ProgressLine {
  private last = -Infinity;
  private shown = false;

  constructor(
    private readonly out: ProgressStream,
    private readonly opts: ProgressLineOptions = {},
  ) {}

  update(text: string, fraction?: number): void {
    const now = performance.now();
    if (now - this.last < (this.opts.minIntervalMs ?? 0)) return;
    this.last = now;
    if (this.out.isTTY) {
      // A pseudo-terminal may report no width (0): assume 80 columns then.
      const cols = this.out.columns && this.out.columns > 20 ? this.out.columns : 80;
      const width = cols - 1;
      const line = fraction === undefined ? text : `${bar(fraction)} ${text}`;
      this.out.write(`\r\x1b[K${line.slice(0, width)}`);
      this.shown = true;
    } else if (this.opts.plain) {
      this.out.write(`${text}\n`);
    }
  }

  /** Takes the line off a terminal, so that what is written next (a message, the summary) starts clean. */
  clear(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }
}
