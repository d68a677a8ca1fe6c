/**
 * Keeps one worker process per slot, as a supervisor (systemd, Kubernetes) would: a process
 * that dies on its own is reported and started again; one that a fault took down stays down
 * until the fault brings it back. Both tools read its retired processes for their reports.
 */
import { sleep } from './counts.js';
import { hasExited, stopWorker, type Exit, type WorkerProcess } from './fleet.js';

/** A slot whose process fails to start this many times in a row fails the run. */
const MAX_START_ATTEMPTS = 8;

export class Supervisor {
  /** The process in each slot; null while a fault holds the slot down. */
  readonly live: (WorkerProcess | null)[];
  readonly retired: WorkerProcess[] = [];
  /** `pid: last stderr line` of each process that died on its own: a finding. */
  readonly unexpectedExits: string[] = [];
  /** Starts that failed and were retried (the store down at the time). */
  readonly failedStarts: string[] = [];

  constructor(
    private readonly start: (slot: number) => Promise<WorkerProcess>,
    slots: number,
    private readonly say: (line: string) => void,
  ) {
    this.live = Array.from({ length: slots }, () => null);
  }

  async startAll(): Promise<void> {
    await Promise.all(this.live.map((_, slot) => this.revive(slot)));
  }

  running(): WorkerProcess[] {
    return this.live.filter((w): w is WorkerProcess => w !== null);
  }

  /** Takes a slot down with `how` (a SIGKILL, a whole host's pids) and holds it down until revive(). */
  async takeDown(slot: number, how: (w: WorkerProcess) => void): Promise<void> {
    const w = this.live[slot];
    if (!w) return;
    this.live[slot] = null;
    how(w);
    await w.exit;
    this.retired.push(w);
  }

  /**
   * Starts the slot's process, retrying a failed start the way systemd's Restart=on-failure
   * does (a worker exits 1 when the store is down as it starts: part of the plan, not a finding).
   */
  async revive(slot: number): Promise<void> {
    for (let attempt = 1; !this.live[slot]; attempt++) {
      try {
        this.live[slot] = await this.start(slot);
      } catch (err) {
        if (attempt >= MAX_START_ATTEMPTS) throw err;
        const wait = Math.min(1000 * 2 ** (attempt - 1), 8000);
        this.failedStarts.push(`slot ${slot}: ${(err as Error).message.split('\n').at(-1)}`);
        this.say(`worker ${slot} did not start (${(err as Error).message.split('\n').at(-1)}); again in ${wait / 1000} s`);
        await sleep(wait);
      }
    }
  }

  /** Restarts the processes that died on their own since the last look. */
  async check(): Promise<void> {
    for (const w of this.running())
      if (hasExited(w)) {
        this.say(
          `worker ${w.slot} (pid ${w.pid}) exited on its own (${w.child.exitCode ?? w.child.signalCode}):\n  ${w.tail.slice(-8).join('\n  ')}`,
        );
        this.unexpectedExits.push(`${w.pid}: ${w.tail.at(-1) ?? ''}`);
        this.retired.push(w);
        this.live[w.slot] = null;
        await this.revive(w.slot);
      }
  }

  /** A graceful stop of every running process; their exits, for the clean-shutdown check. */
  async stopAll(): Promise<Exit[]> {
    return Promise.all(this.running().map((w) => stopWorker(w)));
  }

  /** SIGKILL to every running process (an interrupted run). */
  killAll(): void {
    for (const w of this.running()) w.child.kill('SIGKILL');
  }
}
