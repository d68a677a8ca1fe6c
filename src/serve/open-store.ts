/**
 * The store the viewer reads: `sqlite:` and `postgres:` stores in place; a `jsonl:` store is
 * copied into a temporary SQLite file first, with a progress line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, parseStoreUri } from '../store/index.js';
import { openSqliteStore } from '../store/sqlite.js';
import { ViewerDb, type ViewerSource } from './viewer-db.js';

export async function openViewerDb(uri: string, log: (line: string) => void): Promise<{ db: ViewerSource; cleanup: () => void }> {
  const loc = parseStoreUri(uri);
  if (loc.kind === 'sqlite') return { db: new ViewerDb(loc.path), cleanup: () => {} };
  if (loc.kind === 'postgres') {
    // The store's own schema (and any migration) first, as every command that opens it does.
    await (await openStore(uri)).close();
    const { openPostgresViewer } = await import('./postgres-viewer.js');
    return { db: await openPostgresViewer(loc.url, log), cleanup: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-serve-'));
  const path = join(dir, 'view.db');
  const source = await openStore(uri);
  const copy = await openSqliteStore(path);
  try {
    const total = await source.count();
    let n = 0;
    for await (const r of source.records()) {
      await copy.put(r);
      if (++n % 1000 === 0 || n === total) log(`serve: loading ${uri.replace(/\/\/[^@/]*@/, '//***@')}: ${n}/${total} records`);
    }
  } finally {
    await copy.close();
    await source.close();
  }
  return { db: new ViewerDb(path), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
