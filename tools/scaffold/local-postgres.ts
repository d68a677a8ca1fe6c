import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './local-redis.js';

/**
 * A real PostgreSQL server for the tests and the soak run: a fresh cluster in a temporary data directory,
 * listening on a free loopback port, stopped and deleted by stop(). initdb and postgres
 * refuse to run as root, so as root they run as the `postgres` user (runuser).
 *
 * When the server binaries are missing, startPostgres() returns null after one clear
 * line on stderr (tests skip) on a developer's machine, and throws in CI (process.env.CI),
 * where .ci/run installs Debian's postgresql package.
 */
export interface PostgresServer {
  url: string;
  port: number;
  /** Stops the server (`-m fast`: connections are cut, committed data kept), for an outage. */
  halt(): void;
  /** Starts the halted server again, on the same port with the same data. */
  restart(): void;
  stop(): Promise<void>;
}

function findBinDir(): string | null {
  if (process.env.PG_BINDIR && existsSync(join(process.env.PG_BINDIR, 'initdb'))) return process.env.PG_BINDIR;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

export { freePort };

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function pgRun(bin: string, args: string[]): void {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
}

export async function startPostgres(): Promise<PostgresServer | null> {
  const bin = findBinDir();
  const runuserMissing = isRoot() && spawnSync('runuser', ['--help']).error !== undefined;
  if (!bin || runuserMissing) {
    const why = !bin ? 'PostgreSQL server binaries (initdb, pg_ctl) not found' : 'runuser not found';
    if (process.env.CI) throw new Error(`${why}: CI must install Debian's postgresql package (.ci/run does)`);
    process.stderr.write(`postgres tests skipped: ${why} (apt-get install postgresql)\n`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-pg-'));
  const data = join(dir, 'data');
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  pgRun(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50`;
  const start = () => pgRun(join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const halt = (mode: 'fast' | 'immediate') => pgRun(join(bin, 'pg_ctl'), ['-D', data, '-m', mode, '-w', 'stop']);
  start();
  let stopped = false;
  let halted = false;
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    halt() {
      // Not `immediate`: with synchronous_commit off, a crash may lose the last commits.
      halt('fast');
      halted = true;
    },
    restart() {
      start();
      halted = false;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (!halted) halt('immediate');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A fresh database on the server, so tests in one file do not see each other's rows. */
export async function createDatabase(server: PostgresServer, name: string): Promise<string> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return server.url.replace(/\/postgres$/, `/${name}`);
}
