/** Content extraction: mean F1 of our text against the hand-copied truth (tools/eval/content). */
import { join } from 'node:path';
import { digestFiles } from './digest.js';
import type { Gate } from './gate.js';

export function contentGate(name: string, set: string): Gate {
  const base = `html/${set}`;
  const needs = [`${base}/ground-truth.json`, `${base}/html`];
  return {
    name,
    needs,
    async run(dataDir) {
      // Loaded on first run: a gate that skips loads nothing.
      const { evaluate } = await import('../eval/content/content-eval.js');
      const { summary } = await evaluate(join(dataDir, base), { peer: false, show: null, print: false });
      return { figure: summary.f1, digest: digestFiles(dataDir, needs) };
    },
  };
}
