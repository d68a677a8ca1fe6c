import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, zhnews } from '../helpers/cli.js';
import {
  articleVariants,
  comparable,
  fixtureArticles,
  gbkPage,
  rawInput,
  writeJsonlFile,
  writeTar,
  writeWarc,
  writeZip,
  type Article,
} from '../helpers/batch-fixtures.js';

let dir: string;
let pipeline: Pipeline;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-batch-'));
  pipeline = await createPipeline({ model: 'rules' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readLines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('batch: archives give the same records as the articles one by one', () => {
  it('tar.gz, zip, JSONL and WARC', async () => {
    const arts = [...fixtureArticles(), ...articleVariants(6)];
    const html = arts.filter((a) => a.kind === 'html');
    const tgz = join(dir, 'eq.tar.gz');
    const zip = join(dir, 'eq.zip');
    const jsonl = join(dir, 'eq.jsonl');
    const warc = join(dir, 'eq.warc.gz');
    await writeTar(
      tgz,
      arts.map((a) => ({ name: `t/${a.name}`, data: a.bytes })),
      true,
    );
    writeZip(
      zip,
      arts.map((a) => ({ name: `z/${a.name}`, data: a.bytes })),
    );
    writeJsonlFile(
      jsonl,
      html.map((a) => ({ html: a.bytes.toString('utf8'), url: `https://news.example.cn/${a.name}` })),
    );
    // The first page goes into the WARC as GB18030, its charset only in the HTTP header.
    const warcArts: Article[] = html.map((a, i) =>
      i === 0
        ? { ...a, bytes: gbkPage(a), url: `https://news.example.cn/${a.name}`, contentType: 'text/html; charset=gbk' }
        : { ...a, url: `https://news.example.cn/${a.name}`, contentType: 'text/html; charset=utf-8' },
    );
    writeWarc(
      warc,
      warcArts.map((a) => ({ type: 'response', url: a.url!, httpHeaders: { 'Content-Type': a.contentType! }, body: a.bytes })),
      true,
    );

    const out = join(dir, 'eq.jsonl.out');
    const r = zhnews(['batch', tgz, zip, jsonl, warc, '--out', out, '--format', 'jsonl', '--model', 'rules', '--concurrency', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(`${out}.failures.jsonl`, 'utf8')).toBe('');
    const got = readLines(out) as NewsRecord[];
    expect(got).toHaveLength(arts.length * 2 + html.length * 2);

    const expected: [string, Article, { url?: string }][] = [
      ...arts.map((a): [string, Article, object] => [`${tgz}!t/${a.name}`, a, {}]),
      ...arts.map((a): [string, Article, object] => [`${zip}!z/${a.name}`, a, {}]),
      ...html.map((a, i): [string, Article, object] => [`${jsonl}#L${i + 1}`, { ...a, url: `https://news.example.cn/${a.name}` }, {}]),
      ...warcArts.map((a): [string, Article, object] => [`${warc}!${a.url}`, a, {}]),
    ];
    expect(got.map((g) => g.source.uri)).toEqual(expected.map(([uri]) => uri));
    for (const [i, [uri, art]] of expected.entries()) {
      const one = await pipeline.process(rawInput(art, uri));
      expect(comparable(got[i]!), uri).toEqual(comparable(one));
    }
    // The GB18030 page decoded by its HTTP charset: same text as its UTF-8 original.
    const gbk = got.find((g) => g.source.uri === `${warc}!${warcArts[0]!.url}`)!;
    const utf8 = got.find((g) => g.source.uri === `${tgz}!t/${html[0]!.name}`)!;
    expect(gbk.text).toBe(utf8.text);
    expect(gbk.source.url).toBe(warcArts[0]!.url);
  });
});

describe('batch: malicious archives', () => {
  it('refuses bad entries one by one with reasons, processes the good ones, exits 0', async () => {
    const [txt, port] = fixtureArticles();
    const tgz = join(dir, 'evil.tgz');
    const zip = join(dir, 'evil.zip');
    await writeTar(
      tgz,
      [
        { name: '../../../tmp/evil.html', data: Buffer.from('<p>pwned</p>') },
        { name: 'link.html', type: 'symlink', linkname: '/etc/shadow' },
        { name: 'ok.txt', data: txt!.bytes },
      ],
      true,
    );
    writeZip(zip, [
      { name: '../../evil.html', data: Buffer.from('<p>pwned</p>') },
      { name: 'link.html', data: Buffer.from('/etc/shadow'), symlink: true },
      { name: 'bomb.html', data: Buffer.alloc(15 * 1024 * 1024, 0x20) },
      { name: 'ok.html', data: port!.bytes },
    ]);
    const out = join(dir, 'evil.out.jsonl');
    const r = zhnews(['batch', tgz, zip, '--out', out, '--model', 'rules', '--concurrency', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect((readLines(out) as NewsRecord[]).map((x) => x.source.uri)).toEqual([`${tgz}!ok.txt`, `${zip}!ok.html`]);
    const failures = readLines(`${out}.failures.jsonl`) as { input: string; reason: string }[];
    expect(failures.map((f) => f.input)).toEqual([
      `${tgz}!../../../tmp/evil.html`,
      `${tgz}!link.html`,
      `${zip}!../../evil.html`,
      `${zip}!link.html`,
      `${zip}!bomb.html`,
    ]);
    expect(failures.map((f) => f.reason)).toEqual([
      expect.stringMatching(/traversal/),
      expect.stringMatching(/symlink/),
      expect.stringMatching(/traversal/),
      expect.stringMatching(/symlink/),
      expect.stringMatching(/ratio|limit/),
    ]);
    expect(existsSync('/tmp/evil.html')).toBe(false);
    expect(r.stderr).toMatch(/2 done, 0 skipped, 5 failed/);
  });

  it('a bad article is a failure line and the batch goes on', async () => {
    const arts = articleVariants(2);
    await writeTar(
      join(dir, 'mixed.tar'),
      [
        { name: 'a.html', data: arts[0]!.bytes },
        { name: 'empty.html', data: Buffer.alloc(0) },
        { name: 'b.html', data: arts[1]!.bytes },
      ],
      false,
    );
    const out = join(dir, 'mixed.jsonl');
    const r = zhnews(['batch', join(dir, 'mixed.tar'), '--out', out, '--model', 'rules']);
    expect(r.status, r.stderr).toBe(0);
    expect(readLines(out)).toHaveLength(2);
    expect(readLines(`${out}.failures.jsonl`)).toEqual([{ input: `${join(dir, 'mixed.tar')}!empty.html`, reason: expect.any(String) }]);
  });
});

describe('batch: progress', () => {
  it('off a terminal, prints plain progress lines with articles/s and ETA, then the summary', async () => {
    const tar = join(dir, 'progress.tar');
    await writeTar(
      tar,
      articleVariants(60).map((a) => ({ name: a.name, data: a.bytes })),
      false,
    );
    const r = spawnSync(
      process.execPath,
      [BIN, 'batch', tar, '--out', join(dir, 'progress.jsonl'), '--model', 'rules', '--concurrency', '1'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ZHNEWS_PROGRESS_MS: '20' },
        timeout: 300_000,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const progress = r.stderr.split('\n').filter((l) => /articles\/s \| elapsed .*, ETA /.test(l));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((l) => !l.includes('\r'))).toBe(true);
    expect(r.stderr).toMatch(/batch: 60 done, 0 skipped, 0 failed in [\d.]+ s \([\d.]+ articles\/s\)/);
  });
});

describe('batch: usage', () => {
  it('needs exactly one of --out and --store; a missing input is a usage error (exit 2)', () => {
    const sample = join(dir, 'u.txt');
    writeFileSync(sample, fixtureArticles()[0]!.bytes);
    expect(zhnews(['batch', sample]).status).toBe(2);
    expect(zhnews(['batch', sample, '--out', join(dir, 'u.jsonl'), '--store', `sqlite:${join(dir, 'u.db')}`]).status).toBe(2);
    expect(zhnews(['batch', join(dir, 'nope.tgz'), '--out', join(dir, 'u.jsonl')]).status).toBe(2);
    expect(zhnews(['batch', sample, '--out', join(dir, 'u.xyz')]).status).toBe(2);
    expect(zhnews(['batch', sample, '--out', join(dir, 'u.jsonl'), '--concurrency', '0']).status).toBe(2);
  });

  it('--limit N stops after N articles; --resume goes on with the rest', async () => {
    const tar = join(dir, 'limit.tar');
    const arts = articleVariants(5);
    await writeTar(
      tar,
      arts.map((a) => ({ name: a.name, data: a.bytes })),
      false,
    );
    const out = join(dir, 'limit.jsonl');
    const r = zhnews(['batch', tar, '--out', out, '--model', 'rules', '--limit', '3']);
    expect(r.status, r.stderr).toBe(0);
    expect(readLines(out)).toHaveLength(3);
    const r2 = zhnews(['batch', tar, '--out', out, '--model', 'rules', '--resume']);
    expect(r2.status, r2.stderr).toBe(0);
    expect(r2.stderr).toMatch(/2 done, 3 skipped, 0 failed/);
    expect((readLines(out) as NewsRecord[]).map((x) => x.source.uri)).toEqual(arts.map((a) => `${tar}!${a.name}`));
  });
});
