import { ProgressLine, type ProgressStream } from '../io/progress-line.js';
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
 * The batch's progress on stderr, drawn by a ProgressLine every `intervalMs`: a bar
 * redrawn in place on a TTY, a plain line every 10 s otherwise (logs, CI). Rate is
 * articles/s since the start; the ETA comes from the bytes of the inputs read so far,
 * since a streamed archive's article count is unknown until its end.
 */
export class ProgressReporter {
  private timer: NodeJS.Timeout | null = null;
  private readonly t0 = performance.now();
  private readonly view: ProgressLine;

  constructor(
    private readonly counts: Counts,
    private readonly input: InputProgress,
    out: ProgressStream = process.stderr,
    private readonly intervalMs = out.isTTY ? 200 : 10_000,
  ) {
    this.view = new ProgressLine(out, { plain: true });
  }

  start(): void {
    this.timer = setInterval(() => this.view.update(`batch: ${this.line()}`, this.fraction() ?? 0), this.intervalMs);
    this.timer.unref();
  }

  /** How much of the inputs' bytes is read, when their total is known. */
  private fraction(): number | null {
    const total = this.input.total;
    return total && total > 0 ? Math.min(1, this.input.done / total) : null;
  }

  line(): string {
    const secs = (performance.now() - this.t0) / 1000;
    const c = this.counts;
    const processed = c.done + c.failed;
    const rate = processed / Math.max(secs, 1e-3);
    const frac = this.fraction();
    const eta = frac && frac > 0 ? formatDuration((secs / frac) * (1 - frac)) : '?';
    const pct = frac === null ? '' : `${(frac * 100).toFixed(0).padStart(3)}% `;
    return `${pct}${c.done} done, ${c.skipped} skipped, ${c.failed} failed | ${rate.toFixed(1)} articles/s | elapsed ${formatDuration(secs)}, ETA ${eta}`;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.view.clear();
  }
}
