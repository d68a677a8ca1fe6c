import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordSchema } from '../../src/record/schema.js';
import { SAMPLE, zhnews } from '../helpers/cli.js';

describe('zhnews CLI conventions', () => {
  it('prints help for every command listed in the main help', () => {
    const main = zhnews(['--help']);
    expect(main.status).toBe(0);
    const names = [...main.stdout.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['extract', 'batch', 'schema']));
    for (const name of names) {
      const r = zhnews([name, '--help']);
      expect(r.status, name).toBe(0);
      expect(r.stdout, name).toMatch(/^Usage: zhnews /);
    }
  });

  it('prints the record JSON Schema', () => {
    const r = zhnews(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.entities.type).toBe('array');
  });
});

describe('zhnews batch', () => {
  it('writes one record per article, failures beside the output, and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-batch-'));
    const inputs = join(dir, 'in');
    mkdirSync(join(inputs, 'sub'), { recursive: true });
    copyFileSync(SAMPLE, join(inputs, 'a.txt'));
    writeFileSync(
      join(inputs, 'sub', 'b.html'),
      '<html><head><title>测试</title></head><body><article><p>广州市科技局今天宣布，新建10家实验室。</p></article></body></html>',
    );
    writeFileSync(join(inputs, 'sub', 'empty.txt'), '');
    writeFileSync(
      join(inputs, 'lines.jsonl'),
      [
        JSON.stringify({ text: '深圳市今天发布新的产业政策。', publishedAt: '2021-10-15T10:00:00+08:00', url: 'https://example.com/1' }),
        '{not json',
        JSON.stringify({ html: '<p>北京大学今天举行典礼。</p>', title: '典礼' }),
      ].join('\n'),
    );
    const out = join(dir, 'dataset.jsonl');
    const r = zhnews(['batch', inputs, '--out', out]);
    expect(r.status).toBe(0);
    const records = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => RecordSchema.parse(JSON.parse(l)));
    expect(records).toHaveLength(4);
    const fromJsonl = records.find((x) => x.source.uri?.endsWith('lines.jsonl#L1'));
    expect(fromJsonl?.text).toBe('深圳市今天发布新的产业政策。');
    expect(fromJsonl?.publishedAt).toBe('2021-10-15T10:00:00+08:00');
    expect(fromJsonl?.source.url).toBe('https://example.com/1');
    expect(records.find((x) => x.source.uri?.endsWith('lines.jsonl#L3'))?.title).toBe('典礼');
    const failures = readFileSync(`${out}.failures.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(failures.map((f) => f.input).sort()).toEqual([join(inputs, 'lines.jsonl#L2'), join(inputs, 'sub', 'empty.txt')].sort());
    for (const f of failures) expect(typeof f.reason).toBe('string');
    expect(r.stderr).toMatch(/4 done/);
  });

  it('exits non-zero when an input path does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-batch-'));
    expect(zhnews(['batch', join(dir, 'nope'), '--out', join(dir, 'o.jsonl')]).status).toBe(2);
  });
});
