/**
 * `zhnews worker` processes, as an operator runs them: each in a slot that a supervisor
 * (supervisor.ts) refills. A worker can run under a wrapper command (`ip netns exec <ns>`,
 * which execs, so the pid is the worker's). Every process keeps its own RSS samples, so a
 * restarted worker's warm-up is not read as growth of the one before.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './articles.js';
import { rssOf } from '../scaffold/rss-of.js';

export interface RssSample {
  t: number;
  rss: number;
}

export interface WorkerConfig {
  redisUrl: string;
  queue: string;
  store: string;
  /** `--model`; null: the shipped model. */
  model: string | null;
  concurrency: number;
  /** A command the worker runs under, e.g. ['ip', 'netns', 'exec', ns]; empty: none. */
  wrapper?: string[];
}

export interface Exit {
  code: number | null;
  signal: string | null;
}

export interface WorkerProcess {
  slot: number;
  pid: number;
  startedAt: number;
  child: ChildProcess;
  rss: RssSample[];
  /** The last lines it wrote on stderr, for a report when it dies. */
  tail: string[];
  exit: Promise<Exit>;
}

const BIN = join(ROOT, 'bin/zhnews.js');

export function workerArgs(c: WorkerConfig): string[] {
  const args = [BIN, 'worker', '--redis', c.redisUrl, '--queue', c.queue, '--store', c.store, '--concurrency', String(c.concurrency)];
  // Short locks: a killed worker's jobs come back in seconds rather than BullMQ's 30 s.
  args.push('--lock-duration', '10', '--stalled-interval', '5');
  if (c.model) args.push('--model', c.model);
  return args;
}

export const hasExited = (w: WorkerProcess): boolean => w.child.exitCode !== null || w.child.signalCode !== null;

export function startWorker(slot: number, c: WorkerConfig): Promise<WorkerProcess> {
  const [cmd, ...pre] = [...(c.wrapper ?? []), process.execPath];
  const child = spawn(cmd!, [...pre, ...workerArgs(c)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const tail: string[] = [];
  const exit = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const w: WorkerProcess = { slot, pid: child.pid!, startedAt: Date.now(), child, rss: [], tail, exit };
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stderr!.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        tail.push(l);
        if (tail.length > 40) tail.shift();
        if (/: ready: /.test(l)) resolve(w);
      }
    });
    void exit.then(({ code, signal }) =>
      reject(new Error(`worker ${slot} exited (${code ?? signal}) before it was ready:\n${tail.join('\n')}`)),
    );
  });
}

export function sampleRss(ws: Iterable<WorkerProcess>): void {
  const t = Date.now();
  for (const w of ws) {
    const rss = rssOf(w.pid);
    if (rss !== null) w.rss.push({ t, rss });
  }
}

/** SIGTERM (a graceful stop: running articles finish), then waits for the exit. */
export async function stopWorker(w: WorkerProcess): Promise<Exit> {
  w.child.kill('SIGTERM');
  return w.exit;
}
