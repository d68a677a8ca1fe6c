import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../../src/sources/read-inputs.js';
import { checkPublishedAt } from '../../src/sources/published-at.js';
import type { SourceItem } from '../../src/sources/source-item.js';
import { fixtureArticles } from '../helpers/batch-fixtures.js';
import { BIN, zhnews } from '../helpers/cli.js';
import { htmlResponse, warcFile } from '../helpers/warc-builder.js';

// Tests run as root here, where chmod 000 does not stop a read: the folder that cannot be
// listed is made so by failing readdir for one path (the real fs everywhere else).
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (path: string, ...rest: unknown[]) => {
    if (String(path).endsWith('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    return (fs.readdir as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const brief = (items: SourceItem[]) => items.map((i) => (i.ok ? i.input.uri : `FAILED ${i.uri}: ${i.reason}`));

describe('folders', () => {
  it('a folder that cannot be listed and a FIFO are one failure line each; the rest is read', { timeout: 20_000 }, async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'a'), { recursive: true });
    mkdirSync(join(root, 'locked'));
    mkdirSync(join(root, 'z'));
    const [art] = fixtureArticles();
    writeFileSync(join(root, 'a', 'one.txt'), art!.bytes);
    writeFileSync(join(root, 'locked', 'hidden.txt'), art!.bytes);
    writeFileSync(join(root, 'z', 'two.txt'), art!.bytes);
    execFileSync('mkfifo', [join(root, 'z', 'pipe.txt')]);
    const items = await collect(readInputs([root]));
    expect(brief(items)).toEqual([
      join(root, 'a', 'one.txt'),
      `FAILED ${join(root, 'locked')}: unreadable folder: EACCES: permission denied, scandir '${join(root, 'locked')}'`,
      join(root, 'z', 'two.txt'),
    ]);
    // Given by name, a FIFO is refused rather than read (a read would block for ever).
    expect(brief(await collect(readInputs([join(root, 'z', 'pipe.txt')])))).toEqual([
      `FAILED ${join(root, 'z', 'pipe.txt')}: not a regular file`,
    ]);
  });
});

describe('JSONL', () => {
  it('a line over the cap is one failure (line number, cap), passed over unbuffered; the lines after it are read', async () => {
    const path = join(dir, 'long.jsonl');
    const long = JSON.stringify({ text: '长'.repeat(2000) });
    writeFileSync(path, [JSON.stringify({ text: '第一行。' }), long, JSON.stringify({ text: '第三行。' }), '{"text":'].join('\n'));
    const items = await collect(readInputs([path], { limits: { maxLineBytes: 4096 } }));
    expect(brief(items)).toEqual([
      `${path}#L1`,
      `FAILED ${path}#L2: line 2 is ${Buffer.byteLength(long)} bytes, over the 4096-byte limit for one JSONL line`,
      `${path}#L3`,
      expect.stringMatching(new RegExp(`^FAILED ${path}#L4: invalid JSON`)),
    ]);
  });

  it('a publishedAt that is not a real date-time is dropped with one warning; the article is kept', async () => {
    const path = join(dir, 'dates.jsonl');
    writeFileSync(
      path,
      [
        JSON.stringify({ text: '深圳今天下雨。', publishedAt: 'yesterday' }),
        JSON.stringify({ text: '广州今天下雨。', publishedAt: '2021-02-30T10:00:00+08:00' }),
        JSON.stringify({ text: '珠海今天下雨。', publishedAt: '2024-02-29T10:00:00+08:00' }),
      ].join('\n'),
    );
    const warnings: string[] = [];
    const items = await collect(readInputs([path], { warn: (m) => warnings.push(m) }));
    expect(items.map((i) => i.ok && i.input.publishedAt)).toEqual([null, null, '2024-02-29T10:00:00+08:00']);
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^${path}#L1: ignoring publishedAt "yesterday"`)),
      expect.stringMatching(new RegExp(`^${path}#L2: ignoring publishedAt "2021-02-30T10:00:00\\+08:00"`)),
    ]);
  });

  it('checkPublishedAt: real dates kept (normalised), impossible ones refused', () => {
    expect(checkPublishedAt('2021-10-15T10:00:00+08:00', 'x')).toEqual({ value: '2021-10-15T10:00:00+08:00', warning: null });
    expect(checkPublishedAt(' 2021-10-15t02:00z ', 'x')).toEqual({ value: '2021-10-15T02:00Z', warning: null });
    expect(checkPublishedAt(null, 'x')).toEqual({ value: null, warning: null });
    for (const bad of [
      'yesterday',
      '2021-02-30T10:00:00+08:00',
      '2021-13-01T00:00:00Z',
      '2021-10-15T24:00:00Z',
      '2021-10-15',
      '2021-10-15T10:00:00+15:00',
    ]) {
      expect(checkPublishedAt(bad, 'in.jsonl#L3'), bad).toEqual({
        value: null,
        warning: expect.stringContaining(`in.jsonl#L3: ignoring publishedAt ${JSON.stringify(bad)}`),
      });
    }
  });
});

describe('zhnews batch on hostile inputs', () => {
  const page = (i: number) => Buffer.from(fixtureArticles()[2]!.bytes.toString('utf8').replace('</h1>', `（之${i}）</h1>`));

  it('a cut WARC and a WARC with a record cut in the middle: whole records done, one failure each, exit 0', () => {
    const recs = [1, 2, 3].map((i) => htmlResponse(`https://x.cn/${i}`, page(i)));
    const cut = join(dir, 'cut.warc');
    writeFileSync(cut, warcFile(recs, 'none').subarray(0, -500));
    const mid = join(dir, 'mid.warc.gz');
    writeFileSync(mid, warcFile([recs[0]!, recs[1]!.subarray(0, recs[1]!.length - 700), recs[2]!], 'record'));
    const jsonl = join(dir, 'yesterday.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ text: '深圳市今天发布新的产业政策。', publishedAt: 'yesterday' })}\n`);
    const out = join(dir, 'out.jsonl');
    // The old reader looped for ever here: the child is killed after 60 s, which fails the test.
    const r = zhnews(['batch', cut, mid, jsonl, '--out', out, '--concurrency', '1'], { timeoutMs: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const uris = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).source.uri);
    expect(uris).toEqual([
      `${cut}!https://x.cn/1`,
      `${cut}!https://x.cn/2`,
      `${mid}!https://x.cn/1`,
      `${mid}!https://x.cn/3`,
      `${jsonl}#L1`,
    ]);
    const failures = readFileSync(`${out}.failures.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).input);
    expect(failures).toEqual([`${cut}!https://x.cn/3`, `${mid}!https://x.cn/2`]);
    expect(r.stderr.match(/ignoring publishedAt "yesterday"/g)).toHaveLength(1);
    expect(r.stderr).toContain(`${jsonl}#L1`);
  });

  it('SIGINT stops a run over a long, cut WARC', { timeout: 90_000 }, async () => {
    const recs = Array.from({ length: 1500 }, (_, i) => htmlResponse(`https://x.cn/${i}`, page(i)));
    const path = join(dir, 'long-cut.warc');
    writeFileSync(path, warcFile(recs, 'none').subarray(0, -300));
    const out = join(dir, 'sigint-out.jsonl');
    const child = spawn(process.execPath, [BIN, 'batch', path, '--out', out, '--concurrency', '1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, sig) => resolve(code ?? (sig as unknown as number))));
    // Interrupt once it is under way (its first records written).
    while (!existsSync(out) || readFileSync(out, 'utf8').length === 0) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(130);
  });
});
