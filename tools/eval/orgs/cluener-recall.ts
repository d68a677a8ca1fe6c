/**
 * Recall of CLUENER2020's dev mentions of companies, government bodies and other organisations
 * in `organizations` (a name or an alias equal to the mention): a check on today's Chinese
 * news, which the dev pages (mostly 1998–2008) do not give. Recall only: CLUENER tags
 * organisations incompletely, so what it leaves out cannot be counted wrong; and it counts
 * generic nouns (组委会, 商业银行) that the guidelines do not, so 1.0 is out of reach by design.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pipeline } from '../../../dist/pipeline/pipeline.js';

export const CLUENER_ORG_TYPES = ['company', 'government', 'organization'] as const;

export interface ClueRecall {
  type: string;
  mentions: number;
  found: number;
}

interface ClueLine {
  text: string;
  label: Record<string, Record<string, unknown>>;
}

export async function cluenerRecall(dataDir: string, pipeline: Pipeline): Promise<ClueRecall[] | null> {
  const file = join(dataDir, 'cluener/dev.json');
  if (!existsSync(file)) return null;
  const counts = new Map<string, ClueRecall>(CLUENER_ORG_TYPES.map((type) => [type, { type, mentions: 0, found: 0 }]));
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  for (const [k, raw] of lines.entries()) {
    const ex = JSON.parse(raw) as ClueLine;
    // A line the pipeline refuses (too short to be an article) finds nothing: its mentions count as missed.
    const record = await pipeline.process({ bytes: Buffer.from(ex.text), kind: 'text', uri: `cluener-dev-${k}.txt` }).catch(() => null);
    const names = new Set(record?.organizations.flatMap((o) => [o.name, ...o.aliases]) ?? []);
    for (const [type, mentions] of Object.entries(ex.label)) {
      const c = counts.get(type);
      if (!c) continue;
      for (const m of Object.keys(mentions)) {
        c.mentions += 1;
        if (names.has(m)) c.found += 1;
      }
    }
  }
  return [...counts.values()];
}
