import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { createDatabase, startPostgres, type PostgresServer } from '../helpers/postgres-server.js';
import { collect, expectedRows, sampleRecords } from '../helpers/store.js';

let server: PostgresServer | null = null;
let records: NewsRecord[];

beforeAll(async () => {
  server = await startPostgres();
  records = await sampleRecords(10);
});
afterAll(async () => {
  await server?.stop();
});

describe('postgres store (a real server on loopback)', () => {
  it("a connection lost while a write holds it does not crash the process (soak finding: an unheard 'error' event killed the worker)", async ({
    skip,
  }) => {
    if (!server) return skip();
    const store = (await openStore(await createDatabase(server, 'lost'))) as Awaited<ReturnType<typeof openStore>> & { pool: pg.Pool };
    // What pg does when the server goes away mid-transaction: the checked-out client emits 'error'.
    store.pool.once('acquire', (client: pg.PoolClient) => setImmediate(() => client.emit('error', new Error('Connection terminated'))));
    await store.put(records[0]!);
    await store.put(records[1]!);
    expect(await store.count()).toBe(2);
    await store.close();
  });

  it('upserts by id: the same records twice, from two stores at once, leave one row each', async ({ skip }) => {
    if (!server) return skip();
    const url = await createDatabase(server, 'idem');
    const [a, b] = await Promise.all([openStore(url), openStore(url)]);
    await Promise.all([
      (async () => {
        for (const r of records) await a!.put(r);
      })(),
      (async () => {
        for (const r of [...records].reverse()) await b!.put(r);
      })(),
    ]);
    for (const r of records) await a!.put(r);
    expect(await a!.count()).toBe(records.length);
    expect(await b!.has(records[3]!.id)).toBe(true);
    expect(await b!.has('f'.repeat(32))).toBe(false);
    const back = await collect(a!.records());
    expect(new Set(back.map((r) => r.id))).toEqual(new Set(records.map((r) => r.id)));
    const byId = new Map(back.map((r) => [r.id, r]));
    for (const r of records) expect(byId.get(r.id)).toEqual(r);
    await a!.close();
    await b!.close();

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const rows = await client.query<{ article_id: string; n: string }>(
      'SELECT article_id, count(*) AS n FROM entities GROUP BY article_id',
    );
    const n = new Map(rows.rows.map((r) => [r.article_id, Number(r.n)]));
    for (const r of records) expect(n.get(r.id) ?? 0).toBe(expectedRows(r));
    const money = await client.query(
      `SELECT e.text, e.value FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.row_kind = 'figure' AND e.type = 'MONEY'`,
    );
    expect(money.rowCount).toBe(records.flatMap((r) => r.figures.filter((f) => f.kind === 'MONEY')).length);
    await client.end();
  });

  it('a changed record with the same id replaces the old one and its entity rows', async ({ skip }) => {
    if (!server) return skip();
    const url = await createDatabase(server, 'replace');
    const store = await openStore(url);
    const r = records[2]!;
    await store.put(r);
    await store.put({ ...r, title: '改过的标题', entities: r.entities.slice(0, 2) });
    expect(await store.count()).toBe(1);
    const [back] = await collect(store.records());
    expect(back!.title).toBe('改过的标题');
    expect(back!.entities).toHaveLength(2);
    await store.close();
  });
});
