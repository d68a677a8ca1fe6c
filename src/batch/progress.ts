import type { InputProgress } from '../sources/progress-tap.js';

export interface Counts {
  done: number;
  failed: number;
  skipped: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * Progress on stderr: a bar redrawn in place on a TTY, a plain line every `intervalMs`
 * otherwise (logs, CI). Rate is articles/s since the start; the ETA comes from the
 * bytes of the inputs read so far, since a streamed archive's article count is unknown
 * until its end.
 */
export class ProgressReporter {
  private timer: NodeJS.Timeout | null = null;
  private readonly t0 = performance.now();
  private lastWidth = 0;

  constructor(
    private readonly counts: Counts,
    private readonly input: InputProgress,
    private readonly out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number } = process.stderr,
    private readonly intervalMs = out.isTTY ? 200 : 10_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.render(), this.intervalMs);
    this.timer.unref();
  }

  line(): string {
    const secs = (performance.now() - this.t0) / 1000;
    const c = this.counts;
    const processed = c.done + c.failed;
    const rate = processed / Math.max(secs, 1e-3);
    const total = this.input.total;
    const frac = total && total > 0 ? Math.min(1, this.input.done / total) : null;
    const eta = frac && frac > 0 ? formatDuration((secs / frac) * (1 - frac)) : '?';
    const pct = frac === null ? '' : `${(frac * 100).toFixed(0).padStart(3)}% `;
    return `${pct}${c.done} done, ${c.skipped} skipped, ${c.failed} failed | ${rate.toFixed(1)} articles/s | elapsed ${formatDuration(secs)}, ETA ${eta}`;
  }

  private render(): void {
    const text = this.line();
    if (this.out.isTTY) {
      const width = 24;
      const total = this.input.total;
      const frac = total && total > 0 ? Math.min(1, this.input.done / total) : 0;
      const filled = Math.round(frac * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}`;
      const cols = this.out.columns && this.out.columns > 40 ? this.out.columns : 120;
      const clipped = bar.slice(0, cols - 1);
      this.out.write(`\r${clipped}${' '.repeat(Math.max(0, this.lastWidth - clipped.length))}`);
      this.lastWidth = clipped.length;
    } else {
      this.out.write(`batch: ${text}\n`);
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.out.isTTY && this.lastWidth > 0) this.out.write(`\r${' '.repeat(this.lastWidth)}\r`);
  }
}
