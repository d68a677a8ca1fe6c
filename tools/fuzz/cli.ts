/**
 * `npm run fuzz -- --seconds N [--target T] [--seed S] [--batch B] [--minimise-seconds M]`
 *
 * Mutated inputs, drawn by fast-check from seeded arbitraries, through ingest, normalise,
 * the sources' readers, the whole pipeline and the CLI in-process (extract, batch), each under a 5 s / 1 GB watchdog in a child
 * process. Every new kind of crash, hang or blow-up is minimised and saved under
 * tests/fuzz-corpus/<target>/. Without --target the seconds are shared among all targets
 * (the pipelines get a smaller share: they are slow). Figures on stderr, a JSON summary on stdout.
 */
import { parseArgs } from 'node:util';
import { TARGETS, isFinding, signature, type Outcome, type Target } from './case.js';
import { loadCorpus, saveReproducer } from './corpus.js';
import { generate } from './generators.js';
import { minimise } from './minimise.js';
import { Supervisor } from './supervisor.js';

const WEIGHT: Record<Target, number> = {
  ingest: 1,
  normalize: 1,
  jsonl: 1,
  tar: 1,
  zip: 1,
  gzip: 1,
  warc: 1,
  'pipeline-rules': 0.7,
  'pipeline-model': 0.7,
  cli: 0.7,
};

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    target: { type: 'string' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '32' },
    'minimise-seconds': { type: 'string', default: '60' },
  },
});
const targets = values.target ? (values.target.split(',') as Target[]) : [...TARGETS];
for (const t of targets)
  if (!TARGETS.includes(t)) {
    process.stderr.write(`fuzz: unknown target ${t} (one of ${TARGETS.join(', ')})\n`);
    process.exit(2);
  }
const seconds = Number(values.seconds);
const seed = Number(values.seed);
const batchSize = Number(values.batch);
const totalWeight = targets.reduce((s, t) => s + WEIGHT[t], 0);

interface TargetFigures {
  target: Target;
  inputs: number;
  seconds: number;
  perSecond: number;
  ok: number;
  rejected: number;
  findings: number;
  distinct: string[];
  saved: string[];
}

/** Findings already in the corpus are not saved again. */
const known = new Set(loadCorpus().map((s) => `${s.info.target}|${s.info.outcome ? signature(s.info.outcome) : ''}`));

async function fuzzTarget(target: Target, budgetS: number): Promise<TargetFigures> {
  const sup = new Supervisor(target);
  const fig: TargetFigures = { target, inputs: 0, seconds: 0, perSecond: 0, ok: 0, rejected: 0, findings: 0, distinct: [], saved: [] };
  const t0 = performance.now();
  let fuzzMs = 0;
  // A per-target offset keeps the targets' draws apart under one --seed.
  const base = seed * 1_000_003 + TARGETS.indexOf(target) * 7919;
  for (let batch = 0; fuzzMs < budgetS * 1000; batch++) {
    const tb = performance.now();
    const cases = await generate(target, base + batch, batchSize);
    const outcomes = await sup.run(cases);
    fuzzMs += performance.now() - tb;
    for (let i = 0; i < cases.length; i++) {
      const o: Outcome = outcomes[i]!;
      fig.inputs++;
      if (o.kind === 'ok') fig.ok++;
      else if (o.kind === 'rejected') fig.rejected++;
      if (!isFinding(o)) continue;
      fig.findings++;
      const key = `${target}|${signature(o)}`;
      if (known.has(key)) {
        // Not saved again, but said, so that it can be drawn again: --seed and the batch make the same input.
        process.stderr.write(
          `fuzz: ${target}: ${o.kind} ${o.name ?? ''} (a kind already saved) at --seed ${seed} batch ${batch} item ${i}\n`,
        );
        continue;
      }
      known.add(key);
      fig.distinct.push(signature(o));
      process.stderr.write(`fuzz: ${target}: ${o.kind} ${o.name ?? ''}: ${(o.message ?? '').split('\n')[0]} — minimising\n`);
      const m = await minimise(sup, cases[i]!, o, Number(values['minimise-seconds']) * 1000);
      const path = saveReproducer(
        { ...cases[i]!, bytes: m.bytes },
        { outcome: m.outcome, seed, batch, index: i, originalBytes: cases[i]!.bytes.length },
      );
      fig.saved.push(path);
      process.stderr.write(`fuzz: ${target}: saved ${path} (${cases[i]!.bytes.length} -> ${m.bytes.length} bytes, ${m.tries} tries)\n`);
    }
  }
  sup.close();
  fig.seconds = Math.round(fuzzMs / 100) / 10;
  fig.perSecond = Math.round((fig.inputs / (fuzzMs / 1000)) * 10) / 10;
  process.stderr.write(
    `fuzz: ${target}: ${fig.inputs} inputs in ${fig.seconds} s (${fig.perSecond}/s; wall ${Math.round((performance.now() - t0) / 1000)} s), ${fig.ok} ok, ${fig.rejected} rejected, ${fig.findings} findings (${fig.distinct.length} new kinds)\n`,
  );
  return fig;
}

const all: TargetFigures[] = [];
for (const t of targets) all.push(await fuzzTarget(t, (seconds * WEIGHT[t]) / totalWeight));
const total = {
  inputs: all.reduce((s, f) => s + f.inputs, 0),
  findings: all.reduce((s, f) => s + f.findings, 0),
  saved: all.flatMap((f) => f.saved),
};
process.stdout.write(`${JSON.stringify({ seed, targets: all, total }, null, 2)}\n`);
