import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema, type NewsRecord } from '../../src/record/schema.js';
import { SAMPLE, zhnews } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-cli-'));

describe('zhnews extract on the supplied article', () => {
  let record: NewsRecord;
  beforeAll(() => {
    const r = zhnews(['extract', SAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    record = RecordSchema.parse(JSON.parse(r.stdout));
  });

  it('reads the metadata from the leading and trailing lines', () => {
    expect(record.title).toBe('广深“双城记”:科技创新“乘数效应”正在叠加');
    expect(record.publishedAt).toBe('2021-10-15T15:27:00+08:00');
    expect(record.publisher).toBe('央广网');
    expect(record.authors).toContain('夏燕');
    expect(record.editors).toEqual(['马静欣']);
    expect(record.dateline).toEqual({ place: '广州', date: '2021-10-11' });
    expect(record.language).toBe('zh');
  });

  it('keeps the body from the dateline paragraph to the last body paragraph, and nothing else', () => {
    expect(record.text.startsWith('央广网广州10月11日消息')).toBe(true);
    expect(record.text.endsWith('大湾区、大未来,广深“双城联动”还将碰撞出更多精彩。')).toBe(true);
    expect(record.text).not.toMatch(/<|>|人工智能朗读|编辑[:：]|2021-10-15 15:27/);
    expect(record.text).not.toContain(record.title!);
    expect(record.text.split('\n').length).toBeGreaterThan(40);
  });

  it('gives exact offsets for every entity, figure and date', () => {
    for (const e of [...record.entities, ...record.figures, ...record.dates]) {
      expect(record.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(record.entities.length).toBeGreaterThan(10);
    expect(record.entities.map((e) => e.type)).toContain('LOC');
  });

  it('identifies the article by its text and its bytes', () => {
    const again = RecordSchema.parse(JSON.parse(zhnews(['extract', SAMPLE]).stdout));
    expect(again.id).toBe(record.id);
    expect(record.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.source.uri).toBe(SAMPLE);
  });

  it('adds jieba tokens with offsets and POS tags on --tokens', () => {
    const r = zhnews(['extract', SAMPLE, '--tokens']);
    const withTokens = RecordSchema.parse(JSON.parse(r.stdout));
    expect(withTokens.tokens!.length).toBeGreaterThan(500);
    for (const t of withTokens.tokens!) expect(withTokens.text.slice(t.start, t.end)).toBe(t.text);
    expect(withTokens.tokens!.some((t) => t.text === '广州' && t.pos === 'ns')).toBe(true);
  });

  it('reads stdin and honours --url and --published-at', () => {
    const r = zhnews(['extract', '-', '--url', 'https://example.com/a', '--published-at', '2022-01-02T03:04:05+08:00'], {
      input: '今天，上海市政府召开会议。',
    });
    expect(r.status).toBe(0);
    const rec = RecordSchema.parse(JSON.parse(r.stdout));
    expect(rec.source.url).toBe('https://example.com/a');
    expect(rec.source.uri).toBeNull();
    expect(rec.publishedAt).toBe('2022-01-02T03:04:05+08:00');
  });
});

describe('zhnews extract on bad input', () => {
  it('exits 65 with one line for an empty file', () => {
    const f = join(dir, 'empty.txt');
    writeFileSync(f, '');
    const r = zhnews(['extract', f]);
    expect(r.status).toBe(65);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 65 with one line for a binary file', () => {
    const f = join(dir, 'blob.bin');
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    writeFileSync(f, bytes);
    const r = zhnews(['extract', f]);
    expect(r.status).toBe(65);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('gives a record or exit 65 for invalid UTF-8, never a crash', () => {
    const f = join(dir, 'bad-utf8.txt');
    writeFileSync(
      f,
      Buffer.concat([
        Buffer.from('北京市政府今天召开新闻发布会。'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from('会议持续两小时。'),
      ]),
    );
    const r = zhnews(['extract', f]);
    expect([0, 65]).toContain(r.status);
    if (r.status === 0) expect(JSON.parse(r.stdout).text).toContain('会议持续两小时');
  });

  it('handles a 50 MB HTML file', () => {
    const f = join(dir, 'huge.html');
    const para = '<p>新华社北京电 国家统计局今天发布数据，一季度国内生产总值同比增长百分之五。</p>\n';
    writeFileSync(
      f,
      `<html><head><title>大文件</title></head><body><article>${para.repeat(Math.ceil(50e6 / Buffer.byteLength(para)))}</article></body></html>`,
    );
    const r = zhnews(['extract', f]);
    expect([0, 65]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('handles 100,000 nested <div>s', () => {
    const f = join(dir, 'nested.html');
    writeFileSync(f, `<html><body>${'<div>'.repeat(100_000)}深圳市今天发布新的产业政策。${'</div>'.repeat(100_000)}</body></html>`);
    const r = zhnews(['extract', f]);
    expect([0, 65]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('treats a short text as an article', () => {
    const r = zhnews(['extract', '-'], { input: '深圳下雨了。' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe('深圳下雨了。');
  });

  it('exits 2 on bad usage and on a missing file', () => {
    expect(zhnews(['extract']).status).toBe(2);
    expect(zhnews(['extract', SAMPLE, '--no-such-flag']).status).toBe(2);
    expect(zhnews(['extract', join(dir, 'missing.txt')]).status).toBe(2);
    expect(zhnews(['no-such-command']).status).toBe(2);
  });
});
