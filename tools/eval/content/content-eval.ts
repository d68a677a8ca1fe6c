/**
 * `npm run eval:content -- [<data dir>...] [--no-peer] [--show <id>] [--json <file>]`
 *
 * Runs the ingest extractor (and @mozilla/readability on jsdom, side by side) over data sets
 * in the ../shared/data/html/<set>/ format and prints, per page and overall, precision,
 * recall and F1 of the extracted text against the ground truth, author and date accuracy
 * where the truth gives them, and pages/s for both. With no folder it runs every set under
 * ../shared/data/html.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest } from '../../../dist/ingest/index.js';
import { decode } from '../../../dist/ingest/decode.js';
import { parseDate } from '../../../dist/ingest/meta/dates.js';
import { loadDataset, type Page } from './dataset.js';
import { loadReadability, type Peer } from './readability-peer.js';
import { authorsMatch, dateMatches, prf, truthAuthors, truthDate, type Prf } from './score.js';

interface Row {
  id: string;
  ours: Prf;
  peer: Prf | null;
  author: boolean | null;
  peerAuthor: boolean | null;
  date: boolean | null;
  peerDate: boolean | null;
  oursDate: string | null;
  truthDate: string | null;
  error?: string;
}

interface Summary {
  set: string;
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  peerF1: number | null;
  dateAcc: string;
  peerDateAcc: string;
  monthDateAcc: string;
  peerMonthDateAcc: string;
  authorAcc: string;
  peerAuthorAcc: string;
  pagesPerSec: number;
  peerPagesPerSec: number | null;
  mbPerSec: number;
}

const fmt = (n: number | null | undefined): string => (n === null || n === undefined ? '  -  ' : n.toFixed(3));
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function accuracy(xs: (boolean | null)[]): string {
  const known = xs.filter((x): x is boolean => x !== null);
  if (known.length === 0) return 'n/a';
  const ok = known.filter(Boolean).length;
  return `${ok}/${known.length} = ${(ok / known.length).toFixed(3)}`;
}

function runOurs(pages: Page[]): {
  results: Map<string, { text: string; authors: string[]; date: string | null; error?: string }>;
  secs: number;
} {
  const results = new Map<string, { text: string; authors: string[]; date: string | null; error?: string }>();
  const t0 = performance.now();
  for (const p of pages) {
    try {
      const r = ingest({ bytes: p.bytes, kind: 'html', uri: p.id, url: p.truth.url ?? null });
      results.set(p.id, { text: r.text, authors: r.meta.authors, date: r.meta.publishedAt });
    } catch (err) {
      results.set(p.id, { text: '', authors: [], date: null, error: (err as Error).message });
    }
  }
  return { results, secs: (performance.now() - t0) / 1000 };
}

function runPeer(
  peer: Peer,
  pages: Page[],
): { results: Map<string, { text: string; byline: string | null; date: string | null }>; secs: number } {
  const html = pages.map((p) => decode(p.bytes).text); // the same decoded text, decoding not timed
  const results = new Map<string, { text: string; byline: string | null; date: string | null }>();
  const t0 = performance.now();
  pages.forEach((p, i) => {
    try {
      const r = peer(html[i] ?? '', p.truth.url);
      results.set(p.id, { text: r.text, byline: r.byline, date: r.published });
    } catch {
      results.set(p.id, { text: '', byline: null, date: null });
    }
  });
  return { results, secs: (performance.now() - t0) / 1000 };
}

export async function evaluate(
  dir: string,
  opts: { peer: boolean; show: string | null; print: boolean },
): Promise<{ summary: Summary; rows: Row[] }> {
  const pages = loadDataset(dir);
  const set = dir.replace(/\/+$/, '').split('/').pop() ?? dir;
  const ours = runOurs(pages);
  const peerFn = opts.peer ? await loadReadability() : null;
  if (opts.peer && !peerFn && opts.print) console.log('(@mozilla/readability or jsdom not installed: peer skipped)');
  const peer = peerFn ? runPeer(peerFn, pages) : null;
  const rows: Row[] = [];
  for (const p of pages) {
    const o = ours.results.get(p.id) ?? { text: '', authors: [], date: null };
    const q = peer?.results.get(p.id);
    const tDate = truthDate(p.truth.date);
    const tAuthors = truthAuthors(p.truth.author);
    const zone = /[\u4e00-\u9fff]/.test(p.truth.articleBody) ? '+08:00' : '+00:00';
    rows.push({
      id: p.id,
      ours: prf(o.text, p.truth.articleBody),
      peer: q ? prf(q.text, p.truth.articleBody) : null,
      author: tAuthors ? authorsMatch(o.authors, tAuthors) : null,
      peerAuthor: tAuthors && q ? authorsMatch(q.byline ? [q.byline] : [], tAuthors) : null,
      date: tDate ? dateMatches(o.date, tDate) : null,
      peerDate: tDate && q ? dateMatches(parseDate(q.date, zone)?.iso, tDate) : null,
      oursDate: o.date,
      truthDate: tDate,
      ...('error' in o && o.error ? { error: o.error } : {}),
    });
    if (opts.show === p.id && opts.print) {
      console.log(`--- ${p.id} ours:\n${o.text}\n--- authors ${JSON.stringify(o.authors)} date ${o.date}`);
      if (q) console.log(`--- readability:\n${q.text}`);
    }
  }
  const mb = pages.reduce((n, p) => n + p.bytes.length, 0) / 1e6;
  const summary: Summary = {
    set,
    pages: pages.length,
    f1: mean(rows.map((r) => r.ours.f1)),
    precision: mean(rows.map((r) => r.ours.precision)),
    recall: mean(rows.map((r) => r.ours.recall)),
    peerF1: peer ? mean(rows.map((r) => r.peer?.f1 ?? 0)) : null,
    // Day-precise truths ("right to the day") apart from month-only ones ("1996-6"), where no day can be right.
    dateAcc: accuracy(rows.map((r) => (r.truthDate?.length === 10 ? r.date : null))),
    peerDateAcc: accuracy(rows.map((r) => (r.truthDate?.length === 10 ? r.peerDate : null))),
    monthDateAcc: accuracy(rows.map((r) => (r.truthDate?.length === 7 ? r.date : null))),
    peerMonthDateAcc: accuracy(rows.map((r) => (r.truthDate?.length === 7 ? r.peerDate : null))),
    authorAcc: accuracy(rows.map((r) => r.author)),
    peerAuthorAcc: accuracy(rows.map((r) => r.peerAuthor)),
    pagesPerSec: pages.length / Math.max(1e-9, ours.secs),
    peerPagesPerSec: peer ? pages.length / Math.max(1e-9, peer.secs) : null,
    mbPerSec: mb / Math.max(1e-9, ours.secs),
  };
  if (opts.print) printReport(summary, rows);
  return { summary, rows };
}

function printReport(s: Summary, rows: Row[]): void {
  console.log(`\n== ${s.set}: ${s.pages} pages`);
  console.log('id                                    P      R      F1   | peer F1 | author peer | date peer | ours date');
  const mark = (b: boolean | null): string => (b === null ? ' - ' : b ? ' ok' : ' X ');
  for (const r of rows) {
    console.log(
      `${r.id.padEnd(36)} ${fmt(r.ours.precision)}  ${fmt(r.ours.recall)}  ${fmt(r.ours.f1)} |  ${fmt(r.peer?.f1)}  |  ${mark(r.author)}  ${mark(r.peerAuthor)}  | ${mark(r.date)}  ${mark(r.peerDate)} | ${r.oursDate ?? '-'} (truth ${r.truthDate ?? '-'})${r.error ? ` ERROR ${r.error}` : ''}`,
    );
  }
  console.log(`-- ${s.set} mean: ours P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)} | readability F1 ${fmt(s.peerF1)}`);
  console.log(
    `-- ${s.set} publishedAt right to the day: ours ${s.dateAcc} | readability ${s.peerDateAcc}` +
      (s.monthDateAcc === 'n/a' ? '' : ` (month-only truths, not counted: ours ${s.monthDateAcc} | readability ${s.peerMonthDateAcc})`),
  );
  console.log(`-- ${s.set} author accuracy: ours ${s.authorAcc} | readability ${s.peerAuthorAcc}`);
  console.log(
    `-- ${s.set} speed: ours ${s.pagesPerSec.toFixed(1)} pages/s (${s.mbPerSec.toFixed(2)} MB/s) | readability ${s.peerPagesPerSec === null ? '-' : s.peerPagesPerSec.toFixed(1)} pages/s` +
      (s.peerPagesPerSec ? ` | ratio ${(s.pagesPerSec / s.peerPagesPerSec).toFixed(1)}x` : ''),
  );
}

async function main(argv: string[]): Promise<number> {
  const dirs: string[] = [];
  let peer = true;
  let show: string | null = null;
  let json: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--no-peer') peer = false;
    else if (a === '--show') show = argv[++i] ?? null;
    else if (a === '--json') json = argv[++i] ?? null;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run eval:content -- [<data dir>...] [--no-peer] [--show <id>] [--json <file>]');
      return 0;
    } else dirs.push(a);
  }
  if (dirs.length === 0) {
    const base = resolve('../shared/data/html');
    if (!existsSync(base)) {
      console.error(`no data dir given and ${base} is absent: pass a folder with html/ and ground-truth.json`);
      return 2;
    }
    dirs.push(
      ...readdirSync(base)
        .map((d) => join(base, d))
        .filter((d) => existsSync(join(d, 'ground-truth.json'))),
    );
  }
  const out = [];
  for (const d of dirs) {
    if (!existsSync(d)) {
      console.error(`${d}: no such folder`);
      return 2;
    }
    out.push(await evaluate(d, { peer, show, print: true }));
  }
  if (json) writeFileSync(json, JSON.stringify(out, null, 2));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error((err as Error).message);
      process.exitCode = 1;
    },
  );
}
