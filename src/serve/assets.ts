/**
 * The viewer's own static files, kept as strings so that they ship inside dist/ with no build
 * step. They are served from /static/ (the CSP allows scripts and styles from 'self' only, so
 * nothing is inline): the stylesheet, and one small script for the legend toggles, the entity
 * tooltip and the charts, which Chart.js draws from JSON blocks the pages embed as data.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

const typeRules = Object.entries(TYPE_COLOURS)
  .map(
    ([t, c]) =>
      `mark[data-type="${t}"]{background:${c}}.legend [data-type="${t}"]{background:${c}}body.hide-${t} mark[data-type="${t}"]{background:none}`,
  )
  .join('\n');

export const VIEWER_CSS = `body{font-family:system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;margin:0;color:#222}
header{background:#264653;color:#fff;padding:.6em 1em}header a{color:#fff;margin-right:1.2em}
main{padding:1em;max-width:80em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
.text{white-space:pre-wrap;line-height:1.9;font-size:1.05em}.cols{display:grid;grid-template-columns:3fr 2fr;gap:1.5em}
mark{border-radius:3px;padding:0 1px;cursor:help}mark:focus{outline:2px solid #264653}
${typeRules}
.legend label{margin-right:.8em;padding:0 .3em;border-radius:3px;white-space:nowrap}form input,form select{margin:0 .4em .4em 0}
pre{background:#f6f8fa;padding:1em;overflow:auto;max-height:30em}.muted{color:#777}
.chart{position:relative;height:220px;max-width:60em}
#tip{position:absolute;z-index:10;background:#264653;color:#fff;padding:.3em .6em;border-radius:4px;font-size:.9em;max-width:36em;pointer-events:none}
#tip[hidden]{display:none}`;

export const VIEWER_JS = `'use strict';
(function () {
  // Legend: one toggle per entity type.
  document.querySelectorAll('input[data-toggle]').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.dataset.toggle, !box.checked);
    });
  });
  // Entity tooltip on hover and on keyboard focus; its text is set as text, never as HTML.
  var tip = document.getElementById('tip');
  if (tip) {
    var show = function (ev) {
      var m = ev.target.closest && ev.target.closest('mark[data-tip]');
      if (!m) return;
      tip.textContent = m.dataset.tip;
      var r = m.getBoundingClientRect();
      tip.style.left = window.scrollX + r.left + 'px';
      tip.style.top = window.scrollY + r.bottom + 4 + 'px';
      tip.hidden = false;
      m.setAttribute('aria-describedby', 'tip');
    };
    var hide = function (ev) {
      if (ev.target.closest && ev.target.closest('mark[data-tip]')) tip.hidden = true;
    };
    document.addEventListener('mouseover', show);
    document.addEventListener('focusin', show);
    document.addEventListener('mouseout', hide);
    document.addEventListener('focusout', hide);
  }
  // Charts: each canvas names the JSON block holding its Chart.js configuration.
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = document.getElementById(canvas.dataset.chart);
    if (!data || typeof Chart === 'undefined') return;
    var chart = new Chart(canvas, JSON.parse(data.textContent));
    canvas.dataset.ready = String(chart.data.labels.length);
  });
})();
`;

const require = createRequire(import.meta.url);
let chartJs: string | null = null;

/** Chart.js's UMD build from node_modules, read once. */
export function chartJsSource(): string {
  chartJs ??= readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  return chartJs;
}
