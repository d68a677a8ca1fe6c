/**
 * Runs inside the client namespace at the end of a cluster test: what PostgreSQL holds against
 * the articles enqueued, and the queue's failed jobs with their reasons. One JSON object
 * (a Verification, summary.ts) on stdout.
 *
 * node dist-tools/cluster/verify.js --redis URL --queue NAME --store URL --jobs N
 */
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import pg from 'pg';
import { articleUrl } from '../harness/articles.js';
import type { Verification } from './summary.js';

const { values } = parseArgs({
  options: { redis: { type: 'string' }, queue: { type: 'string' }, store: { type: 'string' }, jobs: { type: 'string' } },
});
const N = Number(values.jobs);
const queue = new Queue(values.queue!, { connection: { url: values.redis!, maxRetriesPerRequest: null } });
const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
const failedJobs = await queue.getJobs(['failed'], 0, -1);
// Jobs that ran more than once (a killed or cut-off host's): allowed, as long as each is stored once.
let rerun = 0;
for (let at = 0; at < N; at += 1000)
  for (const j of await queue.getJobs(['completed'], at, at + 999))
    if ((j.attemptsStarted ?? 0) > 1 || (j.stalledCounter ?? 0) > 0) rerun++;
await queue.close();

const client = new pg.Client({ connectionString: values.store! });
await client.connect();
const row = (
  await client.query<{ rows: string; ids: string; urls: string; shas: string }>(
    'SELECT count(*) AS rows, count(DISTINCT id) AS ids, count(DISTINCT source_url) AS urls, count(DISTINCT source_sha256) AS shas FROM articles',
  )
).rows[0]!;
const stored = await client.query<{ source_url: string; source_sha256: string }>('SELECT source_url, source_sha256 FROM articles');
await client.end();
const urls = new Set(stored.rows.map((r) => r.source_url));
const shas = new Set(stored.rows.map((r) => r.source_sha256));

const v: Verification = {
  counts: {
    completed: counts.completed ?? 0,
    failed: counts.failed ?? 0,
    pending: (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
  },
  rerun,
  // The job id is the SHA-256 of the article's bytes, as is the record's source.sha256.
  failed: failedJobs.map((j) => ({ id: j.id ?? '', reason: j.failedReason ?? '', stored: shas.has(j.id ?? '') })),
  store: {
    rows: Number(row.rows),
    distinctIds: Number(row.ids),
    distinctUrls: Number(row.urls),
    distinctSha256: Number(row.shas),
    missing: Array.from({ length: N }, (_, i) => articleUrl(i)).filter((u) => !urls.has(u)).length,
  },
};
process.stdout.write(`${JSON.stringify(v)}\n`);
process.exit(0);
