/**
 * Stores and the record's identity since 0.2: near-duplicate marks decided in the store's
 * own transaction (two writers racing on near-duplicates still get one representative), and
 * stores written with the old text-hash ids migrated on open.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/dedup/index.js';
import { recordId, textHashId } from '../../src/pipeline/hash.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { openStore } from '../../src/store/index.js';
import type { RecordStore } from '../../src/store/store.js';
import { createDatabase, startPostgres, type PostgresServer } from '../helpers/postgres-server.js';
import { collect, sampleRecords } from '../helpers/store.js';
import { templateReports } from '../../tools/eval/dedup/variants.js';

let dir: string;
let records: NewsRecord[];
let server: PostgresServer | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-dedup-store-'));
  // Distinct stories (the fixture variants are near-duplicates of one another, by design).
  const [base] = await sampleRecords(1);
  records = [base!, ...templateReports(6, 5).map((t, i) => story(base!, t.text, i + 1))];
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A record of its own story: the sample's shape with another text and source. */
function story(base: NewsRecord, text: string, n: number): NewsRecord {
  const source = { ...base.source, uri: `story${n}.html`, sha256: n.toString(16).padStart(64, '0') };
  return { ...base, id: recordId(source), source, text, entities: [], figures: [], dates: [], organizations: [], keywords: [] };
}

/** A copy of a record as another portal published it: its own source, a credit line more. */
function copyOf(r: NewsRecord, n: number): NewsRecord {
  const source = {
    ...r.source,
    uri: `portal${n}/${r.source.uri}`,
    sha256: r.source.sha256.replace(/^.{4}/, n.toString(16).padStart(4, '0')),
  };
  return {
    ...r,
    id: recordId(source),
    source,
    text: `${r.text}\n（责任编辑：王明${n}）`,
    entities: [],
    figures: [],
    dates: [],
    organizations: [],
  };
}
const dedup = (r: NewsRecord) => ({ signature: fingerprint(r.text), threshold: 0.8 });

/** An old record: the text-hash id, no keywords or duplicateOf. */
function oldShape(r: NewsRecord): NewsRecord {
  const { keywords: _k, duplicateOf: _d, ...rest } = r;
  return { ...rest, id: textHashId(r.text), dates: r.dates.map(({ valueMax: _v, ...d }) => d) } as unknown as NewsRecord;
}

async function marksNearDuplicates(store: RecordStore): Promise<void> {
  const [a, b] = [records[0]!, records[1]!];
  expect((await store.put(a, dedup(a))).duplicateOf).toBeNull();
  expect((await store.put(b, dedup(b))).duplicateOf).toBeNull();
  const a1 = copyOf(a, 1);
  const a2 = copyOf(a, 2);
  expect((await store.put(a1, dedup(a1))).duplicateOf).toBe(a.id);
  expect((await store.put(a2, dedup(a2))).duplicateOf).toBe(a.id);
  // Put again (a retried job): the answer it got first.
  expect((await store.put(a, dedup(a))).duplicateOf).toBeNull();
  expect((await store.put(a1, dedup(a1))).duplicateOf).toBe(a.id);
  const back = new Map((await collect(store.records())).map((r) => [r.id, r]));
  expect(back.get(a1.id)?.duplicateOf).toBe(a.id);
  expect(back.get(b.id)?.duplicateOf).toBeNull();
}

describe('near-duplicate marks in the stores', () => {
  it('sqlite', async () => {
    const store = await openStore(`sqlite:${join(dir, 'd.db')}`);
    await marksNearDuplicates(store);
    await store.close();
  });

  it('jsonl (signatures beside the file, reloaded on open)', async () => {
    const path = join(dir, 'd.jsonl');
    const store = await openStore(`jsonl:${path}`);
    await marksNearDuplicates(store);
    await store.close();
    const again = await openStore(`jsonl:${path}`);
    const a3 = copyOf(records[0]!, 3);
    expect((await again.put(a3, dedup(a3))).duplicateOf).toBe(records[0]!.id);
    await again.close();
  });

  it('postgres: two writers racing on near-duplicates get one representative per story', async ({ skip }) => {
    if (!server) return skip();
    const url = await createDatabase(server, 'dedup_race');
    const [s1, s2] = await Promise.all([openStore(url), openStore(url)]);
    await marksNearDuplicates(s1!);
    // Each story's two copies written at the same moment by two writers.
    const stories = records.slice(2);
    const pairs = stories.map((r, i) => [copyOf(r, 10 + i), copyOf(r, 20 + i)] as const);
    await Promise.all(pairs.flatMap(([x, y]) => [s1!.put(x, dedup(x)), s2!.put(y, dedup(y))]));
    const back = new Map((await collect(s1!.records())).map((r) => [r.id, r]));
    for (const [x, y] of pairs) {
      const marks = [back.get(x.id)!.duplicateOf, back.get(y.id)!.duplicateOf];
      expect(marks.filter((m) => m === null)).toHaveLength(1);
      expect(marks).toContain(marks[0] === null ? x.id : y.id);
    }
    await s1!.close();
    await s2!.close();
  });
});

describe('stores written before 0.2 (text-hash ids) are migrated on open', () => {
  it('sqlite: ids, entity rows, added columns and fields', async () => {
    const path = join(dir, 'old.db');
    const store = await openStore(`sqlite:${path}`);
    for (const r of records.slice(0, 3)) await store.put(r);
    await store.close();
    // Make it an old file: text-hash ids, old records, no meta row, no added columns.
    const db = new Database(path);
    db.pragma('foreign_keys = OFF');
    for (const r of records.slice(0, 3)) {
      const old = oldShape(r);
      db.prepare('UPDATE entities SET article_id = ? WHERE article_id = ?').run(old.id, r.id);
      db.prepare('UPDATE articles SET id = ?, record = ? WHERE id = ?').run(old.id, JSON.stringify(old), r.id);
    }
    db.exec(
      'DELETE FROM zhnews_meta; ALTER TABLE articles DROP COLUMN keywords; ALTER TABLE articles DROP COLUMN duplicate_of; ALTER TABLE entities DROP COLUMN date_value_max;',
    );
    db.close();

    const migrated = await openStore(`sqlite:${path}`);
    const back = await collect(migrated.records());
    expect(back.map((r) => r.id).sort()).toEqual(
      records
        .slice(0, 3)
        .map((r) => r.id)
        .sort(),
    );
    for (const r of back) {
      expect(r.keywords).toEqual([]);
      expect(r.duplicateOf).toBeNull();
    }
    await migrated.close();
    const check = new Database(path, { readonly: true });
    const orphans = check.prepare('SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)').pluck().get();
    const rows = check.prepare('SELECT count(*) FROM entities').pluck().get() as number;
    check.close();
    expect(orphans).toBe(0);
    expect(rows).toBeGreaterThan(0);
  });

  it('jsonl: the file is rewritten with the new ids', async () => {
    const path = join(dir, 'old.jsonl');
    writeFileSync(
      path,
      records
        .slice(0, 2)
        .map((r) => JSON.stringify(oldShape(r)) + '\n')
        .join(''),
    );
    const store = await openStore(`jsonl:${path}`);
    expect(await store.has(records[0]!.id)).toBe(true);
    expect(await store.has(textHashId(records[0]!.text))).toBe(false);
    await store.close();
    const ids = readFileSync(path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as NewsRecord).id);
    expect(ids).toEqual(records.slice(0, 2).map((r) => r.id));
  });

  it('postgres', async ({ skip }) => {
    if (!server) return skip();
    const url = await createDatabase(server, 'old_ids');
    const store = await openStore(url);
    for (const r of records.slice(0, 3)) await store.put(r);
    await store.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    // Foreign keys off for this session (superuser): the rows get the ids an old version gave them.
    await c.query('SET session_replication_role = replica');
    for (const r of records.slice(0, 3)) {
      const old = oldShape(r);
      await c.query('UPDATE entities SET article_id = $1 WHERE article_id = $2', [old.id, r.id]);
      await c.query('UPDATE articles SET id = $1, record = $2 WHERE id = $3', [old.id, JSON.stringify(old), r.id]);
    }
    await c.query('DELETE FROM zhnews_meta');
    await c.end();
    const migrated = await openStore(url);
    const back = await collect(migrated.records());
    expect(back.map((r) => r.id).sort()).toEqual(
      records
        .slice(0, 3)
        .map((r) => r.id)
        .sort(),
    );
    expect(back.every((r) => Array.isArray(r.keywords) && r.duplicateOf === null)).toBe(true);
    await migrated.close();
  });
});
