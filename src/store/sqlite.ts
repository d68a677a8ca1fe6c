import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { NewsRecord } from '../record/schema.js';
import { ARTICLE_COLUMNS, ENTITY_COLUMNS, articleRow, entityRows, type EntityRow } from '../record/rows.js';
import { StoreUnavailableError } from '../errors/store-unavailable-error.js';
import { bandKeys, chooseRepresentative, signatureFromBytes, signatureToBytes } from '../dedup/index.js';
import { upgradeRecord } from '../record/upgrade.js';
import { ID_SCHEME } from './migrate.js';
import type { DedupRequest, RecordStore, StoreItem } from './store.js';

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
  keywords TEXT NOT NULL DEFAULT '[]', duplicate_of TEXT,
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
  score REAL, value REAL, value_max REAL, date_value TEXT, date_value_max TEXT,
  unit TEXT, currency TEXT, approximate INTEGER, bound TEXT, granularity TEXT, relative INTEGER,
  source TEXT,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX IF NOT EXISTS entities_type ON entities (type, text);
CREATE INDEX IF NOT EXISTS articles_sha256 ON articles (source_sha256);
CREATE TABLE IF NOT EXISTS zhnews_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dedup_signatures (id TEXT PRIMARY KEY, representative TEXT, signature BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS dedup_bands (band_key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (band_key, id)) WITHOUT ROWID;
`;

/** Columns added since the first release: an older file gets them before the rest is touched. */
const ADDED_COLUMNS: [table: string, column: string, ddl: string][] = [
  ['articles', 'keywords', "keywords TEXT NOT NULL DEFAULT '[]'"],
  ['articles', 'duplicate_of', 'duplicate_of TEXT'],
  ['entities', 'date_value_max', 'date_value_max TEXT'],
];

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
 * Brings an older file to today's schema in one transaction: added columns, then ids by the
 * source rule with the records' added fields filled (src/record/upgrade.ts). Recorded in
 * zhnews_meta, so it runs once per file.
 */
function migrate(db: Database.Database): void {
  for (const [table, column, ddl] of ADDED_COLUMNS) {
    const cols = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (!cols.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${ddl}`);
  }
  const scheme = db.prepare("SELECT value FROM zhnews_meta WHERE key = 'id_scheme'").pluck().get() as string | undefined;
  if (scheme === ID_SCHEME) return;
  db.pragma('defer_foreign_keys = ON');
  const rows = db.prepare('SELECT id, record FROM articles').all() as { id: string; record: string }[];
  const setArticle = db.prepare('UPDATE articles SET id = ?, record = ?, keywords = ?, duplicate_of = ? WHERE id = ?');
  const setEntities = db.prepare('UPDATE entities SET article_id = ? WHERE article_id = ?');
  for (const row of rows) {
    const r = upgradeRecord(JSON.parse(row.record) as NewsRecord);
    setArticle.run(r.id, JSON.stringify(r), JSON.stringify(r.keywords.map((k) => k.text)), r.duplicateOf, row.id);
    if (r.id !== row.id) setEntities.run(r.id, row.id);
  }
  db.prepare("INSERT OR REPLACE INTO zhnews_meta (key, value) VALUES ('id_scheme', ?)").run(ID_SCHEME);
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
  await untilNotBusy(() => db.transaction(() => migrate(db)).immediate());

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

  const knownSig = db.prepare('SELECT representative FROM dedup_signatures WHERE id = ?');
  const bandHits = db.prepare(
    `SELECT s.id, s.representative, s.signature FROM dedup_signatures s
     WHERE s.id IN (SELECT id FROM dedup_bands WHERE band_key IN (${Array.from({ length: 32 }, () => '?').join(', ')}))`,
  );
  const insertSig = db.prepare('INSERT INTO dedup_signatures (id, representative, signature) VALUES (?, ?, ?)');
  const insertBand = db.prepare('INSERT OR IGNORE INTO dedup_bands (band_key, id) VALUES (?, ?)');

  /** The record's representative, decided once and kept (a record put again keeps its answer). */
  const dedupe = (record: NewsRecord, req: DedupRequest): string | null => {
    const known = knownSig.get(record.id) as { representative: string | null } | undefined;
    if (known) return known.representative;
    const keys = bandKeys(req.signature);
    const rows = bandHits.all(...keys) as { id: string; representative: string | null; signature: Buffer }[];
    const rep = chooseRepresentative(
      record.id,
      req.signature,
      rows.map((r) => ({ id: r.id, representative: r.representative, signature: signatureFromBytes(r.signature) })),
      req.threshold,
    );
    insertSig.run(record.id, rep, signatureToBytes(req.signature));
    for (const k of keys) insertBand.run(k, record.id);
    return rep;
  };

  const write = (given: NewsRecord, req?: DedupRequest): NewsRecord => {
    const record = req ? { ...given, duplicateOf: dedupe(given, req) } : given;
    upsertArticle.run(articleRow(record));
    deleteEntities.run(record.id);
    for (const row of entityRows(record)) {
      const bound: Record<string, unknown> = {};
      for (const c of ENTITY_COLUMNS) bound[c] = sqliteValue(row[c as keyof EntityRow]);
      insertEntity.run(bound);
    }
    return record;
  };
  const putTx = db.transaction(write);
  const putManyTx = db.transaction((items: readonly StoreItem[]): NewsRecord[] => items.map((i) => write(i.record, i.dedup)));

  return {
    db,
    async put(record, dedup) {
      try {
        return putTx.immediate(record, dedup);
      } catch (err) {
        throw isSqliteUnavailable(err) ? new StoreUnavailableError(err) : err;
      }
    },
    async putMany(items) {
      try {
        return putManyTx.immediate(items);
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
