/**
 * bull-board, the usual BullMQ dashboard (counts, jobs, failed jobs with reasons, retries),
 * mounted inside the viewer behind the same token. Read-only unless `allowActions`: bull-board
 * then refuses every action on the queue with a 405.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { ArticleQueue } from '../queue/queue.js';

export const BOARD_PATH = '/queue/board';

export function mountBoard(app: Hono, queue: ArticleQueue, allowActions: boolean): void {
  const adapter = new HonoAdapter(serveStatic).setBasePath(BOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(queue, { readOnlyMode: !allowActions })],
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'zhnews queue' } },
  });
  app.route(BOARD_PATH, adapter.registerPlugin());
}
