import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DurableAppend } from '../../src/io/durable-append.js';
import { jsonLine } from '../../src/io/json-line.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-append-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DurableAppend', () => {
  it('create empties the file; appends (async and sync) land in order and size counts bytes, not characters', async () => {
    const path = join(dir, 'a.jsonl');
    writeFileSync(path, 'old\n');
    const f = DurableAppend.create(path);
    expect(f.size).toBe(0);
    await f.append(jsonLine({ t: '新华社' }));
    f.appendSync(Buffer.from('x\n'));
    await f.append('');
    await f.sync();
    f.syncSync();
    f.close();
    f.close();
    expect(readFileSync(path, 'utf8')).toBe('{"t":"新华社"}\nx\n');
    expect(f.size).toBe(statSync(path).size);
  });

  it('reopen at an offset cuts off what lies past it and appends from there', async () => {
    const path = join(dir, 'b.jsonl');
    writeFileSync(path, 'kept\nwritten after the journal line\n');
    const f = DurableAppend.reopen(path, 5);
    expect(f.size).toBe(5);
    await f.append('again\n');
    f.close();
    expect(readFileSync(path, 'utf8')).toBe('kept\nagain\n');
  });

  it('reopen at an offset past the end keeps the file whole; a missing file is created', () => {
    const path = join(dir, 'c.jsonl');
    writeFileSync(path, 'ab\n');
    const f = DurableAppend.reopen(path, 100);
    expect(f.size).toBe(3);
    f.close();
    const g = DurableAppend.reopen(join(dir, 'new.jsonl'), 'last-line');
    expect(g.size).toBe(0);
    g.close();
    expect(statSync(join(dir, 'new.jsonl')).size).toBe(0);
  });

  it("reopen at 'last-line' cuts off a partial line left by a crash, even one longer than a read", () => {
    const path = join(dir, 'd.jsonl');
    writeFileSync(path, '{"a":1}\n');
    appendFileSync(path, `{"torn":"${'x'.repeat(200_000)}`);
    const f = DurableAppend.reopen(path, 'last-line');
    f.appendSync('{"b":2}\n');
    f.close();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"b":2}\n');
    const only = join(dir, 'e.jsonl');
    writeFileSync(only, 'no newline at all');
    DurableAppend.reopen(only, 'last-line').close();
    expect(statSync(only).size).toBe(0);
  });
});

describe('jsonLine', () => {
  it('is one line per value, newlines inside strings escaped', () => {
    const line = jsonLine({ text: '第一段\n第二段' });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ text: '第一段\n第二段' });
  });
});
