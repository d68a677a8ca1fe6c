#!/usr/bin/env node
/**
 * npm run gates -- [data dir, default ../shared/data] [--only a,b] [--record]
 * Runs the quality gates (registry.ts) and exits 1 when a figure is under its floor
 * (floors.json). --record writes the figures measured now, with floors MARGIN under them and
 * the data's digests, into floors.json instead of judging them.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { floorFor, loadFloors, saveFloors } from './floors.js';
import { GATES } from './registry.js';
import { exitCode, formatOutcome, formatSummary, judge, runGates } from './runner.js';

const FLOORS = fileURLToPath(new URL('../../tools/gates/floors.json', import.meta.url));

interface Args {
  dataDir: string;
  only: Set<string> | null;
  record: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  const a: Args = { dataDir: '../shared/data', only: null, record: false };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i]!;
    if (v === '--record') a.record = true;
    else if (v === '--only') a.only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else if (!v.startsWith('--')) a.dataDir = v;
    else throw new Error(`unknown option ${v} (usage: npm run gates -- [data dir] [--only a,b] [--record])`);
  }
  return a;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = resolve(args.dataDir);
  const unknown = [...(args.only ?? [])].filter((n) => !GATES.some((g) => g.name === n));
  if (unknown.length) throw new Error(`no gate named ${unknown.join(', ')} (gates: ${GATES.map((g) => g.name).join(', ')})`);
  const gates = GATES.filter((g) => !args.only || args.only.has(g.name));
  const floors = loadFloors(FLOORS);
  const t0 = performance.now();
  console.log(`gates: data ${dataDir}, floors ${FLOORS}`);
  if (args.record) {
    // Measured first, judged against the floors just written, so the lines read as usual.
    const measured = await runGates(gates, dataDir, null);
    const today = new Date().toISOString().slice(0, 10);
    for (const o of measured) if (o.result) floors[o.name] = floorFor(o.result, today);
    saveFloors(FLOORS, floors);
    const outcomes = measured.map((o) => judge(o, floors));
    for (const o of outcomes) console.log(formatOutcome(o));
    console.log(
      `gates: recorded ${
        outcomes
          .filter((o) => o.result)
          .map((o) => o.name)
          .join(', ') || 'nothing'
      } in ${FLOORS}`,
    );
    return exitCode(outcomes);
  }
  const outcomes = await runGates(gates, dataDir, floors, (o) => console.log(formatOutcome(o)));
  console.log(formatSummary(outcomes, (performance.now() - t0) / 1000));
  return exitCode(outcomes);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`gates: ${(err as Error).message}`);
      process.exitCode = 2;
    },
  );
}
