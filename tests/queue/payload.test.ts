/** The queue's pure parts, no Redis needed: payload codec, status arithmetic, connection options. */
import { describe, expect, it } from 'vitest';
import { ArticleTooLargeError, InvalidPayloadError } from '../../src/errors/index.js';
import { finishedInLastMinute } from '../../src/queue/inspect.js';
import { articleJobId, decodeArticle, encodeArticle } from '../../src/queue/payload.js';
import { connectionOptions, reconnectDelay, redactRedisUrl } from '../../src/queue/connection.js';
import { isPermanentFailure } from '../../src/queue/processor.js';
import { InputError } from '../../src/errors/index.js';

describe('article job payload', () => {
  const input = {
    bytes: Buffer.from('<p>北京大学今天举行典礼。</p>\u0000\xff', 'latin1'),
    kind: 'html' as const,
    uri: 'dump.warc.gz#3',
    url: 'https://example.com/a',
    contentType: 'text/html; charset=gb18030',
    publishedAt: '2021-10-15T10:00:00+08:00',
    title: '典礼',
  };

  it('round-trips the raw bytes and every field, and is plain JSON', () => {
    const { jobId, data } = encodeArticle(input, 1024);
    const back = decodeArticle(JSON.parse(JSON.stringify(data)));
    expect(Buffer.compare(Buffer.from(back.bytes), input.bytes)).toBe(0);
    expect({ ...back, bytes: null }).toEqual({ ...input, bytes: null });
    expect(jobId).toBe(articleJobId(input));
    expect(jobId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives one job id to one source, and another to other bytes or another URL', () => {
    expect(encodeArticle({ ...input }, 1024).jobId).toBe(encodeArticle(input, 1024).jobId);
    // The URL names the source; the URI only where no URL is known.
    expect(encodeArticle({ ...input, uri: 'elsewhere.html' }, 1024).jobId).toBe(encodeArticle(input, 1024).jobId);
    expect(encodeArticle({ ...input, url: 'https://example.com/b' }, 1024).jobId).not.toBe(encodeArticle(input, 1024).jobId);
    expect(encodeArticle({ ...input, url: null, uri: 'a.jsonl#L2' }, 1024).jobId).not.toBe(
      encodeArticle({ ...input, url: null, uri: 'a.jsonl#L3' }, 1024).jobId,
    );
    expect(encodeArticle({ ...input, bytes: Buffer.from('x') }, 1024).jobId).not.toBe(encodeArticle(input, 1024).jobId);
  });

  it('refuses an article over the limit with a message naming both sizes', () => {
    expect(() => encodeArticle(input, 10)).toThrowError(ArticleTooLargeError);
    expect(() => encodeArticle(input, 10)).toThrowError(/is \d+ bytes, over the 10-byte job payload limit/);
  });

  it('rejects data that is not a payload', () => {
    expect(() => decodeArticle({ v: 2 })).toThrowError(InvalidPayloadError);
    expect(() => decodeArticle('nope')).toThrowError(/invalid job payload/);
  });
});

describe('failure classes', () => {
  it('bad articles are permanent, everything else is retried', () => {
    expect(isPermanentFailure(new InputError('empty input'))).toBe(true);
    const fromThread = Object.assign(new Error('binary'), { name: 'InputError', exitCode: 65 });
    expect(isPermanentFailure(fromThread)).toBe(true);
    expect(isPermanentFailure(new Error('SQLITE_BUSY'))).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error('thread died'), { name: 'PipelineWorkerError', exitCode: 1 }))).toBe(false);
  });
});

describe('throughput over the last minute from BullMQ metrics', () => {
  const at = (min: number, sec: number) => min * 60_000 + sec * 1000;
  it('counts the running minute and the overlapping part of the one before', () => {
    const m = { meta: { count: 130, prevTS: at(100, 2), prevCount: 100 }, data: [60], count: 1 };
    expect(finishedInLastMinute(m, at(100, 30))).toBe(30 + 30); // all of this minute, half of the last
    expect(finishedInLastMinute(m, at(101, 45))).toBe(8); // a quarter of a minute that is now the previous one
    expect(finishedInLastMinute(m, at(103, 0))).toBe(0);
  });
});

describe('redis connection options', () => {
  it('never fails a command for a reconnect, backs off to 5 s, masks passwords', () => {
    const o = connectionOptions('redis://:secret@127.0.0.1:6379', { role: 'worker' });
    expect(o.maxRetriesPerRequest).toBeNull();
    expect([1, 2, 3, 10].map(reconnectDelay)).toEqual([200, 400, 800, 5000]);
    expect(o.retryStrategy!(1)).toBe(200);
    expect(redactRedisUrl('redis://:secret@host:6379')).toBe('redis://:***@host:6379');
  });

  it('clients give up after their deadline so commands fail instead of hanging', () => {
    const o = connectionOptions('redis://127.0.0.1:1', { role: 'client', giveUpAfterMs: 0 });
    expect(o.retryStrategy!(1)).toBeNull();
    expect(() => connectionOptions('http://x', { role: 'client' })).toThrowError(/redis:\/\//);
  });
});
