/**
 * Chart.js configurations as plain data, embedded in a page as a JSON block that the viewer's
 * script hands to Chart.js. No chart drawing here: only which numbers go on which axis.
 */
import { escapeHtml as h } from './highlight.js';

export interface ChartConfig {
  type: 'bar';
  data: { labels: string[]; datasets: { label: string; data: number[]; backgroundColor: string; maxBarThickness?: number }[] };
  options: Record<string, unknown>;
}

const BASE_OPTIONS = {
  animation: false,
  maintainAspectRatio: false,
  scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
};

/** Articles naming an organisation, per month of publication. */
export function mentionsChart(points: { month: string; articles: number }[]): ChartConfig {
  return {
    type: 'bar',
    data: {
      labels: points.map((p) => p.month),
      datasets: [{ label: 'articles', data: points.map((p) => p.articles), backgroundColor: '#2a9d8f', maxBarThickness: 48 }],
    },
    options: BASE_OPTIONS,
  };
}

/** Completed and failed jobs per minute over the last hour, oldest on the left, stacked. */
export function throughputChart(history: { minutesAgo: number; completed: number; failed: number }[]): ChartConfig {
  const points = [...history].sort((a, b) => b.minutesAgo - a.minutesAgo);
  return {
    type: 'bar',
    data: {
      labels: points.map((p) => (p.minutesAgo === 0 ? 'this minute' : `${p.minutesAgo} min ago`)),
      datasets: [
        { label: 'completed', data: points.map((p) => p.completed), backgroundColor: '#2a9d8f' },
        { label: 'failed', data: points.map((p) => p.failed), backgroundColor: '#e63946' },
      ],
    },
    options: { ...BASE_OPTIONS, scales: { x: { stacked: true }, y: { ...BASE_OPTIONS.scales.y, stacked: true } } },
  };
}

/**
 * A canvas and its configuration. The JSON is data, never run; `<` is escaped so that a value
 * holding `</script>` (an organisation name is untrusted text) cannot end the block.
 */
export function chartBlock(id: string, label: string, config: ChartConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<div class="chart"><canvas role="img" aria-label="${h(label)}" data-chart="${h(id)}-data"></canvas></div><script type="application/json" id="${h(id)}-data">${json}</script>`;
}
