/**
 * MSRA dev exactly as `npm run data:prepare` writes dev-msra.jsonl (its last
 * MSRA_DEV_SENTENCES sentences, encoded the same way), without the minutes that building
 * the training split costs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MSRA_DEV_SENTENCES } from '../training/prepare.js';
import { parseMsraLine } from '../training/msra.js';
import { encodeExample, encodeOptionsFromVocab, type EncodedExample } from '../training/encode.js';

/** prepare.ts's default window size. */
const MAX_TOKENS = 254;

export function msraDevRecords(dataDir: string): EncodedExample[] {
  const opts = encodeOptionsFromVocab(join(dataDir, 'bert_vocab/vocab.txt'), MAX_TOKENS);
  const lines = readFileSync(join(dataDir, 'msra/train.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const out: EncodedExample[] = [];
  for (const l of lines.slice(lines.length - MSRA_DEV_SENTENCES)) {
    const ex = parseMsraLine(l);
    if (!ex || !ex.text.trim()) continue;
    for (const r of encodeExample(ex, opts).out) if (r.ids.length > 2) out.push(r);
  }
  return out;
}
