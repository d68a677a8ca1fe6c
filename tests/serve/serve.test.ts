/**
 * `zhnews serve` over real stores: the pages, search and filters, highlights that land exactly
 * on the entities (a Traditional article with a character outside the BMP included), the token,
 * and read-only actions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerRecords } from './viewer-records.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { openViewerDb } from '../../src/serve/open-store.js';
import { createViewer } from '../../src/serve/server.js';
import { openStore } from '../../src/store/index.js';
import { spawn } from 'node:child_process';
import { BIN, ROOT, zhnews } from '../helpers/cli.js';
import { createDatabase, startPostgres, type PostgresServer } from '../helpers/postgres-server.js';

let dir: string;
let records: NewsRecord[];
let hant: NewsRecord;
let pgServer: PostgresServer | null = null;
let pgUrl: string | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-serve-'));
  ({ records, hant } = await viewerRecords(4));
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
      expect(page).toMatch(/data-tip="MONEY · score [\d.]+ · source [\w-]+ · 新臺幣3\.5億元 → 350,000,000 TWD"/);
      expect((await v.get('/article/ffffffffffffffffffffffffffffffff')).status).toBe(404);
      const orgPage = await (await v.get(`/org?name=${encodeURIComponent('臺北市政府')}`)).text();
      expect(orgPage).toContain('<canvas role="img" aria-label="articles naming it per month" data-chart="mentions-data">');
      expect(orgPage).toContain('src="/static/chart.umd.min.js"');
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
      expect(await (await v.get(`/org?name=${encodeURIComponent(org)}`)).text()).toContain('data-chart="mentions-data"');
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
      // The cookie set after a ?token= carries it for the page's scripts and styles.
      const first = await v.get('/?token=sekrit-token');
      const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
      expect(cookie).toBe('zhnews_token=sekrit-token');
      expect((await v.get('/static/viewer.js', { headers: { cookie } })).status).toBe(200);
      expect((await v.get('/static/viewer.js')).status).toBe(401);
      // Without --redis there is no board, so nothing to act on.
      expect((await v.get('/queue/board/api/queues/v1/retry/failed?token=sekrit-token', { method: 'PUT' })).status).toBe(404);
    } finally {
      await v.close();
    }
    const r = zhnews(['serve', '--store', `sqlite:${join(dir, 's.db')}`, '--host', '0.0.0.0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--host needs a token/);
  });
});

describe('zhnews serve: the command', () => {
  it('starts, says how many articles and where, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--store', `sqlite:${join(dir, 's.db')}`, '--port', '0'], { cwd: ROOT });
    let stderr = '';
    const exited = new Promise<number | null>((r) => child.once('exit', r));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (b: Buffer) => {
          stderr += b.toString();
          const m = /serve: (\d+) articles at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
          if (m) resolve(m[2]!);
        });
        child.once('exit', () => reject(new Error(`serve exited: ${stderr}`)));
      });
      expect(stderr).toContain(`serve: ${records.length + 1} articles at`);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});

describe('zhnews serve: headers, CSRF and bad parameters', () => {
  it('sends a strict CSP on every page and serves its script and styles from itself', async () => {
    const v = await serve(`sqlite:${join(dir, 's.db')}`);
    try {
      for (const path of ['/', `/article/${hant.id}`, '/orgs', '/queue', '/api/articles', '/nowhere']) {
        const csp = (await v.get(path)).headers.get('content-security-policy')!;
        expect(csp, path).toContain("script-src 'self'");
        expect(csp, path).toContain("default-src 'none'");
        expect(csp, path).not.toContain('unsafe-inline');
      }
      const page = await (await v.get(`/article/${hant.id}`)).text();
      expect(page).not.toMatch(/<script(?![^>]*(src="\/static\/|type="application\/json"))/);
      expect(page).not.toMatch(/ on\w+=/);
      const js = await v.get('/static/viewer.js');
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect((await v.get('/static/chart.umd.min.js')).status).toBe(200);
      expect((await v.get('/static/nope.js')).status).toBe(404);
    } finally {
      await v.close();
    }
  });

  it('answers bad parameters with a 400 and a clear message, never a stack trace', async () => {
    const v = await serve(`sqlite:${join(dir, 's.db')}`);
    try {
      const cases: [string, RegExp][] = [
        ['/?page=abc', /bad parameter "page": expected a whole number/],
        ['/api/articles?page=0', /bad parameter "page": expected at least 1/],
        ['/?from=2024-13-45', /bad parameter "from": expected a real calendar date/],
        ['/api/articles?to=yesterday', /bad parameter "to": expected a date as YYYY-MM-DD/],
        ['/?from=2024-05-01&to=2024-01-01', /"from" \(2024-05-01\) is after "to"/],
        [`/?q=${'长'.repeat(500)}`, /bad parameter "q": expected at most 200 characters/],
        ['/org', /bad parameter "name"/],
        ['/article/not-an-id', /bad article id "not-an-id"/],
        ['/api/article/XYZ', /bad article id/],
      ];
      for (const [path, message] of cases) {
        const r = await v.get(path);
        const text = await r.text();
        const body = path.startsWith('/api/') ? (JSON.parse(text) as { error: string }).error : text;
        expect(r.status, path).toBe(400);
        expect(body, path).toMatch(message);
        expect(body, path).not.toMatch(/\bat .*\.(js|ts):\d+/);
      }
      // Empty form fields are no filter, not an error.
      expect((await v.get('/?q=&org=&from=&to=&page=')).status).toBe(200);
    } finally {
      await v.close();
    }
  });

  it('refuses state-changing requests from another origin (CSRF), whatever the path', async () => {
    const v = await serve(`sqlite:${join(dir, 's.db')}`, null, true);
    try {
      const host = new URL(v.base).host;
      const evil = await v.get('/queue/board/api/queues/v1/retry/failed', { method: 'PUT', headers: { origin: 'http://evil.example' } });
      expect(evil.status).toBe(403);
      expect(await evil.text()).toMatch(/CSRF/);
      const site = await v.get('/api/articles', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } });
      expect(site.status).toBe(403);
      expect((await v.get('/api/articles', { method: 'POST', headers: { origin: 'null' } })).status).toBe(403);
      // Same origin passes the CSRF check (and then finds no such route: the viewer itself is read-only).
      expect((await v.get('/api/articles', { method: 'POST', headers: { origin: `http://${host}` } })).status).toBe(404);
    } finally {
      await v.close();
    }
  });
});

function escapeForHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
