// Ingest benchmark: our extractor against @mozilla/readability (on jsdom) on the same pages.
// Pages: the HTML fixtures in fixtures/ingest plus, when ../shared/data exists (or
// ZHNEWS_DATA points at a data folder), the development pages read from there at bench time.
// Export: benchIngest() -> rows { stage, metric, value }. Standalone: `node bench/ingest.js`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ingest } from '../dist/ingest/index.js';
import { decode } from '../dist/ingest/decode.js';
import { loadReadability } from '../dist-tools/eval/content/readability-peer.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const DATA = process.env.ZHNEWS_DATA ?? fileURLToPath(new URL('../../shared/data/', import.meta.url));
/** Our extractor runs the page set repeatedly for at least this long, for a stable figure. */
const MIN_SECONDS = 2;

function loadPages() {
  const pages = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    if (name.endsWith('.html')) pages.push({ set: 'fixtures', bytes: readFileSync(join(FIXTURES, name)) });
  }
  const html = join(DATA, 'html');
  if (existsSync(html)) {
    for (const set of readdirSync(html).sort()) {
      const dir = join(html, set, 'html');
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        const raw = readFileSync(join(dir, name));
        if (/\.html?\.gz$/.test(name)) pages.push({ set, bytes: gunzipSync(raw) });
        else if (/\.html?$/.test(name)) pages.push({ set, bytes: raw });
      }
    }
  }
  return pages;
}

function runOurs(pages) {
  let rounds = 0;
  const t0 = performance.now();
  do {
    for (const p of pages) {
      try {
        ingest({ bytes: p.bytes, kind: 'html', uri: null });
      } catch {
        /* bad pages count as processed */
      }
    }
    rounds++;
  } while (performance.now() - t0 < MIN_SECONDS * 1000);
  return { secs: (performance.now() - t0) / 1000, rounds };
}

function runPeer(peer, pages) {
  const html = pages.map((p) => decode(p.bytes).text);
  const t0 = performance.now();
  for (const h of html) {
    try {
      peer(h, undefined);
    } catch {
      /* counted */
    }
  }
  return { secs: (performance.now() - t0) / 1000, rounds: 1 };
}

export async function benchIngest() {
  const pages = loadPages();
  const rows = [];
  const mb = pages.reduce((n, p) => n + p.bytes.length, 0) / 1e6;
  const sets = [...new Set(pages.map((p) => p.set))].join('+');
  rows.push({ stage: 'ingest', metric: `pages (${sets})`, value: pages.length });
  const rssBefore = process.memoryUsage().rss;
  const ours = runOurs(pages);
  const oursPps = (pages.length * ours.rounds) / ours.secs;
  rows.push({ stage: 'ingest', metric: 'zhnews pages/s', value: round(oursPps) });
  rows.push({ stage: 'ingest', metric: 'zhnews MB/s', value: round((mb * ours.rounds) / ours.secs) });
  rows.push({ stage: 'ingest', metric: 'zhnews rss growth MB', value: round((process.memoryUsage().rss - rssBefore) / 1e6) });
  const peer = await loadReadability();
  if (peer) {
    const r = runPeer(peer, pages);
    const peerPps = pages.length / r.secs;
    rows.push({ stage: 'ingest', metric: 'readability+jsdom pages/s', value: round(peerPps) });
    rows.push({ stage: 'ingest', metric: 'readability+jsdom MB/s', value: round(mb / r.secs) });
    rows.push({ stage: 'ingest', metric: 'speed-up vs readability (x)', value: round(oursPps / peerPps) });
  } else {
    rows.push({ stage: 'ingest', metric: 'readability+jsdom', value: 'not installed (devDependency)' });
  }
  return rows;
}

function round(n) {
  return Math.round(n * 100) / 100;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await benchIngest();
  for (const r of rows) console.log(`${r.stage.padEnd(8)} ${r.metric.padEnd(36)} ${r.value}`);
}
