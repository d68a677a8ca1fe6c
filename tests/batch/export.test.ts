import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsRecord } from '../../src/record/schema.js';
import { zhnews } from '../helpers/cli.js';
import { createDatabase, startPostgres, type PostgresServer } from '../helpers/postgres-server.js';
import { articleVariants, fixtureArticles, writeTar } from '../helpers/batch-fixtures.js';

let dir: string;
let tgz: string;
let N: number;
let pgServer: PostgresServer | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-export-'));
  const arts = [...fixtureArticles(), ...articleVariants(9)];
  N = arts.length;
  tgz = join(dir, 'in.tgz');
  await writeTar(
    tgz,
    arts.map((a) => ({ name: a.name, data: a.bytes })),
    true,
  );
  pgServer = await startPostgres();
});
afterAll(async () => {
  await pgServer?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as NewsRecord);

async function duck(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    const r = await con.runAndReadAll(sql);
    return r.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    con.closeSync();
  }
}

/** What DuckDB reads back from the Parquet file, as the record's lists. */
async function parquetRecords(path: string) {
  return duck(`SELECT id, source.uri AS uri, title, authors, entities, figures, dates FROM read_parquet('${path}')`);
}

function checkCsv(prefix: string, records: NewsRecord[], bom: boolean) {
  const raw = readFileSync(`${prefix}.csv`);
  expect(raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
  const articles = parse(raw, { columns: true, bom: true }) as Record<string, string>[];
  expect(articles.map((a) => a.id)).toEqual(records.map((r) => r.id));
  expect(articles.map((a) => a.text)).toEqual(records.map((r) => r.text));
  expect(articles.map((a) => a.title)).toEqual(records.map((r) => r.title ?? ''));
  const entities = parse(readFileSync(`${prefix}.entities.csv`), { columns: true, bom: true }) as Record<string, string>[];
  expect(Object.keys(entities[0]!).slice(0, 13)).toEqual([
    'articleId',
    'type',
    'text',
    'start',
    'end',
    'score',
    'value',
    'valueMax',
    'unit',
    'currency',
    'approximate',
    'granularity',
    'relative',
  ]);
  const expected = records.flatMap((r) => [
    ...r.entities.map((e) => [r.id, e.type, e.text, String(e.start), String(e.end), String(e.score), '', 'entity']),
    ...r.figures.map((f) => [r.id, f.kind, f.text, String(f.start), String(f.end), '', f.value === null ? '' : String(f.value), 'figure']),
    ...r.dates.map((d) => [r.id, d.kind, d.text, String(d.start), String(d.end), '', d.value ?? '', 'date']),
  ]);
  expect(entities.map((e) => [e.articleId, e.type, e.text, e.start, e.end, e.score, e.value, e.row])).toEqual(expected);
  // Offsets in the entities file index into the article file's text.
  const text = new Map(articles.map((a) => [a.id, a.text!]));
  for (const e of entities) expect(text.get(e.articleId!)!.slice(Number(e.start), Number(e.end))).toBe(e.text);
}

async function checkParquet(path: string, records: NewsRecord[]) {
  const rows = await parquetRecords(path);
  expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
  for (const [i, r] of records.entries()) {
    const row = rows[i]!;
    expect(row.uri).toBe(r.source.uri);
    expect(row.title).toBe(r.title);
    expect(row.authors).toEqual(r.authors);
    expect(row.entities).toEqual(r.entities);
    expect((row.figures as NewsRecord['figures']).map((f) => ({ ...f, value: f.value === null ? null : Number(f.value) }))).toEqual(
      r.figures,
    );
    expect(row.dates).toEqual(r.dates);
  }
}

describe('batch --store and export', () => {
  it('sqlite: batch twice into one store leaves each article once; export jsonl, csv (+BOM) and parquet read back', async () => {
    const db = join(dir, 'news.db');
    for (let i = 0; i < 2; i++) {
      const r = zhnews(['batch', tgz, '--store', `sqlite:${db}`, '--model', 'rules', '--concurrency', '2']);
      expect(r.status, r.stderr).toBe(0);
      // The store thread closed its connection at the end: SQLite checkpointed and removed its WAL.
      expect(existsSync(`${db}-wal`)).toBe(false);
    }
    const outJsonl = join(dir, 'x.jsonl');
    expect(zhnews(['export', '--store', `sqlite:${db}`, '--out', outJsonl]).status).toBe(0);
    const records = jsonl(outJsonl);
    expect(records).toHaveLength(N);
    expect(new Set(records.map((r) => r.source.uri)).size).toBe(N);

    expect(zhnews(['export', '--store', `sqlite:${db}`, '--out', join(dir, 'x.csv')]).status).toBe(0);
    checkCsv(join(dir, 'x'), records, false);
    expect(zhnews(['export', '--store', `sqlite:${db}`, '--out', join(dir, 'bom.csv'), '--bom']).status).toBe(0);
    checkCsv(join(dir, 'bom'), records, true);

    const pq = join(dir, 'x.parquet');
    expect(zhnews(['export', '--store', `sqlite:${db}`, '--out', pq]).status).toBe(0);
    await checkParquet(pq, records);
    // The one SQL query of the README, over the Parquet dataset.
    const orgs = await duck(
      `SELECT e.text AS org, count(*) AS n FROM (SELECT unnest(entities) AS e FROM read_parquet('${pq}')) WHERE e.type = 'ORG' GROUP BY 1 ORDER BY n DESC, org`,
    );
    const expectedOrgs = new Map<string, number>();
    for (const r of records)
      for (const e of r.entities) if (e.type === 'ORG') expectedOrgs.set(e.text, (expectedOrgs.get(e.text) ?? 0) + 1);
    expect(new Map(orgs.map((o) => [o.org as string, Number(o.n)]))).toEqual(expectedOrgs);
  });

  it('batch --format csv and --format parquet write the same datasets directly', async () => {
    const ref = join(dir, 'ref.jsonl');
    expect(zhnews(['batch', tgz, '--out', ref, '--model', 'rules']).status).toBe(0);
    const records = jsonl(ref);
    const csv = join(dir, 'direct.csv');
    const r1 = zhnews(['batch', tgz, '--out', csv, '--model', 'rules']);
    expect(r1.status, r1.stderr).toBe(0);
    checkCsv(join(dir, 'direct'), records, false);
    const pq = join(dir, 'direct.out');
    const r2 = zhnews(['batch', tgz, '--out', pq, '--format', 'parquet', '--model', 'rules']);
    expect(r2.status, r2.stderr).toBe(0);
    await checkParquet(pq, records);
  });

  it('an empty store gives an empty dataset and exit 0', async () => {
    const db = `sqlite:${join(dir, 'empty.db')}`;
    const empty = join(dir, 'empty');
    const r0 = zhnews(['batch', join(dir, 'nothing.tar'), '--store', db]);
    expect(r0.status).toBe(2);
    await writeTar(join(dir, 'nothing.tar'), [], false);
    expect(zhnews(['batch', join(dir, 'nothing.tar'), '--store', db, '--model', 'rules']).status).toBe(0);
    expect(zhnews(['export', '--store', db, '--out', `${empty}.jsonl`]).status).toBe(0);
    expect(readFileSync(`${empty}.jsonl`, 'utf8')).toBe('');
    expect(zhnews(['export', '--store', db, '--out', `${empty}.csv`]).status).toBe(0);
    expect(parse(readFileSync(`${empty}.csv`), { columns: true })).toEqual([]);
    expect(parse(readFileSync(`${empty}.entities.csv`), { columns: true })).toEqual([]);
    expect(zhnews(['export', '--store', db, '--out', `${empty}.parquet`]).status).toBe(0);
    expect(await duck(`SELECT count(*)::INT AS n FROM read_parquet('${empty}.parquet')`)).toEqual([{ n: 0 }]);
    expect(zhnews(['export', '--store', `sqlite:${join(dir, 'missing.db')}`, '--out', `${empty}.jsonl`]).status).toBe(2);
  });

  it('postgres: batch twice into one database leaves each article once; export reads it back', async ({ skip }) => {
    if (!pgServer) return skip();
    const url = await createDatabase(pgServer, 'batch');
    for (let i = 0; i < 2; i++) {
      const r = zhnews(['batch', tgz, '--store', url, '--model', 'rules', '--concurrency', '2'], { cwd: dir });
      expect(r.status, r.stderr).toBe(0);
    }
    const out = join(dir, 'pg.jsonl');
    expect(zhnews(['export', '--store', url, '--out', out]).status).toBe(0);
    const records = jsonl(out);
    expect(records).toHaveLength(N);
    expect(new Set(records.map((r) => r.id)).size).toBe(N);
    await checkParquet(
      await (async () => {
        const pq = join(dir, 'pg.parquet');
        expect(zhnews(['export', '--store', url, '--out', pq]).status).toBe(0);
        return pq;
      })(),
      records,
    );
  });
});
