import pg from 'pg';
import type { NewsRecord } from '../record/schema.js';
import { ARTICLE_COLUMNS, ENTITY_COLUMNS, articleRow, entityRows, type EntityRow } from '../record/rows.js';
import { StoreUnavailableError } from '../errors/store-unavailable-error.js';
import { bandKeys, chooseRepresentative, signatureFromBytes, signatureToBytes } from '../dedup/index.js';
import { upgradeRecord } from '../record/upgrade.js';
import { ID_SCHEME } from './migrate.js';
import type { DedupRequest, RecordStore, StoreItem } from './store.js';

const PAGE = 256;
/** Rows per INSERT statement (18 columns each; PostgreSQL allows 65,535 parameters). */
const ENTITY_CHUNK = 1000;
/** Any constant: serialises concurrent schema creation by several workers. */
const SCHEMA_LOCK = 0x7a686e6577;

export const POSTGRES_SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  source_uri TEXT, source_url TEXT, source_sha256 TEXT NOT NULL, source_encoding TEXT NOT NULL,
  source_bytes BIGINT NOT NULL,
  title TEXT, published_at TIMESTAMPTZ, publisher TEXT,
  authors JSONB NOT NULL, editors JSONB NOT NULL,
  dateline_place TEXT, dateline_date DATE,
  language TEXT NOT NULL, text TEXT NOT NULL, organizations JSONB NOT NULL,
  keywords JSONB NOT NULL DEFAULT '[]', duplicate_of TEXT,
  n_entities INTEGER NOT NULL, n_figures INTEGER NOT NULL, n_dates INTEGER NOT NULL,
  pipeline_version TEXT NOT NULL, pipeline_model TEXT NOT NULL,
  record JSON NOT NULL,          -- JSON, not JSONB: keeps the record byte for byte (key order)
  stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS entities (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  row_kind TEXT NOT NULL CHECK (row_kind IN ('entity', 'figure', 'date')),
  type TEXT NOT NULL, text TEXT NOT NULL,
  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
  score DOUBLE PRECISION, value DOUBLE PRECISION, value_max DOUBLE PRECISION, date_value TEXT, date_value_max TEXT,
  unit TEXT, currency TEXT, approximate BOOLEAN, bound TEXT, granularity TEXT, relative BOOLEAN,
  source TEXT,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX IF NOT EXISTS entities_type ON entities (type, text);
CREATE INDEX IF NOT EXISTS articles_sha256 ON articles (source_sha256);
ALTER TABLE articles ADD COLUMN IF NOT EXISTS keywords JSONB NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_of TEXT;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS date_value_max TEXT;
CREATE TABLE IF NOT EXISTS zhnews_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dedup_signatures (id TEXT PRIMARY KEY, representative TEXT, signature BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS dedup_bands (band_key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (band_key, id));
`;

/** Serialises dedup writers on every machine: a near-duplicate pair written at once still gets one representative. */
const DEDUP_LOCK = 0x7a686e6564;

const upsertSql = `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${ARTICLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
   ON CONFLICT (id) DO UPDATE SET ${ARTICLE_COLUMNS.filter((c) => c !== 'id')
     .map((c) => `${c} = excluded.${c}`)
     .join(', ')}, stored_at = now()`;

/** Socket errors of a refused, dropped or timed-out connection. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * SQLSTATEs of a server that is away or refusing work for now: class 08 (connection
 * exception), 57P01-57P03 (shut down by an administrator, crashed, starting up), 53300
 * (too many connections).
 */
const UNAVAILABLE_STATE = /^(08...|57P0[123]|53300)$/;
/** What pg itself says when the socket goes away under it or a connect times out. */
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** Whether a pg error means the server is away (an outage), not that this statement is wrong. */
export function isPostgresUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATE.test(code))) return true;
  // Node's connect to "localhost" tries each address and reports an AggregateError of them.
  if (err instanceof AggregateError) return err.errors.some(isPostgresUnavailable);
  return UNAVAILABLE_MESSAGE.test(err.message);
}

function insertEntitiesSql(n: number): string {
  const w = ENTITY_COLUMNS.length;
  const tuples = Array.from({ length: n }, (_, r) => `(${ENTITY_COLUMNS.map((_, c) => `$${r * w + c + 1}`).join(', ')})`);
  return `INSERT INTO entities (${ENTITY_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`;
}

/**
 * The store for workers on many machines: the same tables as the SQLite store, one
 * transaction per record (upsert the article, replace its entity rows), so a retried or
 * duplicated article leaves exactly one record however many workers write at once.
 */
const ignoreLostConnection = (): void => {};

async function writeEntities(client: pg.PoolClient, record: NewsRecord): Promise<void> {
  const rows = entityRows(record);
  await client.query('DELETE FROM entities WHERE article_id = $1', [record.id]);
  for (let i = 0; i < rows.length; i += ENTITY_CHUNK) {
    const chunk = rows.slice(i, i + ENTITY_CHUNK);
    await client.query(
      insertEntitiesSql(chunk.length),
      chunk.flatMap((r) => ENTITY_COLUMNS.map((c) => r[c as keyof EntityRow])),
    );
  }
}

/**
 * Brings a database written before 0.2 to today's ids and fields, inside the schema lock:
 * each record is rewritten under its new id with its entity rows (the foreign key does not
 * let an id change in place). Recorded in zhnews_meta, so it runs once.
 */
async function migrate(client: pg.PoolClient): Promise<void> {
  const scheme = await client.query<{ value: string }>("SELECT value FROM zhnews_meta WHERE key = 'id_scheme'");
  if (scheme.rows[0]?.value === ID_SCHEME) return;
  const old = await client.query<{ id: string; record: NewsRecord }>('SELECT id, record FROM articles ORDER BY seq');
  for (const row of old.rows) {
    const r = upgradeRecord(row.record);
    await client.query('DELETE FROM entities WHERE article_id = $1', [row.id]);
    await client.query('UPDATE articles SET id = $1, record = $2, keywords = $3, duplicate_of = $4 WHERE id = $5', [
      r.id,
      JSON.stringify(r),
      JSON.stringify(r.keywords.map((k) => k.text)),
      r.duplicateOf,
      row.id,
    ]);
    await writeEntities(client, r);
  }
  await client.query(
    "INSERT INTO zhnews_meta (key, value) VALUES ('id_scheme', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    [ID_SCHEME],
  );
}

/** The record's representative, decided once and kept; call inside the write's transaction. */
async function dedupe(client: pg.PoolClient, record: NewsRecord, req: DedupRequest): Promise<string | null> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [DEDUP_LOCK]);
  const known = await client.query<{ representative: string | null }>('SELECT representative FROM dedup_signatures WHERE id = $1', [
    record.id,
  ]);
  if (known.rows[0]) return known.rows[0].representative;
  const keys = bandKeys(req.signature);
  const hits = await client.query<{ id: string; representative: string | null; signature: Buffer }>(
    'SELECT id, representative, signature FROM dedup_signatures WHERE id IN (SELECT id FROM dedup_bands WHERE band_key = ANY($1))',
    [keys],
  );
  const rep = chooseRepresentative(
    record.id,
    req.signature,
    hits.rows.map((h) => ({ id: h.id, representative: h.representative, signature: signatureFromBytes(h.signature) })),
    req.threshold,
  );
  await client.query('INSERT INTO dedup_signatures (id, representative, signature) VALUES ($1, $2, $3)', [
    record.id,
    rep,
    signatureToBytes(req.signature),
  ]);
  await client.query('INSERT INTO dedup_bands (band_key, id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [keys, record.id]);
  return rep;
}

export async function openPostgresStore(url: string): Promise<RecordStore & { readonly pool: pg.Pool }> {
  // A connect that hangs (a server that accepts but never answers) fails after 10 s instead of never.
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {
    /* an idle client lost its connection; the next query reconnects */
  });
  const setup = await pool.connect();
  setup.on('error', ignoreLostConnection);
  try {
    await setup.query('BEGIN');
    await setup.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await setup.query(POSTGRES_SCHEMA);
    await migrate(setup);
    await setup.query('COMMIT');
  } catch (err) {
    await setup.query('ROLLBACK').catch(() => {});
    setup.release();
    await pool.end();
    throw err;
  }
  setup.release();

  /** Writes the items in one transaction, in order: each upserted with its entity rows. */
  async function transact(items: readonly StoreItem[]): Promise<NewsRecord[]> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw isPostgresUnavailable(err) ? new StoreUnavailableError(err) : err;
    }
    // A connection lost while checked out is emitted on the client as well as failing the query in
    // flight: unheard, that 'error' event killed the worker (soak: PostgreSQL stopped mid-write).
    client.on('error', ignoreLostConnection);
    let lost = false;
    try {
      await client.query('BEGIN');
      const written: NewsRecord[] = [];
      for (const { record: given, dedup } of items) {
        const record = dedup ? { ...given, duplicateOf: await dedupe(client, given, dedup) } : given;
        const a = articleRow(record);
        // The upsert takes the article's row lock first: concurrent writers of one id queue here.
        await client.query(
          upsertSql,
          ARTICLE_COLUMNS.map((c) => a[c]),
        );
        await writeEntities(client, record);
        written.push(record);
      }
      await client.query('COMMIT');
      return written;
    } catch (err) {
      lost = isPostgresUnavailable(err);
      if (!lost) await client.query('ROLLBACK').catch(() => {});
      throw lost ? new StoreUnavailableError(err) : err;
    } finally {
      client.off('error', ignoreLostConnection);
      // A client whose connection is gone is destroyed, not handed to the next write.
      client.release(lost);
    }
  }

  return {
    pool,
    async put(given: NewsRecord, dedup?: DedupRequest) {
      return (await transact([{ record: given, dedup }]))[0]!;
    },
    async putMany(items) {
      return items.length === 0 ? [] : transact(items);
    },
    async has(id) {
      const r = await pool.query('SELECT 1 FROM articles WHERE id = $1', [id]);
      return (r.rowCount ?? 0) > 0;
    },
    async *records() {
      let after = '0';
      for (;;) {
        const r = await pool.query<{ seq: string; record: NewsRecord }>(
          'SELECT seq, record FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2',
          [after, PAGE],
        );
        for (const row of r.rows) yield row.record;
        if (r.rows.length < PAGE) return;
        after = r.rows[r.rows.length - 1]!.seq;
      }
    },
    async count() {
      const r = await pool.query<{ n: string }>('SELECT count(*) AS n FROM articles');
      return Number(r.rows[0]?.n ?? 0);
    },
    async close() {
      await pool.end();
    },
  };
}
