#!/usr/bin/env node
/**
 * npm run eval:ner -- <dev.jsonl> [--model <folder or id>] [--allow-remote] [--limit N] [--json <out.json>]
 *     [--by-document] [--no-one-type-per-name] [--novel <train.jsonl>] [--organizations refined]
 * Per-label precision / recall / F1 (exact spans) through the real inference path
 * (createModelTagger: transformers.js + ONNX, then the NER stage's post-processing), on a JSONL
 * written by `npm run data:prepare`.
 * --by-document tags the sentences of one article (records sharing `doc`, as PFR's have) as one
 * text, as the pipeline tags an article; --no-one-type-per-name turns that document step off.
 * --novel also scores persons, places and organisations split by whether the mention's text is
 * among that type's mentions in the given training file ("seen") or not ("novel"): how the model
 * does on names it was never shown, as most names in tomorrow's news are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createModelTagger } from '../../dist/extract/ner/model-tagger.js';
import { postprocessEntities } from '../../dist/extract/ner/postprocess.js';
import { refineOrganizations, type OrgStep } from '../../dist/extract/orgs/index.js';
import { createJiebaSegmenter } from '../../dist/extract/segment/jieba.js';
import { NAME_TYPES, NER_TYPES } from '../../dist/extract/ner/labels.js';
import { prf, score, sum, type Counts } from './scoring.js';

type Rec = { text: string; ents: [number, number, string][]; ann: string[]; doc?: string };

/** Training mentions as `TYPE:text`, from a JSONL written by data:prepare. */
export function trainingMentions(path: string): Set<string> {
  const out = new Set<string>();
  for (const l of readFileSync(path, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const r = JSON.parse(l) as Rec;
    for (const [s, e, t] of r.ents) out.add(`${t}:${r.text.slice(s, e)}`);
  }
  return out;
}

/** The person/place/organisation spans of a text, retyped `TYPE seen` or `TYPE novel`. */
export function bySeen<T extends { start: number; end: number; type: string }>(
  text: string,
  spans: readonly T[],
  mentions: ReadonlySet<string>,
): T[] {
  return spans
    .filter((x) => (NAME_TYPES as readonly string[]).includes(x.type))
    .map((x) => ({ ...x, type: `${x.type} ${mentions.has(`${x.type}:${text.slice(x.start, x.end)}`) ? 'seen' : 'novel'}` }));
}

/** Consecutive records of one article joined into one text by newlines, their spans moved along. */
export function joinDocuments(recs: readonly Rec[]): Rec[] {
  const out: Rec[] = [];
  let cur: Rec | null = null;
  for (const r of recs) {
    if (cur && r.doc !== undefined && r.doc === cur.doc) {
      const shift = cur.text.length + 1;
      cur.text += '\n' + r.text;
      cur.ents.push(...r.ents.map(([s, e, t]): [number, number, string] => [s + shift, e + shift, t]));
      continue;
    }
    cur = { ...r, ents: [...r.ents] };
    out.push(cur);
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let file: string | undefined;
  let model: string | undefined;
  let allowRemote = false;
  let limit = Infinity;
  let jsonOut: string | undefined;
  let byDocument = false;
  let oneType = true;
  // As the pipeline runs it: the organisation layers after the model (src/extract/orgs).
  let orgs = false;
  let skipSteps = new Set<OrgStep>();
  let novelFrom: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--model') model = argv[++i];
    else if (a === '--allow-remote') allowRemote = true;
    else if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--json') jsonOut = argv[++i];
    else if (a === '--by-document') byDocument = true;
    else if (a === '--no-one-type-per-name') oneType = false;
    else if (a === '--organizations') orgs = argv[++i] === 'refined';
    else if (a === '--skip-org-steps') skipSteps = new Set((argv[++i] ?? '').split(',') as OrgStep[]);
    else if (a === '--novel') novelFrom = argv[++i];
    else if (!a.startsWith('--')) file = a;
    else {
      process.stderr.write(`eval:ner: unknown option ${a}\n`);
      process.exit(2);
    }
  }
  if (!file) {
    process.stderr.write(
      'usage: npm run eval:ner -- <dev.jsonl> [--model <folder or id>] [--limit N] [--json out.json] [--by-document] [--no-one-type-per-name] [--novel <train.jsonl>] [--organizations refined]\n',
    );
    process.exit(2);
  }
  const lines: Rec[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, limit)
    .map((l) => JSON.parse(l) as Rec);
  const recs = byDocument ? joinDocuments(lines) : lines;
  const tagger = await createModelTagger({ model, allowRemote });
  const table = new Map<string, Counts>();
  const seen = novelFrom ? trainingMentions(novelFrom) : null;
  const seenTable = new Map<string, Counts>();
  const t0 = performance.now();
  const chunk = 256;
  for (let i = 0; i < recs.length; i += chunk) {
    const part = recs.slice(i, i + chunk);
    const segmenter = orgs ? createJiebaSegmenter() : null;
    const preds = (await tagger.tagMany(part.map((r) => r.text))).map((es, k) => {
      const post = postprocessEntities(es, { oneTypePerName: oneType });
      const text = part[k]!.text;
      return segmenter ? refineOrganizations(text, segmenter.segment(text), post, skipSteps) : post;
    });
    part.forEach((r, k) => {
      const gold = r.ents.map(([start, end, type]) => ({ start, end, type }));
      score(table, gold, preds[k]!, new Set(r.ann));
      if (seen) {
        const ann = new Set(r.ann.flatMap((t) => [`${t} seen`, `${t} novel`]));
        score(seenTable, bySeen(r.text, gold, seen), bySeen(r.text, preds[k]!, seen), ann);
      }
    });
  }
  const secs = (performance.now() - t0) / 1000;
  const rows: Record<string, unknown>[] = [];
  const line = (name: string, c: Counts) => {
    const { p, r, f1 } = prf(c);
    rows.push({ label: name, precision: p, recall: r, f1, support: c.tp + c.fn, tp: c.tp, fp: c.fp, fn: c.fn });
    process.stdout.write(
      `${name.padEnd(16)} P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${f1.toFixed(4)}  support ${String(c.tp + c.fn).padStart(6)}\n`,
    );
  };
  const unit = byDocument ? `documents (${lines.length} sentences)` : 'sentences';
  process.stdout.write(
    `${resolve(file)}: ${recs.length} ${unit}, model ${tagger.name}${oneType ? '' : ', one type per name off'}${orgs ? ', organisation layers on' : ''}\n`,
  );
  for (const t of NER_TYPES) if (table.has(t)) line(t, table.get(t)!);
  line('micro (all)', sum(table, [...table.keys()]));
  line('PER+LOC+ORG', sum(table, NAME_TYPES));
  if (seen) {
    for (const kind of ['seen', 'novel']) {
      for (const t of NAME_TYPES) if (seenTable.has(`${t} ${kind}`)) line(`${t} ${kind}`, seenTable.get(`${t} ${kind}`)!);
      line(
        `PER+LOC+ORG ${kind}`,
        sum(
          seenTable,
          NAME_TYPES.map((t) => `${t} ${kind}`),
        ),
      );
    }
  }
  process.stdout.write(`${(lines.length / secs).toFixed(1)} sentences/s (${secs.toFixed(1)} s)\n`);
  if (jsonOut)
    writeFileSync(
      jsonOut,
      JSON.stringify(
        { file, sentences: lines.length, documents: byDocument ? recs.length : undefined, oneTypePerName: oneType, rows },
        null,
        2,
      ) + '\n',
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`eval:ner: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
