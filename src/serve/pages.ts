/** The viewer's pages, server-rendered HTML with a little CSS and script; every value escaped. */
import type { NewsRecord } from '../record/schema.js';
import { chartBlock, mentionsChart } from './charts.js';
import { escapeHtml as h, highlight, marksOf } from './highlight.js';
import type { ArticleFilter, ArticleRowView, OrgCount } from './viewer-db.js';

/** The page frame: our stylesheet and script from /static/ (nothing inline, for the CSP); Chart.js only where a page draws one. */
export function layout(title: string, body: string, token: string | null, opts: { charts?: boolean } = {}): string {
  const t = token ? `?token=${encodeURIComponent(token)}` : '';
  const chartJs = opts.charts ? '<script src="/static/chart.umd.min.js" defer></script>' : '';
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${h(title)} · zhnews</title><link rel="stylesheet" href="/static/viewer.css">${chartJs}<script src="/static/viewer.js" defer></script></head>
<body><header><a href="/${t}">Articles</a><a href="/orgs${t}">Organisations</a><a href="/queue${t}">Queue</a></header><main>${body}</main><div id="tip" role="tooltip" hidden></div></body></html>`;
}

const link = (path: string, params: Record<string, string | number | undefined>, token: string | null): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  if (token) q.set('token', token);
  const s = q.toString();
  return h(s ? `${path}?${s}` : path);
};

export function articlesPage(
  list: { rows: ArticleRowView[]; total: number; page: number; pages: number; capped?: boolean },
  f: ArticleFilter,
  token: string | null,
): string {
  const field = (name: keyof ArticleFilter, label: string, type = 'text') =>
    `<label>${label} <input type="${type}" name="${name}" value="${h(String(f[name] ?? ''))}"></label>`;
  const rows = list.rows
    .map(
      (r) =>
        `<tr><td><a href="${link(`/article/${r.id}`, {}, token)}">${h(r.title ?? '(untitled)')}</a></td><td>${h(r.publisher ?? '')}</td><td>${h(r.publishedAt ?? '')}</td><td>${r.orgs}</td><td>${r.figures}</td></tr>`,
    )
    .join('');
  const nav = (p: number, label: string) =>
    p >= 1 && p <= list.pages && p !== list.page ? `<a href="${link('/', { ...f, page: p }, token)}">${label}</a>` : '';
  return `<h1>Articles</h1><form method="get">${field('q', 'Search')}${field('org', 'Organisation')}${field('person', 'Person')}${field('place', 'Place')}${field('publisher', 'Publisher')}${field('from', 'From', 'date')}${field('to', 'To', 'date')}${token ? `<input type="hidden" name="token" value="${h(token)}">` : ''}<button>Go</button></form>
<p class="muted">${list.capped ? `more than ${list.total} articles · page ${list.page}` : `${list.total} articles · page ${list.page} of ${list.pages}`} ${nav(list.page - 1, '‹ newer')} ${nav(list.page + 1, 'older ›')}</p>
<table><thead><tr><th>Title</th><th>Publisher</th><th>publishedAt</th><th>Orgs</th><th>Figures</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function articlePage(r: NewsRecord, token: string | null): string {
  const types = [...new Set(r.entities.map((e) => e.type))];
  const legend = types
    .map((t) => `<label data-type="${h(t)}"><input type="checkbox" checked data-toggle="${h(t)}"> ${h(t)}</label>`)
    .join('');
  const orgs = r.organizations
    .map(
      (o) =>
        `<tr><td><a href="${link('/org', { name: o.name }, token)}">${h(o.name)}</a></td><td>${h(o.aliases.join('、'))}</td><td>${o.mentions}</td></tr>`,
    )
    .join('');
  const figures = r.figures
    .map(
      (f) =>
        `<tr><td>${h(f.text)}</td><td>${f.kind}</td><td>${f.value ?? ''}${f.valueMax !== null ? `–${f.valueMax}` : ''}</td><td>${h(f.currency ?? f.unit ?? '')}</td></tr>`,
    )
    .join('');
  const dates = r.dates
    .map(
      (d) =>
        `<tr><td>${h(d.text)}</td><td>${h(d.value ?? '')}${d.valueMax ? `–${h(d.valueMax)}` : ''}</td><td>${d.relative ? 'relative' : ''}</td></tr>`,
    )
    .join('');
  // Only http(s) URLs become links: a `javascript:` or `data:` URL in a record stays text.
  const src =
    r.source.url && /^https?:\/\//i.test(r.source.url)
      ? `<a href="${h(r.source.url)}" rel="noreferrer noopener">${h(r.source.url)}</a>`
      : h(r.source.url ?? r.source.uri ?? '');
  return `<h1>${h(r.title ?? '(untitled)')}</h1>
<p class="muted">${h(r.publisher ?? '')} · ${h(r.publishedAt ?? 'no date')} · ${h(r.authors.join('、'))} · script ${h(r.script ?? '-')} · ${src}${r.duplicateOf ? ` · duplicate of <a href="${link(`/article/${r.duplicateOf}`, {}, token)}">${r.duplicateOf}</a>` : ''}</p>
<div class="legend">${legend}</div>
<div class="cols"><div class="text" id="text">${highlight(r.text, marksOf(r))}</div>
<div><h2>Organisations</h2><table><tr><th>Name</th><th>Aliases</th><th>Mentions</th></tr>${orgs}</table>
<h2>Figures</h2><table><tr><th>Text</th><th>Kind</th><th>Value</th><th>Unit</th></tr>${figures}</table>
<h2>Dates</h2><table><tr><th>Text</th><th>Value</th><th></th></tr>${dates}</table>
<h2>Keywords</h2><p>${h(r.keywords.map((k) => k.text).join('、'))}</p></div></div>
<details><summary>Raw record (JSON)</summary><pre>${h(JSON.stringify(r, null, 2))}</pre></details>`;
}

export function orgsPage(orgs: OrgCount[], token: string | null): string {
  const rows = orgs
    .map((o) => `<tr><td><a href="${link('/org', { name: o.name }, token)}">${h(o.name)}</a></td><td>${o.articles}</td></tr>`)
    .join('');
  return `<h1>Organisations</h1><p class="muted">Most-mentioned across the store (articles naming each).</p><table><tr><th>Name</th><th>Articles</th></tr>${rows}</table>`;
}

export function orgPage(
  name: string,
  timeline: { month: string; articles: number }[],
  co: OrgCount[],
  list: { rows: ArticleRowView[]; total: number },
  token: string | null,
): string {
  const coRows = co
    .map((o) => `<tr><td><a href="${link('/org', { name: o.name }, token)}">${h(o.name)}</a></td><td>${o.articles}</td></tr>`)
    .join('');
  const arts = list.rows
    .map(
      (r) =>
        `<li><a href="${link(`/article/${r.id}`, {}, token)}">${h(r.title ?? '(untitled)')}</a> <span class="muted">${h(r.publishedAt ?? '')}</span></li>`,
    )
    .join('');
  return `<h1>${h(name)}</h1><h2>Mentions over time</h2>${timeline.length ? chartBlock('mentions', 'articles naming it per month', mentionsChart(timeline)) : '<p class="muted">No mentions.</p>'}
<div class="cols"><div><h2>Articles (${list.total})</h2><ul>${arts}</ul></div><div><h2>Named with it most often</h2><table><tr><th>Organisation</th><th>Articles</th></tr>${coRows}</table></div></div>`;
}
