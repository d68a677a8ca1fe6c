/**
 * Starts a throwaway `redis-server` on a free loopback port, in its own folder, with AOF on
 * and `maxmemory-policy noeviction` (as BullMQ requires). For the tests and the benchmark;
 * it can also be stopped and started again on the same port and folder, AOF intact.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalRedisOptions {
  /** The redis-server binary (default: `redis-server` on PATH). */
  bin?: string;
  /** Data folder (default: a new temp folder). */
  dir?: string;
  port?: number;
  /** AOF persistence (default true). */
  appendonly?: boolean;
  /** More redis-server arguments (cluster mode, replicaof). */
  extraArgs?: string[];
}

export interface LocalRedis {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  readonly running: boolean;
  /** The redis-server process id while running (for CPU accounting in the benchmark). */
  readonly pid: number | null;
  /** Graceful stop (SIGTERM: Redis flushes the AOF), waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash: waits for the exit. */
  kill(): Promise<void>;
  /** Starts it again on the same port and folder. */
  start(): Promise<void>;
}

/** Whether a redis-server binary can be run. */
export function redisServerAvailable(bin = 'redis-server'): boolean {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 && /Redis server/i.test(r.stdout);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: '127.0.0.1', port });
    let buf = '';
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(1000, () => done(false));
    sock.once('error', () => done(false));
    sock.once('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => {
      buf += d.toString();
      if (buf.includes('\r\n')) done(buf.startsWith('+PONG'));
    });
  });
}

export async function startLocalRedis(opts: LocalRedisOptions = {}): Promise<LocalRedis> {
  const bin = opts.bin ?? 'redis-server';
  const port = opts.port ?? (await freePort());
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'zhnews-redis-'));
  const appendonly = opts.appendonly ?? true;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let log = '';

  const start = async () => {
    if (child) return;
    log = '';
    const proc = spawn(
      bin,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        appendonly ? 'yes' : 'no',
        '--appendfsync',
        'everysec',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
        '--daemonize',
        'no',
        '--logfile',
        '',
        ...(opts.extraArgs ?? []),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = proc;
    proc.stdout?.on('data', (d) => {
      log = (log + d.toString()).slice(-8000);
    });
    proc.stderr?.on('data', (d) => {
      log = (log + d.toString()).slice(-8000);
    });
    exited = new Promise((resolve) =>
      proc.once('exit', () => {
        if (child === proc) child = null;
        resolve();
      }),
    );
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (!child) throw new Error(`redis-server exited at start:\n${log}`);
      if (await ping(port)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    proc.kill('SIGKILL');
    throw new Error(`redis-server did not answer on port ${port}:\n${log}`);
  };

  const stop = async () => {
    if (!child) return;
    child.kill('SIGTERM');
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    get running() {
      return child !== null;
    },
    get pid() {
      return child?.pid ?? null;
    },
    start,
    stop,
    async kill() {
      if (!child) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
