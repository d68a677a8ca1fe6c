/**
 * Our queue page shows only what bull-board cannot: jobs finished per minute over the last hour,
 * from the metrics the workers record, and the live worker count. Counts, jobs, failed jobs
 * with their reasons and retries are on the board it links to.
 */
import type { ArticleQueue } from '../queue/queue.js';
import { BOARD_PATH } from './board.js';
import { chartBlock, throughputChart } from './charts.js';
import { escapeHtml as h } from './highlight.js';

export async function queuePage(queue: ArticleQueue | null, allowActions: boolean): Promise<string> {
  if (!queue) return '<h1>Queue</h1><p>Start serve with <code>--redis URL</code> to see the queue.</p>';
  const { queueStatus, throughputHistory } = await import('../queue/inspect.js');
  const [s, history] = await Promise.all([queueStatus(queue), throughputHistory(queue)]);
  const mode = allowActions ? 'retries allowed' : 'read-only; start serve with --allow-actions to retry';
  return `<h1>Queue "${h(s.queue)}"</h1>
<p>${s.workers} workers · ${s.counts.waiting ?? 0} waiting · ${s.counts.failed ?? 0} failed · last minute: ${s.lastMinute.completed} completed, ${s.lastMinute.failed} failed (${s.lastMinute.perSecond} articles/s)</p>
<p><a id="board" href="${BOARD_PATH}/queue/${encodeURIComponent(s.queue)}">Jobs, failed jobs and their reasons on the board</a> <span class="muted">(${mode})</span></p>
<h2>Throughput, last hour (jobs finished per minute)</h2>${chartBlock('throughput', 'jobs finished per minute, last hour', throughputChart(history))}`;
}
