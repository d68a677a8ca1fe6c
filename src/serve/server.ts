/**
 * `zhnews serve`: a local web viewer over a store (and, with --redis, the queue). Read-only
 * unless `allowActions`; bound to 127.0.0.1 unless a host is given, which then needs a token
 * (checked on every request: `?token=`, `Authorization: Bearer`, or the cookie set after one).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ArticleQueue } from '../queue/queue.js';
import { escapeHtml as h } from './highlight.js';
import { articlePage, articlesPage, layout, orgPage, orgsPage, throughputChart } from './pages.js';
import type { ArticleFilter, ViewerSource } from './viewer-db.js';

export interface ViewerOptions {
  db: ViewerSource;
  token: string | null;
  allowActions: boolean;
  queue: ArticleQueue | null;
}

function tokenOk(req: IncomingMessage, url: URL, token: string | null): boolean {
  if (!token) return true;
  const cookie = /(?:^|;\s*)zhnews_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const given = url.searchParams.get('token') ?? bearer ?? (cookie ? decodeURIComponent(cookie) : null);
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

const filterOf = (u: URL): ArticleFilter => ({
  q: u.searchParams.get('q') ?? undefined,
  org: u.searchParams.get('org') ?? undefined,
  person: u.searchParams.get('person') ?? undefined,
  place: u.searchParams.get('place') ?? undefined,
  publisher: u.searchParams.get('publisher') ?? undefined,
  from: u.searchParams.get('from') ?? undefined,
  to: u.searchParams.get('to') ?? undefined,
  page: Number(u.searchParams.get('page') ?? 1) || 1,
});

async function queuePage(o: ViewerOptions, token: string | null): Promise<string> {
  if (!o.queue) return '<h1>Queue</h1><p>Start serve with <code>--redis URL</code> to see the queue.</p>';
  const { queueStatus, failedJobs, throughputHistory } = await import('../queue/inspect.js');
  const [s, history] = await Promise.all([queueStatus(o.queue), throughputHistory(o.queue)]);
  const counts = Object.entries(s.counts)
    .map(([k, v]) => `<tr><td>${h(k)}</td><td>${v}</td></tr>`)
    .join('');
  const failed: string[] = [];
  for await (const f of failedJobs(o.queue, 100))
    failed.push(`<tr><td>${h(f.uri ?? f.id)}</td><td>${h(f.reason)}</td><td>${f.attempts}</td><td>${h(f.failedAt ?? '')}</td></tr>`);
  const retry = o.allowActions
    ? `<form method="post" action="/queue/retry-failed${token ? `?token=${encodeURIComponent(token)}` : ''}"><button>Retry all failed</button></form>`
    : '<p class="muted">Read-only (start with --allow-actions to retry failed jobs).</p>';
  return `<h1>Queue "${h(s.queue)}"</h1><p>${s.workers} workers · last minute: ${s.lastMinute.completed} completed, ${s.lastMinute.failed} failed (${s.lastMinute.perSecond} articles/s)</p>
<h2>Throughput, last hour (per minute)</h2>${throughputChart(history)}
<table>${counts}</table><h2>Failed jobs</h2>${retry}<table><tr><th>Input</th><th>Reason</th><th>Attempts</th><th>Failed at</th></tr>${failed.join('')}</table>`;
}

async function route(o: ViewerOptions, req: IncomingMessage, url: URL): Promise<{ status: number; type: string; body: string }> {
  const html = (title: string, body: string, status = 200) => ({
    status,
    type: 'text/html; charset=utf-8',
    body: layout(title, body, o.token),
  });
  const json = (v: unknown, status = 200) => ({ status, type: 'application/json; charset=utf-8', body: JSON.stringify(v) });
  const p = url.pathname;
  if (req.method === 'POST' && p === '/queue/retry-failed') {
    if (!o.allowActions || !o.queue) return json({ error: 'read-only: start serve with --allow-actions and --redis' }, 403);
    const { retryFailed } = await import('../queue/inspect.js');
    return json({ retried: await retryFailed(o.queue) });
  }
  if (req.method !== 'GET') return json({ error: 'method not allowed' }, 405);
  if (p === '/') return html('Articles', articlesPage(await o.db.articles(filterOf(url)), filterOf(url), o.token));
  if (p === '/api/articles') return json(await o.db.articles(filterOf(url)));
  const art = /^\/(api\/)?article\/([0-9a-f]{16,64})$/.exec(p);
  if (art) {
    const r = await o.db.article(art[2]!);
    if (!r) return art[1] ? json({ error: 'no such article' }, 404) : html('Not found', '<h1>No such article</h1>', 404);
    return art[1] ? json(r) : html(r.title ?? r.id, articlePage(r, o.token));
  }
  if (p === '/orgs') return html('Organisations', orgsPage(await o.db.topOrganizations(), o.token));
  if (p === '/org') {
    const name = url.searchParams.get('name') ?? '';
    const [timeline, co, list] = await Promise.all([o.db.orgTimeline(name), o.db.coOrganizations(name), o.db.articles({ org: name })]);
    return html(name, orgPage(name, timeline, co, list, o.token));
  }
  if (p === '/queue') return html('Queue', await queuePage(o, o.token));
  return html('Not found', '<h1>Not found</h1>', 404);
}

export function createViewer(o: ViewerOptions): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!tokenOk(req, url, o.token)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' }).end('a token is needed: ?token=… or Authorization: Bearer …\n');
      return;
    }
    const headers: Record<string, string> = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
    if (o.token && url.searchParams.get('token'))
      headers['set-cookie'] = `zhnews_token=${encodeURIComponent(o.token)}; HttpOnly; SameSite=Strict; Path=/`;
    route(o, req, url).then(
      (r) => res.writeHead(r.status, { ...headers, 'content-type': r.type }).end(r.body),
      (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`error: ${(err as Error).message}\n`),
    );
  });
}
