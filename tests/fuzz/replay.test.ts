/**
 * Every reproducer the fuzzer saved (tests/fuzz-corpus/<target>/*.bin) goes back through its
 * target and must now end in a record or a clear error; plus a few freshly drawn, seeded
 * mutations per target, so the harness itself is exercised even on an empty corpus. Each
 * input runs in the fuzzer's child process under a loose watchdog (60 s): a hang fails the
 * test instead of stalling the suite. Needs dist-tools (npm test builds it).
 */
import { relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFinding, type Outcome, type Target } from '../../tools/fuzz/case.js';
import { loadCorpus } from '../../tools/fuzz/corpus.js';
import { generate } from '../../tools/fuzz/generators.js';
import { ROOT } from '../../tools/fuzz/seeds.js';
import { Supervisor } from '../../tools/fuzz/supervisor.js';

const WATCHDOG = { timeoutMs: 60_000, msPerKiB: 0, maxRssGrowthBytes: 1024 ** 3, startupMs: 300_000 };
const supervisors = new Map<Target, Supervisor>();
const supervisor = (t: Target): Supervisor => {
  if (!supervisors.has(t)) supervisors.set(t, new Supervisor(t, WATCHDOG));
  return supervisors.get(t)!;
};
afterAll(() => {
  for (const s of supervisors.values()) s.close();
});

const describeOutcome = (o: Outcome): string => `${o.kind} ${o.name ?? ''}: ${o.message ?? ''}`;

describe('fuzz corpus replay', () => {
  const saved = loadCorpus();
  for (const s of saved) {
    it(`${relative(ROOT, s.path)} ends in a record or a clear error`, async () => {
      const [o] = await supervisor(s.case.target).run([s.case]);
      expect(isFinding(o!), describeOutcome(o!)).toBe(false);
    }, 200_000);
  }

  // The shipped model's target is left to `npm run fuzz`: loading it here adds seconds for little.
  const SMOKE: Target[] = ['ingest', 'normalize', 'jsonl', 'tar', 'zip', 'gzip', 'warc', 'pipeline-rules', 'cli'];
  it('fresh seeded mutations end in a record or a clear error, on every target', async () => {
    for (const t of SMOKE) {
      const cases = await generate(t, 20_240_501, 6);
      const outcomes = await supervisor(t).run(cases);
      for (const o of outcomes) expect(isFinding(o), `${t}: ${describeOutcome(o)}`).toBe(false);
    }
  }, 300_000);
});
