import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { NewsRecord } from '../record/schema.js';
import { ARTICLE_COLUMNS, ENTITY_COLUMNS, articleRow, entityRows, type EntityRow } from '../record/rows.js';
import { StoreUnavailableError } from '../errors/store-unavailable-error.js';
import type { RecordStore } from './store.js';

/** How long a writer waits for another process's write lock before failing (SQLITE_BUSY). */
export const SQLITE_BUSY_TIMEOUT_MS = 30_000;
const PAGE = 256;

export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  source_uri TEXT, source_url TEXT, source_sha256 TEXT NOT NULL, source_encoding TEXT NOT NULL,
  source_bytes INTEGER NOT NULL,
  title TEXT, published_at TEXT, publisher TEXT,
  authors TEXT NOT NULL, editors TEXT NOT NULL,
  dateline_place TEXT, dateline_date TEXT,
  language TEXT NOT NULL, text TEXT NOT NULL, organizations TEXT NOT NULL,
  n_entities INTEGER NOT NULL, n_figures INTEGER NOT NULL, n_dates INTEGER NOT NULL,
  pipeline_version TEXT NOT NULL, pipeline_model TEXT NOT NULL,
  record TEXT NOT NULL,
  stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS entities (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  row_kind TEXT NOT NULL CHECK (row_kind IN ('entity', 'figure', 'date')),
  type TEXT NOT NULL, text TEXT NOT NULL,
  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
  score REAL, value REAL, value_max REAL, date_value TEXT,
  unit TEXT, currency TEXT, approximate INTEGER, bound TEXT, granularity TEXT, relative INTEGER,
  source TEXT,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX IF NOT EXISTS entities_type ON entities (type, text);
CREATE INDEX IF NOT EXISTS articles_sha256 ON articles (source_sha256);
`;

/**
 * Result codes (extended ones included) that say the database is busy, locked by another
 * process past the busy timeout, or its file cannot be written for now (I/O error, full
 * disk): an outage a writer can wait out, not a fault of the record.
 */
const UNAVAILABLE_CODE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL)(_|$)/;

export function isSqliteUnavailable(err: unknown): boolean {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && UNAVAILABLE_CODE.test(code);
}

function sqliteValue(v: unknown): unknown {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

async function untilNotBusy<T>(step: () => T): Promise<T> {
  const until = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      return step();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
    }
  }
}

/**
 * The embedded default store: one SQLite file, WAL mode (readers never block the writer),
 * a busy timeout so several worker processes on one machine take turns to write, and an
 * idempotent upsert by record id inside one IMMEDIATE transaction per record.
 */
export async function openSqliteStore(path: string): Promise<RecordStore & { readonly db: Database.Database }> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  // Switching a new file to WAL can answer SQLITE_BUSY at once, without the busy handler, while
  // another process opens the same file (CI: two workers starting on one new store, "database
  // is locked"): it is retried for as long as the busy timeout.
  await untilNotBusy(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  await untilNotBusy(() => db.transaction(() => db.exec(SQLITE_SCHEMA)).immediate());

  const upsertArticle = db.prepare(
    `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${ARTICLE_COLUMNS.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${ARTICLE_COLUMNS.filter((c) => c !== 'id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')},
     stored_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  const deleteEntities = db.prepare('DELETE FROM entities WHERE article_id = ?');
  const insertEntity = db.prepare(
    `INSERT INTO entities (${ENTITY_COLUMNS.join(', ')}) VALUES (${ENTITY_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  const hasStmt = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const countStmt = db.prepare('SELECT count(*) FROM articles').pluck();
  const pageStmt = db.prepare('SELECT rowid AS rid, record FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?');

  const putTx = db.transaction((record: NewsRecord) => {
    upsertArticle.run(articleRow(record));
    deleteEntities.run(record.id);
    for (const row of entityRows(record)) {
      const bound: Record<string, unknown> = {};
      for (const c of ENTITY_COLUMNS) bound[c] = sqliteValue(row[c as keyof EntityRow]);
      insertEntity.run(bound);
    }
  });

  return {
    db,
    async put(record) {
      try {
        putTx.immediate(record);
      } catch (err) {
        throw isSqliteUnavailable(err) ? new StoreUnavailableError(err) : err;
      }
    },
    async has(id) {
      return hasStmt.get(id) !== undefined;
    },
    async *records() {
      // Keyset pages, not one open cursor: the connection stays free for writes between pages.
      let after = 0;
      for (;;) {
        const rows = pageStmt.all(after, PAGE) as { rid: number; record: string }[];
        for (const row of rows) yield JSON.parse(row.record) as NewsRecord;
        if (rows.length < PAGE) return;
        after = rows[rows.length - 1]!.rid;
      }
    },
    async count() {
      return countStmt.get() as number;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
