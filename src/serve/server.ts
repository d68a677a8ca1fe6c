/**
 * `zhnews serve`: a local web viewer over a store (and, with --redis, the queue), on Hono.
 * Read-only unless `allowActions`; bound to 127.0.0.1 unless a host is given, which then needs
 * a token (the CLI enforces that; the token is checked on every request here).
 */
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { BadQueryError } from '../errors/index.js';
import type { ArticleQueue } from '../queue/queue.js';
import { chartJsSource, VIEWER_CSS, VIEWER_JS } from './assets.js';
import { BOARD_PATH, mountBoard } from './board.js';
import { articlePage, articlesPage, layout, orgPage, orgsPage } from './pages.js';
import { articleIdOf, filterOf, orgNameOf } from './params.js';
import { queuePage } from './queue-page.js';
import { sameOriginWrites, securityHeaders, tokenGate } from './security.js';
import type { ViewerSource } from './viewer-db.js';

export interface ViewerOptions {
  db: ViewerSource;
  token: string | null;
  allowActions: boolean;
  queue: ArticleQueue | null;
  /** Where unexpected errors are logged (the client gets no details). */
  log?: (line: string) => void;
}

const STATIC: Record<string, { type: string; body: () => string }> = {
  'viewer.css': { type: 'text/css; charset=utf-8', body: () => VIEWER_CSS },
  'viewer.js': { type: 'text/javascript; charset=utf-8', body: () => VIEWER_JS },
  'chart.umd.min.js': { type: 'text/javascript; charset=utf-8', body: chartJsSource },
};

export function createViewerApp(o: ViewerOptions): Hono {
  const app = new Hono();
  const page = (c: Context, title: string, body: string, status: 200 | 404 = 200, charts = false) =>
    c.html(layout(title, body, o.token, { charts }), status);
  const wantsJson = (c: Context) => c.req.path.startsWith('/api/') || c.req.path.startsWith(`${BOARD_PATH}/api/`);

  app.use('*', tokenGate(o.token), securityHeaders(BOARD_PATH), sameOriginWrites);

  app.get('/static/:file', (c) => {
    const f = STATIC[c.req.param('file')];
    return f ? c.body(f.body(), 200, { 'content-type': f.type, 'cache-control': 'no-cache' }) : c.notFound();
  });
  // Browsers ask for one on every page; an empty answer keeps their consoles clean.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/', async (c) => {
    const f = filterOf(c.req.query());
    return page(c, 'Articles', articlesPage(await o.db.articles(f), f, o.token));
  });
  app.get('/api/articles', async (c) => c.json(await o.db.articles(filterOf(c.req.query()))));
  app.get('/article/:id', async (c) => {
    const r = await o.db.article(articleIdOf(c.req.param('id')));
    return r ? page(c, r.title ?? r.id, articlePage(r, o.token)) : page(c, 'Not found', '<h1>No such article</h1>', 404);
  });
  app.get('/api/article/:id', async (c) => {
    const r = await o.db.article(articleIdOf(c.req.param('id')));
    return r ? c.json(r) : c.json({ error: 'no such article' }, 404);
  });
  app.get('/orgs', async (c) => page(c, 'Organisations', orgsPage(await o.db.topOrganizations(), o.token)));
  app.get('/org', async (c) => {
    const name = orgNameOf(c.req.query());
    const [timeline, co, list] = await Promise.all([o.db.orgTimeline(name), o.db.coOrganizations(name), o.db.articles({ org: name })]);
    return page(c, name, orgPage(name, timeline, co, list, o.token), 200, timeline.length > 0);
  });
  app.get('/queue', async (c) => page(c, 'Queue', await queuePage(o.queue, o.allowActions), 200, o.queue !== null));
  if (o.queue) mountBoard(app, o.queue, o.allowActions);

  app.notFound((c) => (wantsJson(c) ? c.json({ error: 'not found' }, 404) : page(c, 'Not found', '<h1>Not found</h1>', 404)));
  app.onError((err, c) => {
    if (err instanceof BadQueryError) return wantsJson(c) ? c.json({ error: err.message }, 400) : c.text(`${err.message}\n`, 400);
    (o.log ?? ((l: string) => process.stderr.write(`${l}\n`)))(`serve: ${c.req.method} ${c.req.path}: ${err.message}`);
    return wantsJson(c) ? c.json({ error: 'internal error' }, 500) : c.text('internal error (see the server log)\n', 500);
  });
  return app;
}

/** A Node HTTP server for the viewer, not yet listening. */
export function createViewer(o: ViewerOptions): Server {
  return createAdaptorServer({ fetch: createViewerApp(o).fetch }) as Server;
}
