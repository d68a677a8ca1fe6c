import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { collect, sampleRecords } from '../helpers/store.js';

let dir: string;
let records: NewsRecord[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-jsonlstore-'));
  records = await sampleRecords(4);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jsonl store', () => {
  it('appends every put, and reads back each id once (the last line of an id wins)', async () => {
    const path = join(dir, 'a.jsonl');
    const store = await openStore(`jsonl:${path}`);
    for (const r of records) await store.put(r);
    await store.put({ ...records[0]!, title: '新标题' });
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(records.length + 1);
    expect(await store.count()).toBe(records.length);
    const back = await collect(store.records());
    // In the order of each id's last line: the re-put record comes last.
    expect(back.map((r) => r.id)).toEqual([...records.slice(1), records[0]!].map((r) => r.id));
    expect(back.at(-1)!.title).toBe('新标题');
    await store.close();
  });

  it('cuts off a partial last line left by a crash, on open', async () => {
    const path = join(dir, 'b.jsonl');
    const s1 = await openStore(`jsonl:${path}`);
    await s1.put(records[0]!);
    await s1.close();
    appendFileSync(path, '{"schemaVersion":1,"id":"abc');
    const s2 = await openStore(`jsonl:${path}`);
    await s2.put(records[1]!);
    expect((await collect(s2.records())).map((r) => r.id)).toEqual([records[0]!.id, records[1]!.id]);
    expect(await s2.has(records[1]!.id)).toBe(true);
    await s2.close();
  });
});
