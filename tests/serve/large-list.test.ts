/**
 * The article list past COUNT_CAP matches: a common word or organisation stops counting ("more
 * than 1000") and is read newest first; a rare one is read from its ids and counted exactly.
 * Both give the same rows, in the same order, as filtering the records by hand -- from a SQLite
 * store and from a real PostgreSQL one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsRecord } from '../../src/record/schema.js';
import { COUNT_CAP, ViewerDb, type ArticlePage, type ViewerSource } from '../../src/serve/viewer-db.js';
import { openPostgresViewer } from '../../src/serve/postgres-viewer.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { sampleRecords } from '../helpers/store.js';
import { createDatabase, startPostgres, type PostgresServer } from '../helpers/postgres-server.js';

const N = COUNT_CAP + 150;
let dir: string;
let all: NewsRecord[];
let pgServer: PostgresServer | null = null;
/** The viewers under test, by store kind (postgres only where a server could be started). */
const viewers = new Map<string, ViewerSource>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-serve-large-'));
  const [base] = await sampleRecords(1);
  // Every article names the common organisation; every 100th also the rare one, in its title too.
  all = Array.from({ length: N }, (_, i) => {
    const common = '常见集团';
    const rare = i % 100 === 0 ? '罕见研究院' : '';
    const text = `${base!.text}\n${common}${rare ? `与${rare}` : ''}签约。`;
    const at = base!.text.length + 1;
    const entities = [
      ...base!.entities,
      { type: 'ORG' as const, text: common, start: at, end: at + common.length, score: 0.9, source: 'model' },
      ...(rare
        ? [
            {
              type: 'ORG' as const,
              text: rare,
              start: at + common.length + 1,
              end: at + common.length + 1 + rare.length,
              score: 0.9,
              source: 'model',
            },
          ]
        : []),
    ];
    const day = new Date(Date.UTC(2020, 0, 1) + ((i * 7919) % 1500) * 86_400_000).toISOString().slice(0, 10);
    return {
      ...base!,
      id: i.toString(16).padStart(32, '0'),
      title: `第${i}号${rare ? rare : '公告'}`,
      publishedAt: `${day}T09:00:00+08:00`,
      text,
      entities,
    };
  });
  const store = await openSqliteStore(join(dir, 's.db'));
  store.db.exec('BEGIN');
  for (const r of all) await store.put(r);
  store.db.exec('COMMIT');
  await store.close();
  viewers.set('sqlite', new ViewerDb(join(dir, 's.db')));
  pgServer = await startPostgres();
  if (pgServer) {
    const url = await createDatabase(pgServer, 'serve_large');
    const pgStore = await openPostgresStore(url);
    await pgStore.putMany!(all.map((record) => ({ record })));
    await pgStore.close();
    viewers.set('postgres', await openPostgresViewer(url, () => {}));
  }
}, 180_000);
afterAll(async () => {
  for (const v of viewers.values()) await v.close();
  await pgServer?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const newestFirst = (rs: NewsRecord[]) =>
  [...rs]
    .sort((a, b) => (b.publishedAt! < a.publishedAt! ? -1 : b.publishedAt! > a.publishedAt! ? 1 : b.id < a.id ? -1 : 1))
    .map((r) => r.id);
const ids = (p: ArticlePage) => p.rows.map((r) => r.id);

describe.each(['sqlite', 'postgres'])('serve: the list past COUNT_CAP (%s store)', (kind) => {
  it('a common organisation or phrase: capped count, newest first, pages until the last full one', async ({ skip }) => {
    const db = viewers.get(kind);
    if (!db) return skip();
    const expected = newestFirst(all);
    for (const f of [{ org: '常见集团' }, { q: '见集团' }]) {
      const p1 = await db.articles({ ...f, page: 1 });
      expect(p1).toMatchObject({ total: COUNT_CAP, capped: true, page: 1, pages: 2 });
      expect(ids(p1)).toEqual(expected.slice(0, 50));
      const p3 = await db.articles({ ...f, page: 3 });
      expect(ids(p3)).toEqual(expected.slice(100, 150));
    }
    const everything = await db.articles({ page: 24 });
    expect(everything).toMatchObject({ total: N, page: 23, pages: 23 });
    expect(ids(everything)).toEqual(expected.slice(22 * 50));
  });

  it('a rare organisation, name or phrase: exact count, from its ids', async ({ skip }) => {
    const db = viewers.get(kind);
    if (!db) return skip();
    const expected = newestFirst(all.filter((_, i) => i % 100 === 0));
    for (const f of [{ org: '罕见研究院' }, { q: '与罕见研究院' }, { q: '罕见' }, { org: '常见集团', q: '罕见研究院' }]) {
      const p = await db.articles(f);
      expect(p.capped, JSON.stringify(f)).toBeUndefined();
      expect(p.total, JSON.stringify(f)).toBe(expected.length);
      expect(ids(p), JSON.stringify(f)).toEqual(expected);
    }
  });
});
