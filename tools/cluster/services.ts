/**
 * Redis and PostgreSQL in the data namespace, listening on its address, as a real deployment's
 * data machine would. The loopback helpers in ../scaffold bind 127.0.0.1 and run in this
 * process's namespace, so the cluster test starts its own.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sleep } from '../harness/counts.js';
import { inNs } from './netns.js';

export const REDIS_PORT = 6379;
export const POSTGRES_PORT = 5432;

export class ServiceError extends Error {
  override name = 'ServiceError';
}

export interface NsRedis {
  url: string;
  stop(): void;
}

function redisPing(ns: string, addr: string): boolean {
  const r = spawnSync('ip', [...inNs(ns).slice(1), 'redis-cli', '-h', addr, '-p', String(REDIS_PORT), 'ping'], {
    encoding: 'utf8',
    timeout: 3000,
  });
  return r.status === 0 && r.stdout.trim() === 'PONG';
}

export async function startRedisIn(ns: string, addr: string, dir: string): Promise<NsRedis> {
  const [cmd, ...pre] = inNs(ns);
  // AOF on and noeviction, as the README asks of a production Redis; protected mode off: the
  // namespace is the boundary, and no password is what a test on a private bridge needs.
  const args = ['redis-server', '--port', String(REDIS_PORT), '--bind', addr, '127.0.0.1', '--protected-mode', 'no', '--dir', dir];
  args.push('--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--maxmemory-policy', 'noeviction', '--logfile', '');
  const child: ChildProcess = spawn(cmd!, [...pre, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  });
  const deadline = Date.now() + 20_000;
  while (!redisPing(ns, addr)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new ServiceError(`redis-server did not come up in ${ns}:\n${log}`);
    }
    await sleep(100);
  }
  return { url: `redis://${addr}:${REDIS_PORT}`, stop: () => child.kill('SIGTERM') };
}

/** The newest Debian PostgreSQL, as ../scaffold/local-postgres.ts finds it. */
export function postgresBinDir(): string | null {
  if (process.env.PG_BINDIR && existsSync(join(process.env.PG_BINDIR, 'initdb'))) return process.env.PG_BINDIR;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const v = readdirSync(root)
    .filter((x) => existsSync(join(root, x, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))[0];
  return v ? join(root, v, 'bin') : null;
}

export interface NsPostgres {
  url: string;
  /** `pg_ctl stop -m fast`: connections cut, committed data kept. */
  halt(): void;
  start(): void;
}

/** initdb and postgres refuse root: they run as the postgres user (runuser), inside the namespace. */
export function startPostgresIn(ns: string, addr: string, subnet: string, dir: string, bin: string): NsPostgres {
  const run = (prog: string, args: string[], inside: boolean) => {
    const argv = ['runuser', '-u', 'postgres', '--', join(bin, prog), ...args];
    const [cmd, ...rest] = inside ? [...inNs(ns), ...argv] : argv;
    const r = spawnSync(cmd!, rest, { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new ServiceError(`${prog} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
    return r.stdout;
  };
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], false);
  // The worker hosts and the client connect over the bridge: trust the run's subnet, nothing wider.
  appendFileSync(join(data, 'pg_hba.conf'), `host all all ${subnet} trust\n`);
  const opts = `-p ${POSTGRES_PORT} -k ${dir} -c listen_addresses=${addr} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
  const start = () => {
    run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'], true);
  };
  start();
  run('psql', ['-h', dir, '-p', String(POSTGRES_PORT), '-U', 'postgres', '-qc', 'CREATE DATABASE cluster'], true);
  return {
    url: `postgres://postgres@${addr}:${POSTGRES_PORT}/cluster`,
    halt: () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], true);
    },
    start,
  };
}
