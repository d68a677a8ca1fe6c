/**
 * The worker's store writer groups the articles that finish while a write is under way into one
 * transaction, answers each job only once its group is committed, and keeps a bad record from
 * failing the others of its group. The store thread writes records sent as encoded lines.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors/index.js';
import { createStoreWriter } from '../../src/queue/store-writer.js';
import type { WriteItem, WriteSink } from '../../src/store/thread/write-sink.js';
import type { NewsRecord } from '../../src/record/schema.js';
import type { StoreItem } from '../../src/store/store.js';
// The store thread runs dist/ code (npm test builds it first).
import { storeThreadSink } from '../../dist/store/thread/store-thread.js';
import { createPipelinePool } from '../../dist/pipeline/pool.js';
import { openStore } from '../../src/store/index.js';
import { SAMPLE } from '../helpers/cli.js';

const rec = (id: string) => ({ id }) as NewsRecord;

describe('grouped store writes', () => {
  it('writes what finished meanwhile as one group, in order, and answers each job after its commit', async () => {
    const groups: string[][] = [];
    let release: () => void = () => {};
    const store = {
      async put(): Promise<NewsRecord> {
        throw new Error('not used: the store has putMany');
      },
      async putMany(items: readonly StoreItem[]) {
        groups.push(items.map((i) => i.record.id));
        // The first group stays open until released, so that the others queue up behind it.
        if (groups.length === 1) await new Promise<void>((r) => (release = r));
        return items.map((i) => i.record);
      },
    };
    const writer = createStoreWriter(store);
    const signal = new AbortController().signal;
    const answered: string[] = [];
    const writes = ['a', 'b', 'c', 'd'].map((id) => writer.put(rec(id), signal).then(() => answered.push(id)));
    await new Promise((r) => setImmediate(r));
    expect(answered).toEqual([]);
    release();
    await Promise.all(writes);
    expect(groups).toEqual([['a'], ['b', 'c', 'd']]);
    expect(answered).toEqual(['a', 'b', 'c', 'd']);
    await writer.close();
  });

  it('a record the store refuses fails its own job only; the rest of its group is stored', async () => {
    const stored: string[] = [];
    let hold: Promise<void> | null = new Promise<void>((r) => setTimeout(r, 0));
    const sink: WriteSink = {
      groups: true,
      async write(items: WriteItem[]) {
        if (hold) await hold;
        hold = null;
        const ids = items.map((i) => ('record' in i ? i.record.id : i.encoded.id));
        if (ids.includes('bad')) throw new Error('value too long for type');
        stored.push(...ids);
        return ids.map(() => null);
      },
      async close() {},
    };
    const writer = createStoreWriter(sink);
    const signal = new AbortController().signal;
    const results = await Promise.allSettled(['x', 'y', 'bad', 'z'].map((id) => writer.put(rec(id), signal)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(stored.sort()).toEqual(['x', 'y', 'z']);
  });

  it('a group waits out an outage whole, and hands back the jobs given back meanwhile', async () => {
    let down = 3;
    const stored: string[][] = [];
    const sink: WriteSink = {
      groups: true,
      async write(items: WriteItem[]) {
        if (down-- > 0) throw new StoreUnavailableError(new Error('ECONNREFUSED'));
        stored.push(items.map((i) => ('record' in i ? i.record.id : i.encoded.id)));
        return items.map(() => null);
      },
      async close() {},
    };
    const events: string[] = [];
    const writer = createStoreWriter(
      sink,
      { firstDelayMs: 1, maxDelayMs: 2 },
      { onDown: () => events.push('down'), onUp: () => events.push('up') },
    );
    const kept = new AbortController();
    const given = new AbortController();
    const a = writer.put(rec('a'), kept.signal);
    const b = writer.put(rec('b'), given.signal);
    const c = writer.put(rec('c'), kept.signal);
    given.abort();
    await a;
    await expect(b).rejects.toThrow(/handed back/);
    await c;
    expect(stored.flat().sort()).toEqual(['a', 'c']);
    expect(events).toEqual(['down', 'up']);
  });
});

describe('the store thread', () => {
  it('stores records sent as lines encoded by their pipeline thread, and sums them up for the job', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'zhnews-store-thread-')), 'w.db');
    const pool = await createPipelinePool({ threads: 1, config: { model: 'rules' } });
    const sink = storeThreadSink({ uri: `sqlite:${db}`, dedupThreshold: 0.8 });
    try {
      await sink.ready;
      const bytes = readFileSync(SAMPLE);
      const one = await pool.run({ bytes, kind: 'text', uri: 'a' }, { form: 'line', signature: true });
      const two = await pool.run({ bytes, kind: 'text', uri: 'b' }, { form: 'line', signature: true });
      const record = await pool.process({ bytes, kind: 'text', uri: 'a' });
      const summaries = await sink.write([
        { encoded: one.encoded!, signature: one.signature },
        { encoded: two.encoded!, signature: two.signature },
      ]);
      expect(summaries[0]).toEqual({ id: record.id, title: record.title, chars: record.text.length, entities: record.entities.length });
      const store = await openStore(`sqlite:${db}`);
      const rows: NewsRecord[] = [];
      for await (const r of store.records()) rows.push(r);
      await store.close();
      expect(rows.map((r) => r.id)).toEqual([one.encoded!.id, two.encoded!.id]);
      // As the object form would have stored it (the processing time aside: two runs).
      const { pipeline: _p0, ...stored } = rows[0]!;
      const { pipeline: _p1, ...computed } = record;
      expect(stored).toEqual({ ...computed, duplicateOf: null });
      // The same text from another source: marked a near-duplicate in the thread's transaction.
      expect(rows[1]!.duplicateOf).toBe(record.id);
      // A batch asks for no summaries: the group is stored, nothing comes back.
      const three = await pool.run({ bytes, kind: 'text', uri: 'c' }, { form: 'line', signature: true });
      expect(await sink.write([{ encoded: three.encoded!, signature: three.signature }], { summaries: false })).toEqual([]);
      const again = await openStore(`sqlite:${db}`);
      let count = 0;
      for await (const _r of again.records()) count++;
      await again.close();
      expect(count).toBe(3);
    } finally {
      await sink.close();
      await pool.close();
    }
  });
});
