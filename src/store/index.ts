import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../errors/index.js';
import type { RecordStore } from './store.js';
import { fingerprint } from '../dedup/fingerprint.js';

export type { RecordStore } from './store.js';

export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'jsonl'; path: string } | { kind: 'postgres'; url: string };

/**
 * Parses a store URI of the record contract: `sqlite:path.db` (relative to the working
 * folder, or `sqlite:/abs/path.db`), `jsonl:path.jsonl`, `postgres://...` (or `postgresql://`).
 */
export function parseStoreUri(uri: string): StoreLocation {
  const m = /^([a-z]+):(.*)$/s.exec(uri);
  const scheme = m?.[1];
  const rest = m?.[2] ?? '';
  if (scheme === 'postgres' || scheme === 'postgresql') {
    if (!rest.startsWith('//')) throw new UsageError(`bad store URI "${uri}": expected postgres://user@host:port/db`);
    return { kind: 'postgres', url: uri };
  }
  if (scheme === 'sqlite' || scheme === 'jsonl') {
    // Tolerate the URL-style sqlite:///abs/path too.
    const path = rest.startsWith('//') ? rest.replace(/^\/\/(?=\/)/, '') : rest;
    if (path === '' || path.startsWith('//')) throw new UsageError(`bad store URI "${uri}": expected ${scheme}:path`);
    if (scheme === 'sqlite' && path === ':memory:') return { kind: 'sqlite', path };
    return { kind: scheme, path: isAbsolute(path) ? path : resolve(path) };
  }
  throw new UsageError(`unknown store URI "${uri}": use sqlite:path.db, postgres://..., or jsonl:path.jsonl`);
}

/** The local file a store lives in (for files kept beside it), or null for a server. */
export function storeFile(uri: string): string | null {
  const loc = parseStoreUri(uri);
  return loc.kind === 'postgres' ? null : loc.path;
}

/** Opens (and creates, when missing) the store a URI names. */
export async function openStore(uri: string): Promise<RecordStore> {
  const loc = parseStoreUri(uri);
  switch (loc.kind) {
    case 'sqlite': {
      const { openSqliteStore } = await import('./sqlite.js');
      return openSqliteStore(loc.path);
    }
    case 'postgres': {
      const { openPostgresStore } = await import('./postgres.js');
      return openPostgresStore(loc.url);
    }
    case 'jsonl': {
      const { openJsonlStore } = await import('./jsonl.js');
      return openJsonlStore(loc.path);
    }
  }
}

/**
 * The store, with every put fingerprinted and marked against it (`worker --dedup`): the
 * representative is decided in the store's own transaction, so workers on many machines
 * sharing one SQLite or PostgreSQL store dedupe against one another.
 */
export function withDedup(store: RecordStore, threshold: number): RecordStore {
  return {
    put: (record) => store.put(record, { signature: fingerprint(record.text), threshold }),
    has: (id) => store.has(id),
    records: () => store.records(),
    count: () => store.count(),
    close: () => store.close(),
  };
}
