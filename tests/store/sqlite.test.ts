import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, parseStoreUri } from '../../src/store/index.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { ROOT } from '../helpers/cli.js';
import { collect, expectedRows, sampleRecords } from '../helpers/store.js';

let dir: string;
let records: NewsRecord[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-sqlite-'));
  records = await sampleRecords(12);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('store URIs', () => {
  it('parses the contract forms', () => {
    expect(parseStoreUri('sqlite:/abs/x.db')).toEqual({ kind: 'sqlite', path: '/abs/x.db' });
    expect(parseStoreUri('sqlite:rel/x.db')).toEqual({ kind: 'sqlite', path: join(process.cwd(), 'rel/x.db') });
    expect(parseStoreUri('jsonl:out.jsonl').kind).toBe('jsonl');
    expect(parseStoreUri('postgres://u@127.0.0.1:5432/db')).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/db' });
    expect(() => parseStoreUri('mysql://x')).toThrow(/unknown store URI/);
    expect(() => parseStoreUri('sqlite:')).toThrow(/bad store URI/);
  });
});

describe('sqlite store', () => {
  it('upserts by id: the same records twice leave one row each, entities replaced not doubled', async () => {
    const path = join(dir, 'idem.db');
    const store = await openStore(`sqlite:${path}`);
    for (const r of records) await store.put(r);
    for (const r of records) await store.put(r);
    expect(await store.count()).toBe(records.length);
    expect(await store.has(records[0]!.id)).toBe(true);
    expect(await store.has('0'.repeat(32))).toBe(false);
    const back = await collect(store.records());
    expect(back).toEqual(records);
    await store.close();

    const db = new Database(path, { readonly: true });
    const perArticle = db.prepare('SELECT article_id, count(*) AS n FROM entities GROUP BY article_id').all() as {
      article_id: string;
      n: number;
    }[];
    const byId = new Map(perArticle.map((r) => [r.article_id, r.n]));
    for (const r of records) expect(byId.get(r.id) ?? 0).toBe(expectedRows(r));
    db.close();
  });

  it('a changed record with the same id replaces the old one', async () => {
    const store = await openStore(`sqlite:${join(dir, 'replace.db')}`);
    const r = records[1]!;
    await store.put(r);
    await store.put({ ...r, title: '改过的标题', entities: r.entities.slice(0, 1) });
    expect(await store.count()).toBe(1);
    const [back] = await collect(store.records());
    expect(back!.title).toBe('改过的标题');
    expect(back!.entities).toHaveLength(1);
    await store.close();
  });

  it('articles and entities are queryable with SQL', async () => {
    const path = join(dir, 'sql.db');
    const store = await openStore(`sqlite:${path}`);
    for (const r of records) await store.put(r);
    await store.close();
    const db = new Database(path, { readonly: true });
    const money = db
      .prepare(
        `SELECT a.title, e.text, e.value, e.currency FROM entities e JOIN articles a ON a.id = e.article_id
      WHERE e.row_kind = 'figure' AND e.type = 'MONEY' ORDER BY e.value DESC`,
      )
      .all() as { value: number; currency: string }[];
    const expected = records.flatMap((r) => r.figures.filter((f) => f.kind === 'MONEY'));
    expect(money).toHaveLength(expected.length);
    expect(money.length).toBeGreaterThan(0);
    const journal = db.pragma('journal_mode', { simple: true });
    expect(journal).toBe('wal');
    db.close();
  });

  it('several processes opening one new store at once all open it (CI finding: "database is locked" switching to WAL)', async () => {
    const script = `
      import { openStore } from ${JSON.stringify(join(ROOT, 'dist/store/index.js'))};
      const store = await openStore(process.argv[1]);
      await store.close();`;
    for (let round = 0; round < 3; round++) {
      const uri = `sqlite:${join(dir, `opened-${round}.db`)}`;
      const codes = await Promise.all(
        Array.from(
          { length: 8 },
          () =>
            new Promise<number | null>((resolve) =>
              spawn(process.execPath, ['--input-type=module', '-e', script, uri], { stdio: ['ignore', 'ignore', 'inherit'] }).on(
                'exit',
                (code) => resolve(code),
              ),
            ),
        ),
      );
      expect(codes).toEqual(Array(8).fill(0));
    }
  });

  it('several processes writing the same records at once leave each exactly once', async () => {
    const path = join(dir, 'multi.db');
    const file = join(dir, 'records.json');
    writeFileSync(file, JSON.stringify(records));
    const script = `
      import { readFileSync } from 'node:fs';
      import { openStore } from ${JSON.stringify(join(ROOT, 'dist/store/index.js'))};
      const records = JSON.parse(readFileSync(process.argv[1], 'utf8'));
      const store = await openStore(process.argv[2]);
      for (let round = 0; round < 3; round++) for (const r of records) await store.put(r);
      await store.close();`;
    const runs = Array.from(
      { length: 4 },
      () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', script, file, `sqlite:${path}`], {
            stdio: ['ignore', 'ignore', 'inherit'],
          });
          child.on('exit', (code) => resolve(code));
        }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(records.length);
    expect(db.prepare('SELECT count(*) FROM entities').pluck().get()).toBe(records.reduce((n, r) => n + expectedRows(r), 0));
    db.close();
  });
});
