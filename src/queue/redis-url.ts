/**
 * `--redis` values as the contract writes them, read without loading a Redis client (the CLI
 * checks flags before it loads anything heavy).
 */
import { UsageError } from '../errors/index.js';

export interface HostPort {
  host: string;
  port: number;
}

/** Where the queue lives: one Redis, a master found through Sentinels, or a Redis Cluster. */
export type RedisTarget =
  | { kind: 'single'; url: string }
  | { kind: 'sentinel'; sentinels: HostPort[]; name: string; username?: string; password?: string; db: number }
  | { kind: 'cluster'; nodes: HostPort[]; username?: string; password?: string };

const MULTI = /^(redis\+sentinel|redis\+cluster):\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#]+)(?:\/([^?#]*))?$/;

function hostPorts(list: string, url: string): HostPort[] {
  return list.split(',').map((hp) => {
    const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(hp.trim());
    if (!m || !m[1]) throw new UsageError(`--redis: bad host in ${redactRedisUrl(url)}: "${hp}"`);
    return { host: m[1], port: m[2] ? Number(m[2]) : 0 };
  });
}

/**
 * Reads a `--redis` value (the contract's forms): `redis://[user:pass@]host[:port][/db]`,
 * `rediss://` (TLS), `redis+sentinel://[user:pass@]host:port,host:port/<master name>[/db]`
 * (sentinels on 26379 by default) and `redis+cluster://[user:pass@]host:port,host:port`.
 */
export function parseRedisTarget(url: string): RedisTarget {
  const multi = MULTI.exec(url);
  if (multi) {
    const [, scheme, user, pass, hosts, path] = multi;
    const auth = { ...(user ? { username: decodeURIComponent(user) } : {}), ...(pass ? { password: decodeURIComponent(pass) } : {}) };
    if (scheme === 'redis+cluster') {
      return { kind: 'cluster', nodes: hostPorts(hosts!, url).map((n) => ({ ...n, port: n.port || 6379 })), ...auth };
    }
    const [name, db] = (path ?? '').split('/');
    if (!name) throw new UsageError(`--redis: a sentinel URL needs the master's name: redis+sentinel://host:26379/<name>`);
    return {
      kind: 'sentinel',
      sentinels: hostPorts(hosts!, url).map((n) => ({ ...n, port: n.port || 26379 })),
      name,
      db: Number(db ?? 0) || 0,
      ...auth,
    };
  }
  parseRedisUrl(url);
  return { kind: 'single', url };
}

/** Checks a single-server `--redis` value: `redis://[user:pass@]host[:port][/db]` or `rediss://` (TLS). */
export function parseRedisUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--redis: not a URL: ${url} (expected redis://host:port)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new UsageError(`--redis: expected redis://, rediss://, redis+sentinel:// or redis+cluster://, got ${parsed.protocol}`);
  }
  return parsed;
}

/** The URL with any password masked, for log lines. */
export function redactRedisUrl(url: string): string {
  if (/^redis\+\w+:\/\//.test(url)) return url.replace(/:\/\/([^:@/]*):[^@/]*@/, '://$1:***@');
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}
