/**
 * Runs inputs in a child process under a watchdog: an input that takes longer than the
 * time limit, or makes the child's RSS grow past the ceiling, gets the child killed (the
 * only way to stop a synchronous loop) and is reported; the batch goes on in a fresh child.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { FuzzCase, Outcome, Target } from './case.js';
import { ROOT } from './seeds.js';
import { rssOf } from '../scaffold/rss-of.js';

export interface WatchdogOptions {
  /** Per input, from the end of the one before. */
  timeoutMs: number;
  /**
   * Added per KiB of the input, for targets whose honest cost grows with size: the NER model
   * takes about 25 ms per KiB of text on one thread (a 144 KiB mojibake page: 3.6 s on an idle
   * core), so a fixed 5 s flagged big articles as hangs on a busy machine. A quadratic still
   * blows through a linear budget.
   */
  msPerKiB: number;
  /** RSS growth over the child's size once loaded. */
  maxRssGrowthBytes: number;
  /** Loading a target (the NER model) on a busy machine. */
  startupMs: number;
}

export const DEFAULT_WATCHDOG: WatchdogOptions = { timeoutMs: 5_000, msPerKiB: 0, maxRssGrowthBytes: 1024 ** 3, startupMs: 300_000 };

/** The watchdog for a target: the model's targets get a per-KiB allowance (twice the measured cost). */
export const watchdogFor = (target: Target): WatchdogOptions =>
  target === 'pipeline-model' || target === 'cli' ? { ...DEFAULT_WATCHDOG, msPerKiB: 50 } : DEFAULT_WATCHDOG;

const CHILD = join(ROOT, 'dist-tools/fuzz/child.js');

interface Live {
  proc: ChildProcess;
  baseline: number;
  stderr: string[];
}

export class Supervisor {
  private live: Live | null = null;
  /** Children started, the first included: each restart follows a finding. */
  restarts = 0;

  constructor(
    readonly target: Target,
    readonly opts: WatchdogOptions = watchdogFor(target),
  ) {}

  private async start(): Promise<Live> {
    this.restarts++;
    const proc = fork(CHILD, [this.target], {
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: ['--max-old-space-size=3072'],
    });
    const stderr: string[] = [];
    proc.stderr?.on('data', (d: Buffer) => {
      stderr.push(d.toString());
      if (stderr.length > 20) stderr.shift();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        proc.kill('SIGKILL');
        reject(new Error(`fuzz child for ${this.target} did not start in ${this.opts.startupMs} ms`));
      }, this.opts.startupMs);
      proc.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`fuzz child for ${this.target} exited (${code}) while starting: ${stderr.join('').slice(-2000)}`));
      });
    });
    return { proc, baseline: rssOf(proc.pid!) ?? 0, stderr };
  }

  /** The outcome of every case, in order; a case that kills the child is its finding, the rest run on. */
  async run(cases: FuzzCase[]): Promise<Outcome[]> {
    const out: Outcome[] = [];
    while (out.length < cases.length) {
      const live = (this.live ??= await this.start());
      const rest = cases.slice(out.length);
      const got = await this.runIn(live, rest);
      out.push(...got);
    }
    return out;
  }

  private runIn(live: Live, cases: FuzzCase[]): Promise<Outcome[]> {
    const { proc } = live;
    const outcomes: Outcome[] = [];
    return new Promise<Outcome[]>((resolve) => {
      let timer: NodeJS.Timeout;
      let last = performance.now();
      const finish = (fatal: Outcome | null): void => {
        clearTimeout(timer);
        clearInterval(poll);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
        if (fatal) {
          outcomes.push({ ...fatal, ms: Math.round(performance.now() - last) });
          proc.off('exit', onExit);
          proc.kill('SIGKILL');
          this.live = null;
        }
        resolve(outcomes);
      };
      const arm = (): void => {
        clearTimeout(timer);
        last = performance.now();
        const next = cases[outcomes.length];
        const limit = Math.round(this.opts.timeoutMs + (this.opts.msPerKiB * (next?.bytes.length ?? 0)) / 1024);
        timer = setTimeout(() => finish({ kind: 'hang', name: 'Timeout', message: `no result within ${limit} ms` }), limit);
      };
      const poll = setInterval(() => {
        const grown = (rssOf(proc.pid!) ?? 0) - live.baseline;
        if (grown > this.opts.maxRssGrowthBytes)
          finish({ kind: 'memory', name: 'RssCeiling', message: `RSS grew ${Math.round(grown / 2 ** 20)} MB` });
      }, 100);
      const onMessage = (m: { type: string; outcome?: Outcome }): void => {
        if (m.type === 'done') {
          outcomes.push(m.outcome!);
          arm();
        }
        if (m.type === 'batch') finish(null);
      };
      const onExit = (code: number | null, signal: string | null): void => {
        finish({ kind: 'died', name: signal ?? `exit ${code}`, message: live.stderr.join('').slice(-1500) });
      };
      proc.on('message', onMessage);
      proc.once('exit', onExit);
      arm();
      proc.send({ type: 'run', cases });
    });
  }

  close(): void {
    this.live?.proc.kill('SIGKILL');
    this.live = null;
  }
}
