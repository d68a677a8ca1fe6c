/**
 * `node dist-tools/eval/published/published-eval.js [<data dir>] [--all] [--json <file>]`
 * (after `npm run build:tools`).
 *
 * publishedAt against the ground truth of a data set in the ../shared/data/html/<set>/ format,
 * reported apart for two halves split by a hash of the page id: the "tune" half (sha256 of the
 * id has an even first byte), the only one to look at while changing rules, and the "held-out"
 * half, reported as a check on generalisation. A day-precise truth ("2005-5-7 21:23:57") is
 * right when publishedAt falls on that day; a month-only truth ("1996-6") is right when
 * publishedAt is null (the record carries no made-up day, see src/ingest/meta/README.md) and
 * counted apart. Truths that are no date ("UNKNOWN", "", a name) are not scored; a date emitted
 * for them is listed. Per-page lines show the held-out half only with --all.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingest } from '../../../dist/ingest/index.js';
import { loadDataset, type Page } from '../content/dataset.js';
import { dateMatches, truthDate } from '../content/score.js';

export type Half = 'tune' | 'held-out';

export function halfOf(id: string): Half {
  const first = createHash('sha256').update(id).digest()[0] ?? 0;
  return first % 2 === 0 ? 'tune' : 'held-out';
}

interface Row {
  id: string;
  half: Half;
  truth: string | null;
  ours: string | null;
  /** null: not scored (no date in the truth). */
  right: boolean | null;
  error?: string;
}

function score(p: Page): Row {
  const truth = truthDate(p.truth.date);
  let ours: string | null = null;
  let error: string | undefined;
  try {
    ours = ingest({ bytes: p.bytes, kind: 'html', uri: p.id, url: p.truth.url ?? null }).meta.publishedAt;
  } catch (err) {
    error = (err as Error).message;
  }
  const right = truth === null ? null : truth.length === 7 ? ours === null : dateMatches(ours, truth);
  return { id: p.id, half: halfOf(p.id), truth, ours, right, ...(error ? { error } : {}) };
}

function tally(rows: Row[], precision: 10 | 7): string {
  const scored = rows.filter((r) => r.right !== null && r.truth?.length === precision);
  return `${scored.filter((r) => r.right).length}/${scored.length}`;
}

export function evaluate(dir: string): Row[] {
  return loadDataset(dir).map(score);
}

function main(argv: string[]): number {
  let dir = resolve('../shared/data/html/zh-content-extraction');
  let all = false;
  let json: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--all') all = true;
    else if (a === '--json') json = argv[++i] ?? null;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node dist-tools/eval/published/published-eval.js [<data dir>] [--all] [--json <file>]');
      return 0;
    } else dir = a;
  }
  if (!existsSync(dir)) {
    console.error(`${dir}: no such folder`);
    return 2;
  }
  const rows = evaluate(dir);
  const mark = (r: Row): string => (r.right === null ? (r.ours ? ' ? ' : ' - ') : r.right ? ' ok' : ' X ');
  for (const r of rows) {
    if (r.half === 'held-out' && !all) continue;
    console.log(
      `${r.half.padEnd(8)} ${r.id.padEnd(36)} ${mark(r)} ${r.ours ?? 'null'} (truth ${r.truth ?? '-'})${r.error ? ` ERROR ${r.error}` : ''}`,
    );
  }
  for (const half of ['tune', 'held-out'] as const) {
    const h = rows.filter((r) => r.half === half);
    const extra = h.filter((r) => r.right === null && r.ours !== null).length;
    console.log(
      `-- ${half}: ${h.length} pages; publishedAt right to the day ${tally(h, 10)} dated; month-only truths left null ${tally(h, 7)}; dates given for pages the truth leaves undated: ${extra}`,
    );
  }
  if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
