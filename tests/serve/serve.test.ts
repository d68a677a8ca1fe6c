/**
 * `zhnews serve` over real stores: the pages, search and filters, highlights that land exactly
 * on the entities (a Traditional article with a character outside the BMP included), the token,
 * and read-only actions.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { openViewerDb } from '../../src/serve/open-store.js';
import { createViewer } from '../../src/serve/server.js';
import { openStore } from '../../src/store/index.js';
import { zhnews } from '../helpers/cli.js';
import { sampleRecords } from '../helpers/store.js';
import { createDatabase, startPostgres, type PostgresServer } from '../helpers/postgres-server.js';

let dir: string;
let records: NewsRecord[];
let hant: NewsRecord;
let pgServer: PostgresServer | null = null;
let pgUrl: string | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-serve-'));
  records = await sampleRecords(4);
  const pipeline = await createPipeline({});
  hant = await pipeline.process({
    bytes: readFileSync(new URL('../../fixtures/hant/taipei-metro.txt', import.meta.url)),
    kind: 'text',
    uri: 'taipei.txt',
  });
  pgServer = await startPostgres();
  pgUrl = pgServer ? await createDatabase(pgServer, 'serve') : null;
  for (const uri of [`sqlite:${join(dir, 's.db')}`, `jsonl:${join(dir, 's.jsonl')}`, ...(pgUrl ? [pgUrl] : [])]) {
    const store = await openStore(uri);
    for (const r of [...records, hant]) await store.put(r);
    await store.close();
  }
});
afterAll(async () => {
  await pgServer?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(uri: string, token: string | null = null, allowActions = false) {
  const logs: string[] = [];
  const { db, cleanup } = await openViewerDb(uri, (l) => logs.push(l));
  const server = createViewer({ db, token, allowActions, queue: null });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    logs,
    get: (path: string, init?: RequestInit) => fetch(`${base}${path}`, init),
    close: async () => {
      server.close();
      await db.close();
      cleanup();
    },
  };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('zhnews serve', () => {
  it('lists, searches (3+ characters by full text, shorter ones by entity name) and filters', async () => {
    const v = await serve(`sqlite:${join(dir, 's.db')}`);
    try {
      const all = (await (await v.get('/api/articles')).json()) as { total: number };
      expect(all.total).toBe(records.length + 1);
      const ft = (await (await v.get(`/api/articles?q=${encodeURIComponent('臺北市政府')}`)).json()) as { rows: { id: string }[] };
      expect(ft.rows.map((r) => r.id)).toEqual([hant.id]);
      const org = hant.entities.find((e) => e.type === 'ORG')!.text;
      const byOrg = (await (await v.get(`/api/articles?org=${encodeURIComponent(org)}`)).json()) as { rows: { id: string }[] };
      expect(byOrg.rows.map((r) => r.id)).toContain(hant.id);
      const none = (await (await v.get(`/api/articles?q=${encodeURIComponent('不存在的词语')}`)).json()) as { total: number };
      expect(none.total).toBe(0);
      const page = await (await v.get('/')).text();
      expect(page).toContain(escapeForHtml(hant.title!));
    } finally {
      await v.close();
    }
  });

  it("an article's marks land exactly on its entities, outside the BMP too", async () => {
    const v = await serve(`sqlite:${join(dir, 's.db')}`);
    try {
      expect(hant.text).toMatch(/\u{2000B}/u);
      const page = await (await v.get(`/article/${hant.id}`)).text();
      const marks = [...page.matchAll(/<mark [^>]*data-type="(\w+)" data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)<\/mark>/g)];
      expect(marks.length).toBeGreaterThan(5);
      for (const [, type, s, e, inner] of marks) {
        expect(unescape(inner!)).toBe(hant.text.slice(Number(s), Number(e)));
        expect(hant.entities.some((x) => x.type === type && x.start === Number(s) && x.end === Number(e))).toBe(true);
      }
      // The marked text, marks removed, is the record's text.
      const textDiv = /<div class="text" id="text">([\s\S]*?)<\/div>/.exec(page)![1]!;
      expect(unescape(textDiv.replace(/<\/?mark[^>]*>/g, ''))).toBe(hant.text);
      expect(page).toMatch(/title="MONEY · score [\d.]+ · source [\w-]+ · 新臺幣3\.5億元 → 350,000,000 TWD"/);
      expect((await v.get('/article/ffffffffffffffffffffffffffffffff')).status).toBe(404);
      const orgPage = await (await v.get(`/org?name=${encodeURIComponent('臺北市政府')}`)).text();
      expect(orgPage).toContain('<svg');
    } finally {
      await v.close();
    }
  });

  it('a PostgreSQL store is queried in place: the same lists, search and marks', async ({ skip }) => {
    if (!pgUrl) return skip();
    const v = await serve(pgUrl);
    try {
      expect(((await (await v.get('/api/articles')).json()) as { total: number }).total).toBe(records.length + 1);
      const ft = (await (await v.get(`/api/articles?q=${encodeURIComponent('臺北市政府')}`)).json()) as { rows: { id: string }[] };
      expect(ft.rows.map((r) => r.id)).toEqual([hant.id]);
      const org = hant.entities.find((e) => e.type === 'ORG')!.text;
      const byOrg = (await (await v.get(`/api/articles?org=${encodeURIComponent(org)}`)).json()) as { rows: { id: string }[] };
      expect(byOrg.rows.map((r) => r.id)).toContain(hant.id);
      const page = await (await v.get(`/article/${hant.id}`)).text();
      const marks = [...page.matchAll(/<mark [^>]*data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)<\/mark>/g)];
      expect(marks.length).toBeGreaterThan(5);
      for (const [, s, e, inner] of marks) expect(unescape(inner!)).toBe(hant.text.slice(Number(s), Number(e)));
      expect(await (await v.get('/orgs')).text()).toContain(escapeForHtml(org));
      expect(await (await v.get(`/org?name=${encodeURIComponent(org)}`)).text()).toContain('<svg');
    } finally {
      await v.close();
    }
  });

  it('a JSONL store is loaded into a temporary database with a progress line', async () => {
    const v = await serve(`jsonl:${join(dir, 's.jsonl')}`);
    try {
      expect(v.logs.at(-1)).toMatch(/loading .*: 5\/5 records/);
      expect(((await (await v.get('/api/articles')).json()) as { total: number }).total).toBe(5);
    } finally {
      await v.close();
    }
  });

  it('with a token, every request needs it; actions are refused unless allowed', async () => {
    const v = await serve(`sqlite:${join(dir, 's.db')}`, 'sekrit-token');
    try {
      expect((await v.get('/')).status).toBe(401);
      expect((await v.get('/?token=wrong-token')).status).toBe(401);
      expect((await v.get('/?token=sekrit-token')).status).toBe(200);
      expect((await v.get('/orgs', { headers: { authorization: 'Bearer sekrit-token' } })).status).toBe(200);
      expect((await v.get('/queue/retry-failed?token=sekrit-token', { method: 'POST' })).status).toBe(403);
    } finally {
      await v.close();
    }
    const r = zhnews(['serve', '--store', `sqlite:${join(dir, 's.db')}`, '--host', '0.0.0.0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--host needs a token/);
  });
});

function escapeForHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
