/**
 * `npm run eval:hant -- [<data dir>] [--limit N] [--json <file>]`
 *
 * Traditional Chinese end to end, in two parts:
 * - Converted: MSRA dev sentences (read from the data dir at run time, nothing written) through
 *   OpenCC s2twp and s2hk, gold spans carried along the conversion; the whole pipeline (script
 *   detection, conversion to Simplified, NER, mapping back) scored PER/LOC/ORG micro-F1 against
 *   the same sentences in Simplified through the same path. Every emitted span is checked to
 *   quote the page (`text.slice(start, end) === text`).
 * - Written: the team's Hong Kong and Taiwan sentences (tests/gold/hant/sentences.jsonl), NER
 *   micro-F1 and figure/date value accuracy; and the team's ten pages (tests/gold/hant/pages),
 *   HTML in: script, encoding, publishedAt, authors, publisher and organisation lists.
 * - Converted pages: eval:orgs' Simplified dev pages through OpenCC cn → twp and cn → hk (in
 *   memory), organisation lists next to the Simplified figure.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, type Pipeline } from '../../../dist/pipeline/pipeline.js';
import { convertAligned } from '../../../dist/extract/script/convert.js';
import type { NewsRecord } from '../../../dist/record/schema.js';
import { msraDevRecords } from '../../gates/msra-dev.js';
import { evalConvertedPages, formatConvertedPages } from './converted-pages.js';
import { evalPages, formatPages } from './pages.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const NAME_TYPES = new Set(['PERSON', 'LOC', 'ORG']);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (c: Counts): number => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);

interface Sentence {
  text: string;
  ents: [number, number, string][];
  publishedAt?: string;
  /** The page's URL: its domain tells the region (Taiwan or Hong Kong). */
  url?: string;
}

/** A gold span carried into the converted text: the converted offsets whose way back gives it. */
function carried(text: string, name: 's2twp' | 's2hk', ents: [number, number, string][]): Sentence | null {
  const conv = convertAligned(text, name);
  const startOf = new Map<number, number>();
  const endOf = new Map<number, number>();
  for (let i = conv.text.length; i >= 0; i--) startOf.set(conv.back(i, false), i);
  for (let i = 0; i <= conv.text.length; i++) endOf.set(conv.back(i, true), i);
  const out: [number, number, string][] = [];
  for (const [s, e, t] of ents) {
    const cs = startOf.get(s);
    const ce = endOf.get(e);
    if (cs === undefined || ce === undefined) return null;
    out.push([cs, ce, t]);
  }
  return { text: conv.text, ents: out };
}

async function score(
  pipeline: Pipeline,
  sentences: Sentence[],
): Promise<{ names: Counts; badOffsets: number; hant: number; records: NewsRecord[] }> {
  const names = { tp: 0, fp: 0, fn: 0 };
  let badOffsets = 0;
  let hant = 0;
  const records: NewsRecord[] = [];
  for (const s of sentences) {
    const r: NewsRecord = await pipeline.process({
      bytes: Buffer.from(s.text),
      kind: 'body',
      uri: s.url ?? null,
      url: s.url ?? null,
      publishedAt: s.publishedAt ?? null,
    });
    records.push(r);
    if (r.script === 'Hant') hant++;
    for (const e of [...r.entities, ...r.figures, ...r.dates]) if (r.text.slice(e.start, e.end) !== e.text) badOffsets++;
    // Body text is taken as given, so offsets into it are offsets into the sentence.
    const got = new Set(r.entities.filter((e) => NAME_TYPES.has(e.type)).map((e) => `${e.start}:${e.end}:${e.type}`));
    const gold = new Set(s.ents.map(([a, b, t]) => `${a}:${b}:${t}`));
    for (const g of gold)
      if (got.has(g)) names.tp++;
      else names.fn++;
    for (const g of got) if (!gold.has(g)) names.fp++;
  }
  return { names, badOffsets, hant, records };
}

interface Written {
  text: string;
  ref: string;
  region: string;
  entities: { type: string; start: number; end: number }[];
  figures: { start: number; end: number; value: number; currency: string | null }[];
  dates: { start: number; end: number; value: string }[];
}

export async function writtenPart(pipeline: Pipeline, file: string) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Written);
  const ner = await score(
    pipeline,
    lines.map((w) => ({
      text: w.text,
      ents: w.entities.map((e) => [e.start, e.end, e.type] as [number, number, string]),
      publishedAt: w.ref,
      url: w.region === 'TW' ? 'https://news.example.tw/x' : 'https://news.example.hk/x',
    })),
  );
  let values = 0;
  let right = 0;
  let found = 0;
  /** Gold figures and dates not given their value on their span (what a --show run lists). */
  const wrong: { text: string; span: string; want: unknown; got: unknown }[] = [];
  for (const [i, w] of lines.entries()) {
    const r = ner.records[i]!;
    for (const g of w.figures) {
      values++;
      const f = r.figures.find((x) => x.start === g.start && x.end === g.end);
      if (f) found++;
      if (f && f.value === g.value && (g.currency ?? null) === f.currency) right++;
      else wrong.push({ text: w.text, span: w.text.slice(g.start, g.end), want: g.value, got: f ? f.value : 'not found' });
    }
    for (const g of w.dates) {
      values++;
      const d = r.dates.find((x) => x.start === g.start && x.end === g.end);
      if (d) found++;
      if (d && d.value === g.value) right++;
      else wrong.push({ text: w.text, span: w.text.slice(g.start, g.end), want: g.value, got: d ? d.value : 'not found' });
    }
  }
  return {
    sentences: lines.length,
    nerF1: f1(ner.names),
    ner: ner.names,
    badOffsets: ner.badOffsets,
    values,
    found,
    right,
    valueAccuracy: right / Math.max(1, values),
    wrong,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  let dataDir = resolve(ROOT, '../shared/data');
  let limit = Infinity;
  let json: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--limit') limit = Number(args[++i]);
    else if (args[i] === '--json') json = args[++i] ?? null;
    else dataDir = resolve(args[i]!);
  }
  const pipeline = await createPipeline({});
  const asIs = await createPipeline({ traditional: 'as-is' });
  const result: Record<string, unknown> = {};
  if (existsSync(join(dataDir, 'msra/train.txt'))) {
    const dev = msraDevRecords(dataDir)
      .slice(0, limit)
      .map((r) => ({ text: r.text, ents: (r as unknown as { ents: [number, number, string][] }).ents }));
    const simplified = await score(pipeline, dev);
    result.simplified = { sentences: dev.length, f1: f1(simplified.names), ...simplified };
    process.stdout.write(
      `converted set: ${dev.length} MSRA dev sentences\nSimplified (as given)  PER/LOC/ORG F1 ${f1(simplified.names).toFixed(4)}\n`,
    );
    for (const name of ['s2twp', 's2hk'] as const) {
      const conv = dev.map((s) => carried(s.text, name, s.ents)).filter((s): s is Sentence => s !== null);
      const r = await score(pipeline, conv);
      const before = await score(asIs, conv);
      result[name] = { sentences: conv.length, f1: f1(r.names), ...r, f1AsIs: f1(before.names) };
      process.stdout.write(
        `${name.padEnd(22)} PER/LOC/ORG F1 ${f1(r.names).toFixed(4)}, as-is ${f1(before.names).toFixed(4)}  (${conv.length} sentences, read as Hant: ${r.hant}, spans not quoting the text: ${r.badOffsets})\n`,
      );
    }
  }
  const written = join(ROOT, 'tests/gold/hant/sentences.jsonl');
  if (existsSync(written)) {
    const w = await writtenPart(pipeline, written);
    const wAsIs = await writtenPart(asIs, written);
    result.written = { ...w, asIs: wAsIs };
    process.stdout.write(
      `written set: ${w.sentences} sentences  PER/LOC/ORG F1 ${w.nerF1.toFixed(4)} (as-is ${wAsIs.nerF1.toFixed(4)}); figures and dates: ${w.found}/${w.values} found, value accuracy ${w.valueAccuracy.toFixed(4)} (as-is ${wAsIs.valueAccuracy.toFixed(4)}); spans not quoting the text: ${w.badOffsets}\n`,
    );
  }
  const pagesDir = join(ROOT, 'tests/gold/hant/pages');
  if (existsSync(pagesDir)) {
    const pages = await evalPages(pipeline, pagesDir);
    result.pages = pages;
    process.stdout.write(formatPages(pages));
  }
  const converted = await evalConvertedPages(pipeline, dataDir, join(ROOT, 'tests/gold/orgs'));
  if (converted) {
    result.convertedPages = converted;
    process.stdout.write(formatConvertedPages(converted));
  }
  if (json) writeFileSync(json, JSON.stringify(result, null, 2));
}
