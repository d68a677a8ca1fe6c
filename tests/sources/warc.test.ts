import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWarc } from '../../src/sources/warc.js';
import type { SourceItem } from '../../src/sources/source-item.js';
import { fixtureArticles } from '../helpers/batch-fixtures.js';
import { htmlResponse, httpResponse, record, warcFile } from '../helpers/warc-builder.js';

// Truncated files used to make the old reader (warcio) loop forever: every test here has
// a watchdog, so a hang fails instead of stalling the run.
const WATCHDOG = 20_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-warc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const [, , metro] = fixtureArticles();
const page = (i: number) => Buffer.from(metro!.bytes.toString('utf8').replace('</h1>', `（之${i}）</h1>`));

async function read(name: string, bytes: Buffer, limits?: Parameters<typeof readWarc>[2]): Promise<SourceItem[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const out: SourceItem[] = [];
  for await (const item of readWarc(path, name.endsWith('.gz'), limits)) out.push(item);
  return out;
}

/** Each item as [the part of its uri after '!', its bytes or its failure reason]. */
function summary(items: SourceItem[]): Array<[string, string]> {
  return items.map((i) =>
    i.ok
      ? [i.input.uri!.split('!')[1]!, Buffer.from(i.input.bytes).toString('utf8')]
      : [i.uri.split('!')[1] ?? i.uri, `FAILED ${i.reason}`],
  );
}

const GZIPS = ['none', 'record', 'file'] as const;
const nameFor = (stem: string, gzip: string) => (gzip === 'none' ? `${stem}.warc` : `${stem}-${gzip}.warc.gz`);

describe('WARC reader: record types and payloads', () => {
  for (const gzip of GZIPS) {
    it(`every record type, WARC/1.0 and 1.1 (gzip: ${gzip})`, { timeout: WATCHDOG }, async () => {
      const records = [
        record({
          type: 'warcinfo',
          contentType: 'application/warc-fields',
          block: Buffer.from('software: test\r\nformat: WARC File Format 1.1\r\n'),
        }),
        record({
          type: 'request',
          url: 'https://x.cn/1',
          contentType: 'application/http; msgtype=request',
          block: Buffer.from('GET /1 HTTP/1.1\r\nHost: x.cn\r\n\r\n'),
        }),
        htmlResponse('https://x.cn/1', page(1)),
        record({
          type: 'metadata',
          url: 'https://x.cn/1',
          contentType: 'application/warc-fields',
          block: Buffer.from('outlink: https://x.cn/2\r\n'),
        }),
        record({
          type: 'response',
          version: '1.1',
          url: 'https://x.cn/logo.png',
          contentType: 'application/http; msgtype=response',
          block: httpResponse(Buffer.from([0x89, 0x50, 0x4e, 0x47]), { contentType: 'image/png' }),
        }),
        record({
          type: 'response',
          url: 'https://x.cn/gone',
          contentType: 'application/http; msgtype=response',
          block: httpResponse(Buffer.from('<p>gone</p>'), { status: 404, contentType: 'text/html' }),
        }),
        record({
          type: 'response',
          url: 'dns:x.cn',
          contentType: 'text/dns',
          block: Buffer.from('20240501080000\nx.cn. 300 IN A 10.0.0.1\n'),
        }),
        record({ type: 'revisit', url: 'https://x.cn/1', contentType: 'application/http; msgtype=response', block: Buffer.alloc(0) }),
        record({ type: 'resource', version: '1.1', url: '<file:///saved/2.html>', contentType: 'text/html', block: page(2) }),
        record({
          type: 'resource',
          url: 'file:///saved/3.txt',
          contentType: 'text/plain; charset=utf-8',
          block: Buffer.from('深圳今天下雨。'),
        }),
        record({ type: 'resource', url: 'file:///saved/4.jpg', contentType: 'image/jpeg', block: Buffer.from([0xff, 0xd8]) }),
      ];
      const items = await read(nameFor('types', gzip), warcFile(records, gzip));
      expect(summary(items)).toEqual([
        ['https://x.cn/1', page(1).toString('utf8')],
        ['file:///saved/2.html', page(2).toString('utf8')],
        ['file:///saved/3.txt', '深圳今天下雨。'],
      ]);
      const ok = items.filter((i) => i.ok);
      expect(ok.map((i) => [i.input.url, i.input.kind, i.input.contentType])).toEqual([
        ['https://x.cn/1', 'html', 'text/html; charset=utf-8'],
        ['file:///saved/2.html', 'html', 'text/html'],
        ['file:///saved/3.txt', 'text', 'text/plain; charset=utf-8'],
      ]);
    });
  }

  it(
    'application/http bodies: chunked, gzip, deflate, br, chunked gzip; a bad coding is taken as it is',
    { timeout: WATCHDOG },
    async () => {
      const items = await read(
        'codings.warc',
        warcFile(
          [
            htmlResponse('https://x.cn/chunked', page(1), { chunked: true }),
            htmlResponse('https://x.cn/gzip', page(2), { encoding: 'gzip' }),
            htmlResponse('https://x.cn/deflate', page(3), { encoding: 'deflate' }),
            htmlResponse('https://x.cn/br', page(4), { encoding: 'br' }),
            htmlResponse('https://x.cn/chunked-gzip', page(5), { encoding: 'gzip', chunked: true }),
            record({
              type: 'response',
              url: 'https://x.cn/lies',
              contentType: 'application/http; msgtype=response',
              block: Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n'), page(6)]),
            }),
          ],
          'none',
        ),
      );
      expect(summary(items)).toEqual(
        [1, 2, 3, 4, 5, 6].map((i, k) => [
          [
            'https://x.cn/chunked',
            'https://x.cn/gzip',
            'https://x.cn/deflate',
            'https://x.cn/br',
            'https://x.cn/chunked-gzip',
            'https://x.cn/lies',
          ][k]!,
          page(i).toString('utf8'),
        ]),
      );
    },
  );

  it('caps the decoded payload: a gzip bomb inside a small record is refused, the next record read', { timeout: WATCHDOG }, async () => {
    const items = await read(
      'bomb.warc',
      warcFile(
        [
          htmlResponse('https://x.cn/bomb', Buffer.alloc(8 * 1024 * 1024, 0x61), { encoding: 'gzip' }),
          htmlResponse('https://x.cn/ok', page(1)),
        ],
        'none',
      ),
      { maxEntryBytes: 1024 * 1024 },
    );
    expect(summary(items)).toEqual([
      ['https://x.cn/bomb', 'FAILED decoded payload is over the 1048576-byte limit'],
      ['https://x.cn/ok', page(1).toString('utf8')],
    ]);
  });

  it('over-cap records: an article is refused, anything else passed over, unread past the cap', { timeout: WATCHDOG }, async () => {
    const items = await read(
      'big.warc.gz',
      warcFile(
        [
          record({ type: 'resource', url: 'file:///big.jpg', contentType: 'image/jpeg', block: Buffer.alloc(300_000, 1) }),
          htmlResponse('https://x.cn/big', Buffer.alloc(300_000, 0x61)),
          htmlResponse('https://x.cn/ok', page(1)),
        ],
        'record',
      ),
      { maxEntryBytes: 100_000 },
    );
    expect(summary(items)).toEqual([
      ['https://x.cn/big', expect.stringMatching(/^FAILED record is 3000\d\d bytes, over the 100000-byte limit$/)],
      ['https://x.cn/ok', page(1).toString('utf8')],
    ]);
  });
});

describe('WARC reader: damaged files', () => {
  const three = () => [1, 2, 3].map((i) => htmlResponse(`https://x.cn/${i}`, page(i)));

  for (const gzip of GZIPS) {
    for (const [what, cut] of [
      ['in its block', 500],
      ['in its header', 0],
      ['in its trailer', 2],
    ] as const) {
      it(
        `a file whose last record is cut ${what}: the whole records, then one failure (gzip: ${gzip})`,
        { timeout: WATCHDOG },
        async () => {
          const recs = three();
          const last = recs[2]!;
          const keep = cut === 0 ? last.indexOf('Content-Length') : last.length - cut;
          const plain = Buffer.concat([recs[0]!, recs[1]!, last.subarray(0, keep)]);
          // A gzip file cut short: the last member (or the one stream) stops part way, unfinished.
          const unfinished = (b: Buffer) => gzipSync(b, { finishFlush: constants.Z_SYNC_FLUSH });
          const bytes =
            gzip === 'none'
              ? plain
              : gzip === 'file'
                ? unfinished(plain)
                : Buffer.concat([gzipSync(recs[0]!), gzipSync(recs[1]!), unfinished(last.subarray(0, keep))]);
          const items = await read(nameFor(`cut-${cut}`, gzip), bytes);
          const s = summary(items);
          expect(s.slice(0, 2)).toEqual([
            ['https://x.cn/1', page(1).toString('utf8')],
            ['https://x.cn/2', page(2).toString('utf8')],
          ]);
          expect(s.slice(2)).toHaveLength(1);
          expect(s[2]![1]).toMatch(/^FAILED (damaged WARC record|unreadable WARC file)/);
        },
      );
    }
  }

  for (const gzip of ['none', 'record'] as const) {
    it(`a record cut in the middle fails alone; the records after it are read (gzip: ${gzip})`, { timeout: WATCHDOG }, async () => {
      const recs = [...three(), htmlResponse('https://x.cn/4', page(4))];
      recs[1] = recs[1]!.subarray(0, recs[1]!.length - 700);
      const items = await read(nameFor('mid', gzip), warcFile(recs, gzip));
      expect(summary(items)).toEqual([
        ['https://x.cn/1', page(1).toString('utf8')],
        [
          'https://x.cn/2',
          expect.stringMatching(
            /^FAILED damaged WARC record: record cut short: Content-Length says \d+ bytes, only \d+ before the next record$/,
          ),
        ],
        ['https://x.cn/3', page(3).toString('utf8')],
        ['https://x.cn/4', page(4).toString('utf8')],
      ]);
    });
  }

  it('a Content-Length too short (no CRLF CRLF after the block) fails; the next record is read', { timeout: WATCHDOG }, async () => {
    const block = httpResponse(page(1), { contentType: 'text/html' });
    const items = await read(
      'short.warc',
      warcFile(
        [
          record({
            type: 'response',
            url: 'https://x.cn/1',
            contentType: 'application/http; msgtype=response',
            block,
            length: block.length - 100,
          }),
          htmlResponse('https://x.cn/2', page(2)),
        ],
        'none',
      ),
    );
    expect(summary(items)).toEqual([
      ['https://x.cn/1', 'FAILED damaged WARC record: record does not end with CRLF CRLF after its Content-Length bytes'],
      ['https://x.cn/2', page(2).toString('utf8')],
    ]);
  });

  it('garbage between records and a record without Content-Length are one failure each', { timeout: WATCHDOG }, async () => {
    const noLength = Buffer.from('WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: file:///x.html\r\n\r\n<p>x</p>\r\n\r\n');
    const items = await read(
      'garbage.warc',
      Buffer.concat([
        htmlResponse('https://x.cn/1', page(1)),
        Buffer.from('junk line\r\nmore junk'),
        htmlResponse('https://x.cn/2', page(2)),
        noLength,
        htmlResponse('https://x.cn/3', page(3)),
      ]),
    );
    expect(summary(items)).toEqual([
      ['https://x.cn/1', page(1).toString('utf8')],
      ['record-2', expect.stringMatching(/^FAILED damaged WARC record: not a WARC record at byte \d+: 20 bytes passed over/)],
      ['https://x.cn/2', page(2).toString('utf8')],
      ['file:///x.html', 'FAILED damaged WARC record: record has no valid Content-Length'],
      ['https://x.cn/3', page(3).toString('utf8')],
    ]);
  });

  it('a file that is not gzip at all is one failure line', { timeout: WATCHDOG }, async () => {
    const items = await read('notgz.warc.gz', Buffer.from('plain text, not gzip'));
    expect(summary(items)).toEqual([[expect.stringMatching(/notgz\.warc\.gz$/), expect.stringMatching(/^FAILED unreadable WARC file: /)]]);
  });
});
