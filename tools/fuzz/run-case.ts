/**
 * Runs one input through its target, in this process, and says how it ended. Only the
 * project's named input errors count as a clean refusal; anything else thrown, or a result
 * that breaks the contract (offsets that do not match the text, an unsafe archive name let
 * through, a publishedAt that is not a real date-time), is a finding.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../dist/cli/run.js';
import { EntryTooLargeError, InputError } from '../../dist/errors/index.js';
import { normalize } from '../../dist/extract/normalize/index.js';
import { ingest } from '../../dist/ingest/index.js';
import { createPipeline, type Pipeline } from '../../dist/pipeline/pipeline.js';
import type { Entity } from '../../dist/record/schema.js';
import { unsafeEntryName } from '../../dist/sources/limits.js';
import { readInputs } from '../../dist/sources/read-inputs.js';
import type { FuzzCase, Outcome, Target } from './case.js';

class Broken extends Error {
  override readonly name = 'InvariantBroken';
}

const check = (ok: boolean, what: string): void => {
  if (!ok) throw new Broken(what);
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function checkSpans(text: string, spans: { text: string; start: number; end: number }[], what: string): void {
  for (const s of spans)
    check(
      s.start >= 0 && s.start < s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text,
      `${what} offsets do not match the text`,
    );
}

function runNormalize(c: FuzzCase): void {
  const text = Buffer.from(c.bytes).toString('utf16le');
  // Minimising cuts the text under the entities: keep the ones still on their span.
  const entities = (c.meta.entities ?? []).filter((e) => text.slice(e.start, e.end) === e.text) as Entity[];
  const r = normalize({ text, entities, publishedAt: c.meta.publishedAt ?? null });
  checkSpans(text, r.entities, 'entity');
  checkSpans(text, r.figures, 'figure');
  checkSpans(text, r.dates, 'date');
  for (const f of r.figures) check(f.value === null || Number.isFinite(f.value), 'figure value not finite');
}

function runIngest(c: FuzzCase): void {
  const r = ingest({
    bytes: c.bytes,
    kind: c.meta.kind ?? 'auto',
    uri: 'fuzz',
    contentType: c.meta.contentType ?? null,
    publishedAt: c.meta.publishedAt ?? null,
  });
  check(typeof r.text === 'string' && typeof r.encoding === 'string', 'ingest result without text or encoding');
}

const DEFAULT_EXT: Partial<Record<Target, string>> = { jsonl: '.jsonl', tar: '.tar', zip: '.zip', gzip: '.tar.gz', warc: '.warc' };

let dir: string | null = null;

/** Writes the input as a file and reads it through readInputs, the entry point batch uses. */
async function runSources(c: FuzzCase): Promise<'ok' | 'rejected'> {
  dir ??= mkdtempSync(join(tmpdir(), 'zhnews-fuzz-'));
  const path = join(dir, `input${c.meta.ext ?? DEFAULT_EXT[c.target] ?? ''}`);
  writeFileSync(path, c.bytes);
  let failures = 0;
  let items = 0;
  for await (const item of readInputs([path], { warn: () => {} })) {
    items++;
    if (!item.ok) {
      check(typeof item.reason === 'string' && item.reason.length > 0 && typeof item.uri === 'string', 'failure item without a reason');
      failures++;
      continue;
    }
    const { input } = item;
    check(input.bytes instanceof Uint8Array && typeof input.uri === 'string', 'article item without bytes or uri');
    const entry = input.uri!.includes('!') ? input.uri!.slice(input.uri!.indexOf('!') + 1) : null;
    if (entry !== null && c.meta.ext !== '.warc' && c.meta.ext !== '.warc.gz')
      check(unsafeEntryName(entry) === null, `unsafe entry name let through: ${JSON.stringify(entry)}`);
    check(input.publishedAt == null || ISO.test(input.publishedAt), `publishedAt let through: ${JSON.stringify(input.publishedAt)}`);
    // The article goes on as batch would take it: ingest, then the dates resolved against its publishedAt.
    try {
      const r = ingest(input);
      normalize({ text: r.text, entities: [], publishedAt: r.meta.publishedAt });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
    }
  }
  return failures > 0 && failures === items ? 'rejected' : 'ok';
}

/** Runs the CLI in this process with its stdout and stderr captured. */
async function captured(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [ow, ew] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((c: string | Uint8Array) => out.push(String(c)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => err.push(String(c)) > 0) as typeof process.stderr.write;
  try {
    return { code: await runCli(argv), out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}

const errorLines = (err: string): string[] => err.split('\n').filter((l) => l.startsWith('zhnews: '));
const jsonLines = (path: string): unknown[] =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as unknown)
    : [];

let runs = 0;

/**
 * `extract` exits 0 with one JSON record on stdout, or 65 (unusable input) or 2 (bad usage)
 * with exactly one error line; `batch` exits 0 with every line of its output and failures
 * files JSON, or 2 with one error line. Anything else (exit 1, a stack trace, two error
 * lines, a half-written record) is a finding.
 */
async function runCliCase(c: FuzzCase): Promise<'ok' | 'rejected'> {
  dir ??= mkdtempSync(join(tmpdir(), 'zhnews-fuzz-'));
  const n = ++runs;
  const path = join(dir, `cli-${n}${c.meta.ext ?? ''}`);
  writeFileSync(path, c.bytes);
  const { command, args } = c.meta.cli ?? { command: 'extract', args: [] };
  const out = join(dir, `cli-${n}.out.jsonl`);
  const argv =
    command === 'extract'
      ? ['extract', path, '--model', 'rules', ...args]
      : ['batch', path, '--out', out, '--model', 'rules', '--concurrency', '1', ...args];
  const r = await captured(argv);
  const errors = errorLines(r.err);
  if (r.code === 0) {
    check(errors.length === 0, `exit 0 with an error line: ${errors[0]}`);
    if (command === 'extract') {
      const lines = r.out.split('\n').filter(Boolean);
      check(args.includes('--pretty') || lines.length === 1, 'extract printed other than one JSON line');
      const record = JSON.parse(r.out) as { text: string; entities: { text: string; start: number; end: number }[] };
      checkSpans(record.text, record.entities, 'entity');
    } else {
      jsonLines(out);
      for (const f of jsonLines(out.replace(/\.jsonl$/, '.failures.jsonl')) as { reason?: unknown }[])
        check(typeof f.reason === 'string', 'failure line without a reason');
    }
    return 'ok';
  }
  check(r.code === 2 || (command === 'extract' && r.code === 65), `exit ${r.code}: ${errors.join(' / ') || r.err.slice(0, 300)}`);
  check(errors.length === 1 && r.out === '', `exit ${r.code} with ${errors.length} error lines`);
  return 'rejected';
}

let pipeline: Promise<Pipeline> | null = null;

/** Loads what a target needs once per process (the model), before the clock starts. */
export async function prepare(target: Target): Promise<void> {
  if (target === 'pipeline-rules') pipeline = createPipeline({ model: 'rules' });
  if (target === 'pipeline-model') pipeline = createPipeline({ nerThreads: 1 });
  if (pipeline) await pipeline;
}

async function runPipeline(c: FuzzCase): Promise<void> {
  const p = await (pipeline ??= createPipeline(c.target === 'pipeline-rules' ? { model: 'rules' } : { nerThreads: 1 }));
  await p.process({
    bytes: c.bytes,
    kind: c.meta.kind ?? 'auto',
    uri: 'fuzz',
    contentType: c.meta.contentType ?? null,
    publishedAt: c.meta.publishedAt ?? null,
  });
}

export async function runCase(c: FuzzCase): Promise<Outcome> {
  const t0 = performance.now();
  const done = (o: Outcome): Outcome => ({ ...o, ms: Math.round(performance.now() - t0) });
  try {
    switch (c.target) {
      case 'normalize':
        runNormalize(c);
        break;
      case 'ingest':
        runIngest(c);
        break;
      case 'pipeline-rules':
      case 'pipeline-model':
        await runPipeline(c);
        break;
      case 'cli':
        return done({ kind: await runCliCase(c) });
      default:
        return done({ kind: await runSources(c) });
    }
    return done({ kind: 'ok' });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    if (e instanceof InputError || e instanceof EntryTooLargeError) return done({ kind: 'rejected', name: e.name });
    return done({ kind: 'crash', name: e.name, message: `${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` });
  }
}
