/**
 * `npm run eval:figures-sample -- [<data dir>] [--model M] [--seed N] [--n 300] [--exclude <judged.json>]...
 *                                 (--print | --score <judgements.json> [<judgements.json>...])`
 *
 * Precision of `figures` and `dates` on real pages (issue #23). Runs the whole pipeline (HTML in,
 * default shipped model unless --model) over the Chinese dev pages in
 * <data dir>/html/zh-content-extraction/html, collects every emitted figure and date, and draws a
 * fixed-seed sample of them (see sampling.ts).
 *
 *   --print            each sampled span with ~30 characters of context either side, the
 *                      article's publishedAt and the normalised value, for judging by hand
 *   --exclude <file>   with --print (repeatable): leave out of the pool every span whose page,
 *                      start and end are judged in <file>, so a second sample measures only what
 *                      the first did not (record the files as `exclude` in the new judgement file)
 *   --score <files>    re-runs the pipeline and scores the hand judgements in each file
 *                      ({ seed, model, n?, exclude?, judgements: [{ page, kind, start, end,
 *                      correct, why }] }), matched on (page, start, end, kind): precision =
 *                      correct / judged over the judged spans still emitted, per file and pooled
 *                      (every file's judged spans still emitted); lists judged spans no longer
 *                      emitted and the spans each file's seed now samples that have no judgement.
 *                      A judgement that records `value` (and `valueMax`) is set aside as stale,
 *                      not counted, once the stage gives that span another value.
 *   --json <file>      with --print: the sample as JSON as well (for tooling; holds page text)
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pooledPrecision, poolFor, readJudgements, scoreJudgements, judgedPlaces, placeKey } from './judgements.js';
import { DEFAULT_N, DEFAULT_SEED, collectSpans, drawSample, type Span } from './sampling.js';

export * from './sampling.js';
export * from './judgements.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const flat = (s: string): string => s.replace(/\s+/g, ' ');

function describe(s: Span): string {
  const v: string[] = [`value=${JSON.stringify(s.value)}`];
  if (s.valueMax !== null) v.push(`max=${JSON.stringify(s.valueMax)}`);
  if (s.unit) v.push(`unit=${s.unit}`);
  if (s.currency) v.push(`currency=${s.currency}`);
  if (s.granularity) v.push(`gran=${s.granularity}`);
  if (s.approximate) v.push('approx');
  if (s.bound) v.push(`bound=${s.bound}`);
  if (s.relative) v.push('relative');
  return v.join(' ');
}

interface Args {
  dataDir: string;
  model?: string;
  seed: number;
  n: number;
  print: boolean;
  json?: string;
  exclude: string[];
  score: string[];
}

/** --score takes every non-flag argument after it; the one other positional is the data dir. */
export function parseArgs(argv: string[]): Args {
  const valued = new Set(['--model', '--seed', '--n', '--json', '--exclude']);
  const out: Args = { dataDir: join(ROOT, '../shared/data'), seed: DEFAULT_SEED, n: DEFAULT_N, print: false, exclude: [], score: [] };
  let positional: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (valued.has(a)) {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      if (a === '--model') out.model = v;
      else if (a === '--seed') out.seed = Number(v);
      else if (a === '--n') out.n = Number(v);
      else if (a === '--json') out.json = v;
      else out.exclude.push(v);
    } else if (a === '--print') out.print = true;
    else if (a === '--score') {
      while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) out.score.push(argv[++i]!);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else positional = a;
  }
  if (positional) out.dataDir = positional;
  out.dataDir = resolve(out.dataDir);
  return out;
}

async function score(args: Args): Promise<void> {
  const files = args.score.map((p) => ({ path: p, file: readJudgements(p) }));
  const { model, pages, spans } = await collectSpans(args.dataDir, args.model);
  console.log(`model ${model}; pages ${pages}; spans emitted ${spans.length}`);
  for (const { path, file } of files) {
    const r = scoreJudgements(file, spans, poolFor(file, path, spans));
    console.log(`\n== ${path} (seed ${file.seed}, judged with ${file.model})`);
    console.log(`precision ${r.precision.toFixed(3)}  (${r.correct} correct / ${r.judged} judged and still emitted)`);
    if (r.wrong.length) {
      console.log(`wrong (${r.wrong.length}):`);
      for (const w of r.wrong) console.log(`  ${w.page} ${w.kind} ${w.start}-${w.end} ${JSON.stringify(w.text)}: ${w.why}`);
    }
    console.log(`judged with a value the stage no longer gives (judge again; not counted): ${r.changed.length}`);
    for (const c of r.changed)
      console.log(
        `  ${c.page} ${c.kind} ${c.start}-${c.end} ${JSON.stringify(c.now.text)} was ${JSON.stringify(c.value)} now ${describe(c.now)}`,
      );
    console.log(`judged spans no longer emitted: ${r.gone.length}`);
    for (const g of r.gone) console.log(`  ${g.page} ${g.kind} ${g.start}-${g.end} (${g.correct ? 'correct' : 'wrong'}: ${g.why})`);
    console.log(`sampled spans without a judgement: ${r.unjudged.length}`);
    for (const s of r.unjudged) console.log(`  ${s.page} ${s.kind} ${s.start}-${s.end} ${JSON.stringify(s.text)} ${describe(s)}`);
  }
  if (files.length > 1) {
    const p = pooledPrecision(
      files.map((f) => f.file),
      spans,
    );
    console.log(
      `\npooled precision ${p.precision.toFixed(3)}  (${p.correct} correct / ${p.judged} judged and still emitted, ${files.length} files)`,
    );
  }
}

async function print(args: Args): Promise<void> {
  const { model, pages, spans } = await collectSpans(args.dataDir, args.model);
  const excluded = judgedPlaces(args.exclude);
  const pool = spans.filter((s) => !excluded.has(placeKey(s)));
  const sample = drawSample(pool, args.seed, args.n);
  console.log(
    `model ${model}; pages ${pages}; spans emitted ${spans.length}; excluded ${spans.length - pool.length}; seed ${args.seed}; sampled ${sample.length}\n`,
  );
  sample.forEach((s, i) => {
    console.log(`#${i + 1} ${s.page} ${s.kind} ${s.start}-${s.end} publishedAt=${s.publishedAt ?? 'null'}`);
    console.log(`   …${flat(s.before)}【${s.text}】${flat(s.after)}…`);
    console.log(`   ${describe(s)}`);
  });
  if (args.json)
    writeFileSync(args.json, JSON.stringify({ seed: args.seed, model, n: args.n, exclude: args.exclude, sample }, null, 2) + '\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.score.length) return score(args);
  if (args.print) return print(args);
  console.error('eval:figures-sample: give --print or --score <judgements.json> [...]');
  process.exit(2);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err: unknown) => {
    console.error(`eval:figures-sample: ${(err as Error).message}`);
    process.exit(1);
  });
}
