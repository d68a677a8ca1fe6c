/**
 * Traditional Chinese (tools/eval/hant), on the team's written gold that ships in the
 * repository, so these gates need no data folder: the value accuracy of figures and dates in
 * the 200 written sentences, and the share of the written pages' metadata fields (script,
 * encoding, publishedAt, authors, publisher) that are right.
 */
import { basename, dirname } from 'node:path';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { digestFiles } from './digest.js';
import type { Gate } from './gate.js';
import type { Pipeline } from '../../dist/pipeline/pipeline.js';

const SENTENCES = fileURLToPath(new URL('../../tests/gold/hant/sentences.jsonl', import.meta.url));
const PAGES = fileURLToPath(new URL('../../tests/gold/hant/pages', import.meta.url));

/** The default pipeline, loaded only when a gate runs (the module pulls in the model). */
async function defaultPipeline(): Promise<Pipeline> {
  const { createPipeline } = await import('../../dist/pipeline/pipeline.js');
  return createPipeline({});
}

export function hantWrittenGate(name: string): Gate {
  return {
    name,
    needs: [],
    async run() {
      const { writtenPart } = await import('../eval/hant/hant-eval.js');
      const r = await writtenPart(await defaultPipeline(), SENTENCES);
      return { figure: r.valueAccuracy, digest: digestFiles(dirname(SENTENCES), [basename(SENTENCES)]) };
    },
  };
}

export function hantPagesGate(name: string): Gate {
  return {
    name,
    needs: [],
    async run() {
      const { evalPages } = await import('../eval/hant/pages.js');
      const r = await evalPages(await defaultPipeline(), PAGES);
      const right = r.script + r.encoding + r.publishedAt + r.authors + r.publisher;
      return { figure: r.pages ? right / (r.pages * 5) : 0, digest: digestFiles(PAGES, readdirSync(PAGES).sort()) };
    },
  };
}
