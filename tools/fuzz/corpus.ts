/**
 * Saved reproducers: tests/fuzz-corpus/<target>/<sha1>.bin (the input) with <sha1>.json
 * beside it (target, what happened, how it was generated, the meta the target needs).
 * tests/fuzz/replay.test.ts replays every one of them in `npm test`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TARGETS, type CaseMeta, type FuzzCase, type Outcome, type Target } from './case.js';
import { ROOT } from './seeds.js';

export const CORPUS = join(ROOT, 'tests/fuzz-corpus');

export interface Reproducer {
  target: Target;
  outcome: Outcome;
  meta: CaseMeta;
  /** How to make the original input again: `npm run fuzz -- --target T --seed S` draws it as batch `batch`, item `index`. */
  seed: number;
  batch: number;
  index: number;
  originalBytes: number;
  foundAt: string;
  /** What the bug is, for a reproducer minimised or explained by hand. */
  note?: string;
}

export function saveReproducer(c: FuzzCase, r: Omit<Reproducer, 'target' | 'meta' | 'foundAt'>): string {
  const sha1 = createHash('sha1').update(c.bytes).digest('hex');
  const dir = join(CORPUS, c.target);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${sha1}.bin`), c.bytes);
  const info: Reproducer = { target: c.target, meta: c.meta, foundAt: new Date().toISOString(), ...r };
  writeFileSync(join(dir, `${sha1}.json`), `${JSON.stringify(info, null, 2)}\n`);
  return join(dir, `${sha1}.bin`);
}

export interface Saved {
  path: string;
  info: Reproducer;
  case: FuzzCase;
}

export function loadCorpus(): Saved[] {
  const out: Saved[] = [];
  for (const target of TARGETS) {
    const dir = join(CORPUS, target);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.bin'))
      .sort()) {
      const path = join(dir, name);
      const json = path.replace(/\.bin$/, '.json');
      const info = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as Reproducer) : null;
      const meta = info?.meta ?? {};
      out.push({ path, info: info ?? ({ target, meta } as Reproducer), case: { target, bytes: new Uint8Array(readFileSync(path)), meta } });
    }
  }
  return out;
}
