/**
 * `batch --dedup`, across `--resume`; `export --dedup keep|mark`; `zhnews idf` and `--idf`:
 * the built CLI on a JSONL feed of syndicated copies made from the team's fixture article.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsRecord } from '../../src/record/schema.js';
import { portalCopies, templateReports } from '../../tools/eval/dedup/variants.js';
import { SAMPLE, zhnews } from '../helpers/cli.js';

let dir: string;
let feed: string;
/** story of each line, in order; copies of one story must share one representative. */
let stories: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-dedup-cli-'));
  const text = readFileSync(SAMPLE, 'utf8');
  const lines: { text: string; url: string; story: string; publishedAt?: string }[] = [];
  const copies = portalCopies('sample', text, 3).slice(0, 4);
  copies.forEach((c, i) =>
    lines.push({ text: c.text, url: `https://portal${i}.example/a`, story: 'sample', publishedAt: `2021-10-${15 - i}T08:00:00+08:00` }),
  );
  for (const r of templateReports(2, 9)) lines.push({ text: r.text, url: `https://wx.example/${r.story}`, story: r.story });
  // The same text under two URLs: two records, the second an exact duplicate of the first.
  lines.push({ text: templateReports(1, 9)[0]!.text, url: 'https://mirror.example/w0', story: 'weather-0' });
  stories = lines.map((l) => l.story);
  feed = join(dir, 'feed.jsonl');
  writeFileSync(feed, lines.map(({ story: _s, ...l }) => JSON.stringify(l)).join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string): NewsRecord[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as NewsRecord);

/** Each line's record by its uri (feed.jsonl#L<n>). */
const byLine = (records: NewsRecord[]) => new Map(records.map((r) => [Number(/#L(\d+)$/.exec(r.source.uri ?? '')![1]) - 1, r]));

function expectClusters(records: NewsRecord[]): void {
  const lines = byLine(records);
  expect(lines.size).toBe(stories.length);
  const first = new Map<string, string>();
  for (const [i, story] of stories.entries()) {
    const r = lines.get(i)!;
    if (!first.has(story)) {
      expect(r.duplicateOf, `line ${i + 1}`).toBeNull();
      first.set(story, r.id);
    } else expect(r.duplicateOf, `line ${i + 1}`).toBe(first.get(story));
  }
}

describe('batch --dedup', () => {
  it('marks every copy with the first record of its story; distinct stories and reports stay apart', () => {
    const out = join(dir, 'all.jsonl');
    const r = zhnews(['batch', feed, '--out', out, '--dedup', '--model', 'rules', '--concurrency', '1']);
    expect(r.status, r.stderr).toBe(0);
    const records = read(out);
    expectClusters(records);
    expect(new Set(records.map((x) => x.id)).size).toBe(stories.length);
  });

  it('gives the same marks when the run is stopped and resumed', () => {
    const out = join(dir, 'resumed.jsonl');
    const first = zhnews(['batch', feed, '--out', out, '--dedup', '--model', 'rules', '--concurrency', '1', '--limit', '2']);
    expect(first.status, first.stderr).toBe(0);
    const second = zhnews(['batch', feed, '--out', out, '--dedup', '--model', 'rules', '--concurrency', '1', '--resume']);
    expect(second.status, second.stderr).toBe(0);
    expectClusters(read(out));
  });

  it('without --dedup, duplicateOf is null everywhere; --dedup-threshold alone is bad usage', () => {
    const out = join(dir, 'plain.jsonl');
    expect(zhnews(['batch', feed, '--out', out, '--model', 'rules', '--concurrency', '1']).status).toBe(0);
    expect(read(out).every((r) => r.duplicateOf === null)).toBe(true);
    const bad = zhnews(['batch', feed, '--out', join(dir, 'x.jsonl'), '--dedup-threshold', '0.9']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--dedup-threshold goes with --dedup/);
  });
});

describe('export --dedup', () => {
  let db: string;
  beforeAll(() => {
    db = `sqlite:${join(dir, 'store.db')}`;
    const r = zhnews(['batch', feed, '--store', db, '--dedup', '--model', 'rules', '--concurrency', '1']);
    expect(r.status, r.stderr).toBe(0);
  });

  it('keep: one record per story, the earliest published; the summary gives cluster sizes', () => {
    const out = join(dir, 'kept.jsonl');
    const r = zhnews(['export', '--store', db, '--out', out, '--dedup']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/9 records in 5 clusters \(size×count: 1×3, 2×1, 4×1\)/);
    const kept = read(out);
    expect(kept).toHaveLength(5);
    expect(kept.every((x) => x.duplicateOf === null)).toBe(true);
    // The sample's copies were published a day apart, the last line first: it represents them.
    expect(kept.find((x) => x.text.includes('双城'))!.source.url).toBe('https://portal3.example/a');
  });

  it('mark: every record, with the re-ranked marks', () => {
    const out = join(dir, 'marked.jsonl');
    expect(zhnews(['export', '--store', db, '--out', out, '--dedup', 'mark']).status).toBe(0);
    const all = read(out);
    expect(all).toHaveLength(stories.length);
    const rep = all.find((x) => x.source.url === 'https://portal3.example/a')!;
    expect(rep.duplicateOf).toBeNull();
    expect(all.filter((x) => x.duplicateOf === rep.id)).toHaveLength(3);
  });
});

describe('zhnews idf and --idf', () => {
  it('builds a table from a store, and extract takes it', () => {
    const db = `sqlite:${join(dir, 'store.db')}`;
    const table = join(dir, 'idf.txt');
    const r = zhnews(['idf', '--store', db, '--out', table]);
    expect(r.status, r.stderr).toBe(0);
    const rows = readFileSync(table, 'utf8').trim().split('\n');
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows.slice(0, 5)) expect(row).toMatch(/^\S+ \d+\.\d+$/);
    const x = zhnews(['extract', SAMPLE, '--model', 'rules', '--idf', table]);
    expect(x.status, x.stderr).toBe(0);
    expect((JSON.parse(x.stdout) as NewsRecord).keywords.length).toBeGreaterThan(0);
    const missing = zhnews(['extract', SAMPLE, '--model', 'rules', '--idf', join(dir, 'nope.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--idf: no such file/);
  });
});
