import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, inputFormat } from '../../src/sources/read-inputs.js';
import { readTar } from '../../src/sources/tar.js';
import { readZip } from '../../src/sources/zip.js';
import { unsafeEntryName } from '../../src/sources/limits.js';
import type { SourceItem } from '../../src/sources/source-item.js';
import { fixtureArticles, gbkPage, writeJsonlFile, writeTar, writeWarc, writeZip } from '../helpers/batch-fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-sources-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const ok = (items: SourceItem[]) => items.filter((i): i is Extract<SourceItem, { ok: true }> => i.ok);
const refused = (items: SourceItem[]) => items.filter((i): i is Extract<SourceItem, { ok: false }> => !i.ok);

describe('input formats', () => {
  it('are told by name', () => {
    expect(['a.tar', 'a.tar.gz', 'a.tgz', 'a.zip', 'a.warc', 'a.warc.gz', 'a.jsonl', 'a.html'].map(inputFormat)).toEqual([
      'tar',
      'tar.gz',
      'tar.gz',
      'zip',
      'warc',
      'warc.gz',
      'jsonl',
      'file',
    ]);
  });

  it('entry names: absolute, drive and .. paths are unsafe; plain relative ones are fine', () => {
    expect(unsafeEntryName('news/2021/a.html')).toBeNull();
    expect(unsafeEntryName('a..b.html')).toBeNull();
    expect(unsafeEntryName('../a.html')).toMatch(/traversal/);
    expect(unsafeEntryName('x/../../a.html')).toMatch(/traversal/);
    expect(unsafeEntryName('x\\..\\a.html')).toMatch(/traversal/);
    expect(unsafeEntryName('/etc/passwd')).toMatch(/absolute/);
    expect(unsafeEntryName('C:/x.html')).toMatch(/absolute/);
  });
});

describe('tar and tar.gz', () => {
  it('streams every regular file as an article with uri archive!entry; directories are passed over', async () => {
    const arts = fixtureArticles();
    const path = join(dir, 'a.tar.gz');
    await writeTar(path, [{ name: 'news/', type: 'directory' }, ...arts.map((a) => ({ name: `news/${a.name}`, data: a.bytes }))], true);
    const items = await collect(readInputs([path]));
    expect(refused(items)).toEqual([]);
    expect(ok(items).map((i) => i.input.uri)).toEqual(arts.map((a) => `${path}!news/${a.name}`));
    expect(ok(items).map((i) => Buffer.from(i.input.bytes))).toEqual(arts.map((a) => a.bytes));
    expect(ok(items).map((i) => i.input.kind)).toEqual(arts.map((a) => a.kind));
  });

  it('refuses traversal, absolute paths, symlinks, hard links and huge entries one by one, and goes on', async () => {
    const good = fixtureArticles()[0]!;
    const path = join(dir, 'evil.tar');
    await writeTar(
      path,
      [
        { name: '../../etc/cron.d/evil.html', data: Buffer.from('<p>x</p>') },
        { name: '/abs/evil.html', data: Buffer.from('<p>x</p>') },
        { name: 'link.html', type: 'symlink', linkname: '/etc/passwd' },
        { name: 'hard.html', type: 'link', linkname: 'good.html' },
        { name: 'huge.html', data: Buffer.alloc(20_000, 0x61) },
        { name: 'good.html', data: good.bytes },
      ],
      false,
    );
    const items = await collect(readTar(path, false, { maxEntryBytes: 16_000 }));
    expect(refused(items).map((i) => [i.uri.split('!')[1], i.reason])).toEqual([
      ['../../etc/cron.d/evil.html', expect.stringMatching(/traversal/)],
      ['/abs/evil.html', expect.stringMatching(/absolute/)],
      ['link.html', expect.stringMatching(/symlink/)],
      ['hard.html', expect.stringMatching(/hard link/)],
      ['huge.html', expect.stringMatching(/over the 16000-byte limit/)],
    ]);
    expect(ok(items).map((i) => i.input.uri)).toEqual([`${path}!good.html`]);
  });

  it('abandons a gzip bomb by its ratio, keeping what came before it', async () => {
    const good = fixtureArticles()[0]!;
    const path = join(dir, 'bomb.tar.gz');
    await writeTar(
      path,
      [
        { name: 'first.txt', data: good.bytes },
        { name: 'zeros.html', data: Buffer.alloc(8 * 1024 * 1024) },
        { name: 'last.txt', data: good.bytes },
      ],
      true,
    );
    const items = await collect(readTar(path, true, { ratioFloorBytes: 1024 * 1024, maxRatio: 100 }));
    expect(ok(items).map((i) => i.input.uri)).toEqual([`${path}!first.txt`]);
    expect(refused(items).at(-1)!.reason).toMatch(/compression ratio over 100:1/);
  });

  it('a corrupt archive is one failure line, not a crash', async () => {
    const path = join(dir, 'corrupt.tar.gz');
    writeFileSync(path, gzipSync(Buffer.from('this is not a tar file at all '.repeat(40))).subarray(0, 200));
    const items = await collect(readInputs([path]));
    expect(items).toHaveLength(1);
    expect(refused(items)[0]!.uri).toBe(path);
  });
});

describe('zip', () => {
  it('reads every file entry; names in UTF-8', async () => {
    const arts = fixtureArticles();
    const path = join(dir, 'a.zip');
    writeZip(
      path,
      arts.map((a) => ({ name: `稿件/${a.name}`, data: a.bytes })),
    );
    const items = await collect(readInputs([path]));
    expect(ok(items).map((i) => i.input.uri)).toEqual(arts.map((a) => `${path}!稿件/${a.name}`));
    expect(ok(items).map((i) => Buffer.from(i.input.bytes))).toEqual(arts.map((a) => a.bytes));
  });

  it('refuses traversal, absolute paths, symlinks, ratio bombs and huge entries one by one', async () => {
    const good = fixtureArticles()[1]!;
    const path = join(dir, 'evil.zip');
    writeZip(path, [
      { name: '../evil.html', data: Buffer.from('<p>x</p>') },
      { name: '/abs.html', data: Buffer.from('<p>x</p>') },
      { name: 'link.html', data: Buffer.from('/etc/passwd'), symlink: true },
      { name: 'bomb.html', data: Buffer.alloc(4 * 1024 * 1024, 0x61) },
      { name: 'big.html', data: Buffer.alloc(3000, 0x62), store: true },
      { name: 'good.html', data: good.bytes },
    ]);
    const items = await collect(readZip(path, { maxEntryBytes: 2 * 1024 * 1024, ratioFloorBytes: 2048, maxRatio: 50 }));
    expect(refused(items).map((i) => [i.uri.split('!')[1], i.reason])).toEqual([
      ['../evil.html', expect.stringMatching(/traversal/)],
      ['/abs.html', expect.stringMatching(/absolute/)],
      ['link.html', expect.stringMatching(/symlink/)],
      ['bomb.html', expect.stringMatching(/over the 2097152-byte limit|ratio/)],
    ]);
    expect(ok(items).map((i) => i.input.uri!.split('!')[1])).toEqual(['big.html', 'good.html']);

    const ratio = await collect(readZip(path, { ratioFloorBytes: 2048, maxRatio: 50 }));
    expect(refused(ratio).find((i) => i.uri.endsWith('!bomb.html'))!.reason).toMatch(/compression ratio \d+:1 is over 50:1/);
  });

  it('a header that lies about the size cannot get past the byte cap', async () => {
    const path = join(dir, 'liar.zip');
    writeZip(path, [{ name: 'liar.html', data: Buffer.alloc(100_000, 0x61) }]);
    // Patch the central directory's uncompressed size down to 10 bytes.
    const buf = Buffer.from(readFileSync(path));
    const cd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(10, cd + 24);
    const lfh = buf.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    buf.writeUInt32LE(10, lfh + 22);
    writeFileSync(path, buf);
    const items = await collect(readZip(path, { maxEntryBytes: 1000 }));
    expect(ok(items)).toEqual([]);
    expect(refused(items)).toHaveLength(1);
  });
});

describe('WARC', () => {
  for (const gzip of [false, true]) {
    it(`${gzip ? '.warc.gz' : '.warc'}: HTML responses and resources become articles with url and Content-Type`, async () => {
      const [, port, metro] = fixtureArticles();
      const path = join(dir, gzip ? 'a.warc.gz' : 'a.warc');
      writeWarc(
        path,
        [
          { type: 'warcinfo', url: '', body: Buffer.from('software: test\r\n') },
          { type: 'request', url: 'https://news.example.cn/port.html', body: Buffer.alloc(0) },
          {
            type: 'response',
            url: 'https://news.example.cn/port.html',
            httpHeaders: { 'Content-Type': 'text/html; charset=gbk' },
            body: gbkPage(port!),
          },
          {
            type: 'response',
            url: 'https://news.example.cn/logo.png',
            httpHeaders: { 'Content-Type': 'image/png' },
            body: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
          },
          {
            type: 'response',
            url: 'https://news.example.cn/gone.html',
            status: 404,
            httpHeaders: { 'Content-Type': 'text/html' },
            body: Buffer.from('<p>not found</p>'),
          },
          {
            type: 'response',
            url: 'https://news.example.cn/metro.html',
            httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
            body: metro!.bytes,
            chunked: true,
          },
          { type: 'resource', url: 'file:///saved/metro.html', contentType: 'text/html', body: metro!.bytes },
        ],
        gzip,
      );
      const items = await collect(readInputs([path]));
      expect(refused(items)).toEqual([]);
      const got = ok(items).map((i) => ({
        uri: i.input.uri,
        url: i.input.url,
        contentType: i.input.contentType,
        bytes: Buffer.from(i.input.bytes),
      }));
      expect(got).toEqual([
        {
          uri: `${path}!https://news.example.cn/port.html`,
          url: 'https://news.example.cn/port.html',
          contentType: 'text/html; charset=gbk',
          bytes: gbkPage(port!),
        },
        {
          uri: `${path}!https://news.example.cn/metro.html`,
          url: 'https://news.example.cn/metro.html',
          contentType: 'text/html; charset=utf-8',
          bytes: metro!.bytes,
        },
        { uri: `${path}!file:///saved/metro.html`, url: 'file:///saved/metro.html', contentType: 'text/html', bytes: metro!.bytes },
      ]);
    });
  }

  it('refuses a record over the byte cap and goes on', async () => {
    const [, port] = fixtureArticles();
    const path = join(dir, 'big.warc.gz');
    writeWarc(
      path,
      [
        { type: 'response', url: 'https://x.cn/big.html', httpHeaders: { 'Content-Type': 'text/html' }, body: Buffer.alloc(5000, 0x61) },
        { type: 'response', url: 'https://x.cn/port.html', httpHeaders: { 'Content-Type': 'text/html' }, body: port!.bytes },
      ],
      true,
    );
    const { readWarc } = await import('../../src/sources/warc.js');
    const items = await collect(readWarc(path, true, { maxEntryBytes: 4096 }));
    expect(refused(items).map((i) => i.uri)).toEqual([`${path}!https://x.cn/big.html`]);
    expect(ok(items).map((i) => i.input.url)).toEqual(['https://x.cn/port.html']);
  });
});

describe('jsonl and folders', () => {
  it('JSONL lines are articles named file.jsonl#Ln; folders are walked recursively', async () => {
    const sub = join(dir, 'folder', 'deep');
    mkdirSync(sub, { recursive: true });
    const arts = fixtureArticles();
    writeFileSync(join(sub, arts[1]!.name), arts[1]!.bytes);
    const jsonl = join(dir, 'folder', 'dump.jsonl');
    writeJsonlFile(jsonl, [
      { html: arts[1]!.bytes.toString('utf8'), url: 'https://x.cn/a' },
      { text: '深圳今天下雨。', publishedAt: '2024-01-02T03:04:00+08:00' },
    ]);
    const items = await collect(readInputs([join(dir, 'folder')]));
    expect(ok(items).map((i) => i.input.uri)).toEqual([join(sub, arts[1]!.name), `${jsonl}#L1`, `${jsonl}#L2`]);
  });
});
