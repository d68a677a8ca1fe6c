import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { BatchLockedError } from '../errors/index.js';

/** What a lock file holds: who took it, and a token only its holder knows. */
interface Holder {
  pid: number;
  host: string;
  since: string;
  token: string;
}

/** An unreadable lock younger than this is a run caught between creating and writing it. */
const FRESH_MS = 10_000;

/** Locks this process holds, by path: its own pid in a lock file is not proof it holds it. */
const heldHere = new Set<string>();

function readHolder(path: string): Holder | null | 'missing' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
  try {
    const h = JSON.parse(text) as Holder;
    return Number.isInteger(h.pid) && typeof h.token === 'string' ? h : null;
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process is there, only not ours to signal.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the holder is gone. A lock from another host cannot be checked and is taken as
 * live; our own pid without the lock in `heldHere` is a reused pid (PID 1 in a restarted
 * container), so that lock's holder is dead.
 */
function isStale(path: string, holder: Holder | null): boolean {
  if (holder === null) {
    try {
      return Date.now() - statSync(path).mtimeMs > FRESH_MS;
    } catch {
      return true;
    }
  }
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(path);
  return !pidAlive(holder.pid);
}

function tryCreate(path: string, holder: Holder): boolean {
  try {
    writeFileSync(path, JSON.stringify(holder), { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/**
 * Moves a dead holder's lock aside, atomically, and checks that what moved is the lock
 * judged stale: if another run took it over in between, its fresh lock goes back.
 */
function takeOver(path: string, stale: Holder | null): void {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const moved = readHolder(aside);
  const same = moved === 'missing' || (moved === null ? stale === null : stale !== null && moved.token === stale.token);
  if (!same) {
    try {
      linkSync(aside, path);
    } catch {
      // Yet another run holds it now; the moved holder keeps running, unlocked, as before.
    }
  }
  rmSync(aside, { force: true });
}

/**
 * One batch run's claim on the files it owns (journal, failures): a `<file>.lock` beside
 * each, created exclusively and holding the pid. A second run on the same output is
 * refused while the first lives; a lock left by a run that died (even by kill -9) is taken
 * over by the next, `--resume` included, with no waiting for it to go stale.
 */
export class RunLock {
  private constructor(
    readonly path: string,
    private token: string,
  ) {}

  /** Takes the lock for `file`, or throws BatchLockedError naming the run that holds it. */
  static acquire(file: string, what: string): RunLock {
    const path = `${file}.lock`;
    const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(12).toString('hex') };
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (!heldHere.has(path) && tryCreate(path, me)) {
        heldHere.add(path);
        return new RunLock(path, me.token);
      }
      const holder = readHolder(path);
      if (holder === 'missing') continue;
      if (!isStale(path, holder)) throw lockedError(path, what, holder);
      takeOver(path, holder);
    }
    throw lockedError(path, what, null);
  }

  /** Gives the lock up; only ever removes a lock file that is still this run's own. */
  release(): void {
    if (!heldHere.delete(this.path)) return;
    const holder = readHolder(this.path);
    if (holder !== 'missing' && holder?.token === this.token) rmSync(this.path, { force: true });
  }
}

function lockedError(path: string, what: string, holder: Holder | null): BatchLockedError {
  const who = holder ? `pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since}` : 'starting';
  return new BatchLockedError(
    `${what} is in use by another batch run (${who}); wait for it to end or stop it, then rerun (lock: ${path})`,
    path,
  );
}

/** Locks every file of a run, or none: a refusal releases what was already taken. */
export function acquireRunLocks(files: string[], what: string): RunLock[] {
  const locks: RunLock[] = [];
  try {
    for (const f of new Set(files)) locks.push(RunLock.acquire(f, what));
  } catch (err) {
    for (const l of locks) l.release();
    throw err;
  }
  return locks;
}
