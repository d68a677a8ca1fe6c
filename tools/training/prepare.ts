#!/usr/bin/env node
/**
 * npm run data:prepare -- [data dir, default ../shared/data] [--out training/data] [--max-tokens 254]
 * Converts MSRA, PFR 1998 and CLUENER into train / dev JSONL for the NER model.
 * Dev sets (never trained on): the last 2,000 MSRA sentences, PFR days 25-27.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, createWriteStream, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXICAL_FEATURES } from '../../dist/extract/ner/lexical.js';
import { BIO_LABELS, NER_TYPES } from '../../dist/extract/ner/labels.js';
import { parseMsraLine } from './msra.js';
import { parsePfrLine, pfrExample } from './pfr.js';
import { parseCluenerLine } from './cluener.js';
import { encodeExample, encodeOptionsFromVocab } from './encode.js';
import type { Example } from './spans.js';

export const MSRA_DEV_SENTENCES = 2000;
export const PFR_DEV_DAYS: readonly number[] = [25, 26, 27];

type Args = { dataDir: string; out: string; maxTokens: number };

export function parseArgs(argv: readonly string[]): Args {
  const a: Args = { dataDir: '../shared/data', out: 'training/data', maxTokens: 254 };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i]!;
    if (v === '--out') a.out = argv[++i] ?? a.out;
    else if (v === '--max-tokens') a.maxTokens = Number(argv[++i]);
    else if (!v.startsWith('--')) a.dataDir = v;
    else throw new Error(`unknown option ${v}`);
  }
  return a;
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const data = resolve(args.dataDir);
  const need = ['msra/train.txt', 'pfr1998/199801-01-27.txt', 'cluener/train.json', 'bert_vocab/vocab.txt'];
  const missing = need.filter((p) => !existsSync(join(data, p)));
  if (missing.length) {
    process.stderr.write(`data:prepare: data folder ${data} lacks ${missing.join(', ')}\n`);
    process.exit(2);
  }
  const opts = encodeOptionsFromVocab(join(data, 'bert_vocab/vocab.txt'), args.maxTokens);
  mkdirSync(args.out, { recursive: true });
  const files: Record<string, WriteStream> = {
    train: createWriteStream(join(args.out, 'train.jsonl')),
    'dev-msra': createWriteStream(join(args.out, 'dev-msra.jsonl')),
    'dev-pfr': createWriteStream(join(args.out, 'dev-pfr.jsonl')),
  };
  const counts: Record<string, { sentences: number; records: number; entities: number; dropped: number }> = {};
  const emit = (file: string, key: string, ex: Example | null) => {
    if (!ex || !ex.text.trim()) return;
    const c = (counts[key] ??= { sentences: 0, records: 0, entities: 0, dropped: 0 });
    const { out, dropped } = encodeExample(ex, opts);
    c.sentences++;
    c.dropped += dropped;
    for (const r of out) {
      if (r.ids.length <= 2) continue;
      c.records++;
      c.entities += r.ents.length;
      files[file]!.write(JSON.stringify(r) + '\n');
    }
  };

  const msra = lines(join(data, 'msra/train.txt')).filter((l) => l.trim());
  const devStart = msra.length - MSRA_DEV_SENTENCES;
  msra.forEach((l, i) => emit(i >= devStart ? 'dev-msra' : 'train', i >= devStart ? 'msra-dev' : 'msra-train', parseMsraLine(l)));

  for (const l of lines(join(data, 'pfr1998/199801-01-27.txt'))) {
    const p = parsePfrLine(l);
    if (!p) continue;
    const dev = PFR_DEV_DAYS.includes(p.day);
    emit(dev ? 'dev-pfr' : 'train', dev ? 'pfr-dev' : 'pfr-train', pfrExample(p));
  }

  for (const f of ['cluener/train.json', 'cluener/dev.json']) {
    if (!existsSync(join(data, f))) continue;
    for (const l of lines(join(data, f))) emit('train', 'cluener', parseCluenerLine(l));
  }
  for (const s of Object.values(files)) s.end();
  const meta = {
    labels: BIO_LABELS,
    types: NER_TYPES,
    lexicalFeatures: LEXICAL_FEATURES,
    maxTokens: args.maxTokens,
    vocabSize: opts.spec.vocab.size,
    counts,
    msraDevSentences: MSRA_DEV_SENTENCES,
    pfrDevDays: PFR_DEV_DAYS,
  };
  writeFileSync(join(args.out, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  process.stdout.write(JSON.stringify(counts, null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
