/**
 * `npm run eval:dedup -- [<data dir>] [--threshold J] [--json <file>]`
 *
 * Near-duplicate detection on a syndication set built now, in memory, from the fixture
 * articles and the Chinese dev pages' extracted texts (never written anywhere): each story's
 * portal copies (variants.ts), distinct stories in shared boilerplate, and template reports.
 * Pair precision and recall over all pairs, deciding "duplicate" the way `batch --dedup` does
 * (the cluster each record joins, in input order), and by estimated Jaccard alone.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../../dist/ingest/index.js';
import { DEDUP, MemoryDedupIndex, estimatedJaccard, fingerprint } from '../../../dist/dedup/index.js';
import { portalCopies, sharedBoilerplate, templateReports, type Story } from './variants.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function baseTexts(dataDir: string): { story: string; text: string }[] {
  const out: { story: string; text: string }[] = [];
  const add = (story: string, bytes: Uint8Array, kind: 'html' | 'text') => {
    const { text } = ingest({ bytes, kind, uri: story });
    if (text.length >= 200) out.push({ story, text });
  };
  add('fixture-sample', readFileSync(join(ROOT, 'fixtures/articles/000_fc3af1410bc2c826.txt')), 'text');
  for (const f of readdirSync(join(ROOT, 'fixtures/batch')).sort())
    add(`fixture-${f}`, readFileSync(join(ROOT, 'fixtures/batch', f)), 'html');
  const html = join(dataDir, 'html/zh-content-extraction/html');
  if (existsSync(html)) for (const f of readdirSync(html).sort()) add(f, readFileSync(join(html, f)), 'html');
  return out;
}

export interface DedupEval {
  records: number;
  stories: number;
  threshold: number;
  positives: number;
  negatives: number;
  cluster: { precision: number; recall: number; tp: number; fp: number; fn: number };
  pairwise: { precision: number; recall: number; tp: number; fp: number; fn: number };
  /** The lowest estimated Jaccard of a true pair, and the highest of a false one. */
  lowestTrue: number;
  highestFalse: number;
}

const pr = (tp: number, fp: number, fn: number) => ({
  precision: tp / Math.max(1, tp + fp),
  recall: tp / Math.max(1, tp + fn),
  tp,
  fp,
  fn,
});

export function evalDedup(dataDir: string, threshold: number = DEDUP.threshold): DedupEval {
  const bases = baseTexts(dataDir);
  const set: Story[] = [];
  bases.forEach((b, i) => set.push(...portalCopies(b.story, b.text, 1000 + i)));
  // Distinct stories in one boilerplate: the dev pages' texts, two by two.
  set.push(
    ...sharedBoilerplate(
      bases.map((b) => ({ story: b.story, text: b.text.slice(0, 600) })),
      7,
    ).map((s) => ({ ...s, story: `${s.story}#excerpt` })),
  );
  set.push(...templateReports(24, 11));
  const sigs = set.map((s) => fingerprint(s.text));
  const index = new MemoryDedupIndex(threshold);
  const cluster = set.map((s, i) => index.assign(String(i), sigs[i]!) ?? String(i));
  let ctp = 0,
    cfp = 0,
    cfn = 0,
    ptp = 0,
    pfp = 0,
    pfn = 0,
    pos = 0,
    neg = 0;
  let lowestTrue = 1,
    highestFalse = 0;
  for (let i = 0; i < set.length; i++) {
    for (let j = i + 1; j < set.length; j++) {
      const same = set[i]!.story === set[j]!.story;
      const jac = estimatedJaccard(sigs[i]!, sigs[j]!);
      if (same) {
        pos++;
        lowestTrue = Math.min(lowestTrue, jac);
      } else {
        neg++;
        highestFalse = Math.max(highestFalse, jac);
      }
      const c = cluster[i] === cluster[j];
      if (c && same) ctp++;
      else if (c) cfp++;
      else if (same) cfn++;
      const p = jac >= threshold;
      if (p && same) ptp++;
      else if (p) pfp++;
      else if (same) pfn++;
    }
  }
  return {
    records: set.length,
    stories: new Set(set.map((s) => s.story)).size,
    threshold,
    positives: pos,
    negatives: neg,
    cluster: pr(ctp, cfp, cfn),
    pairwise: pr(ptp, pfp, pfn),
    lowestTrue,
    highestFalse,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  let dataDir = resolve(ROOT, '../shared/data');
  let threshold: number = DEDUP.threshold;
  let json: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--threshold') threshold = Number(args[++i]);
    else if (args[i] === '--json') json = args[++i] ?? null;
    else dataDir = resolve(args[i]!);
  }
  const r = evalDedup(dataDir, threshold);
  const f = (x: number) => x.toFixed(4);
  process.stdout.write(
    `syndication set: ${r.records} texts, ${r.stories} stories, ${r.positives} duplicate pairs, ${r.negatives} distinct pairs, threshold ${r.threshold}\n` +
      `as batch --dedup clusters   P ${f(r.cluster.precision)}  R ${f(r.cluster.recall)}  (tp ${r.cluster.tp}, fp ${r.cluster.fp}, fn ${r.cluster.fn})\n` +
      `by estimated Jaccard alone  P ${f(r.pairwise.precision)}  R ${f(r.pairwise.recall)}  (tp ${r.pairwise.tp}, fp ${r.pairwise.fp}, fn ${r.pairwise.fn})\n` +
      `lowest Jaccard of a duplicate pair ${f(r.lowestTrue)}, highest of a distinct pair ${f(r.highestFalse)}\n`,
  );
  if (json) writeFileSync(json, JSON.stringify(r, null, 2));
}
