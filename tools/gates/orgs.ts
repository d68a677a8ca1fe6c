/** Organisation lists: micro-F1 over (article, name) pairs on the hand-made lists (tools/eval/orgs). */
import { fileURLToPath } from 'node:url';
import type { Gate } from './gate.js';

const GOLD = fileURLToPath(new URL('../../tests/gold/orgs', import.meta.url));

export function orgsGate(name: string): Gate {
  return {
    name,
    needs: ['html/zh-content-extraction/html'],
    async run(dataDir) {
      const { evalOrgs } = await import('../eval/orgs/orgs-eval.js'); // the pipeline, only when run
      const r = await evalOrgs(dataDir, GOLD);
      return { figure: r.all.f1, digest: r.digest };
    },
  };
}
