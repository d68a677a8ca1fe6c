/** The viewer's pages, server-rendered HTML with a little CSS and script; every value escaped. */
import type { NewsRecord } from '../record/schema.js';
import { escapeHtml as h, highlight, marksOf } from './highlight.js';
import type { ArticleFilter, ArticleRowView, OrgCount } from './viewer-db.js';

export const TYPE_COLOURS: Record<string, string> = {
  ORG: '#f4a261',
  PERSON: '#8ecae6',
  LOC: '#90be6d',
  DATE: '#ffd166',
  TIME: '#ffe8a3',
  MONEY: '#e5989b',
  PERCENT: '#cdb4db',
  QUANTITY: '#b5e48c',
  CARDINAL: '#dee2e6',
  ORDINAL: '#e9ecef',
};

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#222}
header{background:#264653;color:#fff;padding:.6em 1em}header a{color:#fff;margin-right:1.2em}
main{padding:1em;max-width:80em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
.text{white-space:pre-wrap;line-height:1.9;font-size:1.05em}.cols{display:grid;grid-template-columns:3fr 2fr;gap:1.5em}
mark{border-radius:3px;padding:0 1px;cursor:help}mark:focus{outline:2px solid #264653}
${Object.entries(TYPE_COLOURS)
  .map(
    ([t, c]) =>
      `mark[data-type="${t}"]{background:${c}}.legend [data-type="${t}"]{background:${c}}body.hide-${t} mark[data-type="${t}"]{background:none}`,
  )
  .join('\n')}
.legend label{margin-right:.8em;padding:0 .3em;border-radius:3px;white-space:nowrap}form input,form select{margin:0 .4em .4em 0}
pre{background:#f6f8fa;padding:1em;overflow:auto;max-height:30em}.muted{color:#777}`;

export function layout(title: string, body: string, token: string | null): string {
  const t = token ? `?token=${encodeURIComponent(token)}` : '';
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${h(title)} · zhnews</title><style>${STYLE}</style></head>
<body><header><a href="/${t}">Articles</a><a href="/orgs${t}">Organisations</a><a href="/queue${t}">Queue</a></header><main>${body}</main></body></html>`;
}

const link = (path: string, params: Record<string, string | number | undefined>, token: string | null): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  if (token) q.set('token', token);
  const s = q.toString();
  return h(s ? `${path}?${s}` : path);
};

export function articlesPage(
  list: { rows: ArticleRowView[]; total: number; page: number; pages: number },
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
<p class="muted">${list.total} articles · page ${list.page} of ${list.pages} ${nav(list.page - 1, '‹ newer')} ${nav(list.page + 1, 'older ›')}</p>
<table><thead><tr><th>Title</th><th>Publisher</th><th>publishedAt</th><th>Orgs</th><th>Figures</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function articlePage(r: NewsRecord, token: string | null): string {
  const types = [...new Set(r.entities.map((e) => e.type))];
  const legend = types
    .map(
      (t) =>
        `<label data-type="${t}"><input type="checkbox" checked onchange="document.body.classList.toggle('hide-${t}',!this.checked)"> ${t}</label>`,
    )
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
  const src = r.source.url ? `<a href="${h(r.source.url)}" rel="noreferrer">${h(r.source.url)}</a>` : h(r.source.uri ?? '');
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

/** Mentions over time as bars: one per month, with its count as a label. */
function timelineChart(points: { month: string; articles: number }[]): string {
  if (points.length === 0) return '<p class="muted">No mentions.</p>';
  const max = Math.max(...points.map((p) => p.articles));
  const w = 40;
  const bars = points
    .map((p, i) => {
      const bh = Math.round((p.articles / max) * 120);
      return `<g><rect x="${i * w + 4}" y="${140 - bh}" width="${w - 8}" height="${bh}" fill="#2a9d8f"><title>${h(p.month)}: ${p.articles}</title></rect><text x="${i * w + w / 2}" y="156" font-size="10" text-anchor="middle">${h(p.month)}</text><text x="${i * w + w / 2}" y="${136 - bh}" font-size="10" text-anchor="middle">${p.articles}</text></g>`;
    })
    .join('');
  return `<svg role="img" aria-label="mentions per month" width="${points.length * w + 8}" height="162">${bars}</svg>`;
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
  return `<h1>${h(name)}</h1><h2>Mentions over time</h2>${timelineChart(timeline)}
<div class="cols"><div><h2>Articles (${list.total})</h2><ul>${arts}</ul></div><div><h2>Named with it most often</h2><table><tr><th>Organisation</th><th>Articles</th></tr>${coRows}</table></div></div>`;
}

/** Completed (and failed, stacked in red) jobs per minute over the last hour, oldest on the left. */
export function throughputChart(history: { minutesAgo: number; completed: number; failed: number }[]): string {
  const points = [...history].sort((a, b) => b.minutesAgo - a.minutesAgo);
  const max = Math.max(1, ...points.map((p) => p.completed + p.failed));
  const w = 10;
  const bars = points
    .map((p, i) => {
      const hc = Math.round((p.completed / max) * 100);
      const hf = Math.round((p.failed / max) * 100);
      const label = `${p.minutesAgo === 0 ? 'this minute' : `${p.minutesAgo} min ago`}: ${p.completed} completed, ${p.failed} failed`;
      return `<g><title>${h(label)}</title><rect x="${i * w}" y="${110 - hc}" width="${w - 2}" height="${hc}" fill="#2a9d8f"/><rect x="${i * w}" y="${110 - hc - hf}" width="${w - 2}" height="${hf}" fill="#e63946"/></g>`;
    })
    .join('');
  return `<svg role="img" aria-label="jobs finished per minute, last hour" width="${points.length * w}" height="124">${bars}<text x="0" y="122" font-size="10">-${points.length} min</text><text x="${points.length * w - 30}" y="122" font-size="10">now</text></svg>`;
}
