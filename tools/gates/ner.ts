/**
 * NER: MSRA dev PER/LOC/ORG micro-F1 through the ONNX path, scored by `eval:ner` itself (a
 * child process, so the figure is the one the README quotes and the model's memory goes
 * when it ends).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { digestFiles } from './digest.js';
import type { Gate } from './gate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EVAL_NER = join(ROOT, 'dist-tools/training/eval-ner.js');
const run = promisify(execFile);

/** `extra`: more eval:ner flags (`--organizations refined` scores the organisation layers too). */
export function nerMsraGate(name: string, extra: readonly string[] = []): Gate {
  const needs = ['msra/train.txt', 'bert_vocab/vocab.txt'];
  return {
    name,
    needs,
    async run(dataDir) {
      const tmp = mkdtempSync(join(tmpdir(), 'zhnews-gate-ner-'));
      try {
        const dev = join(tmp, 'dev-msra.jsonl');
        const { msraDevRecords } = await import('./msra-dev.js');
        writeFileSync(
          dev,
          msraDevRecords(dataDir)
            .map((r) => JSON.stringify(r) + '\n')
            .join(''),
        );
        const json = join(tmp, 'scores.json');
        await run(process.execPath, [EVAL_NER, dev, '--json', json, ...extra], { cwd: ROOT, maxBuffer: 1 << 24 });
        const { rows } = JSON.parse(readFileSync(json, 'utf8')) as { rows: { label: string; f1: number }[] };
        const row = rows.find((r) => r.label === 'PER+LOC+ORG');
        if (!row) throw new Error('eval:ner gave no PER+LOC+ORG row');
        return { figure: row.f1, digest: digestFiles(dataDir, needs) };
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
}
