import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The reader runs dist/ code on its thread (npm test builds it first).
import { readInputsInThread } from '../../dist/sources/read-in-thread.js';
import { readInputs, InputProgress } from '../../src/sources/read-inputs.js';
import type { SourceItem } from '../../src/sources/source-item.js';
import { articleVariants, writeTar } from '../helpers/batch-fixtures.js';

async function collect(items: AsyncIterable<SourceItem>, take = Infinity): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length >= take) break;
  }
  return out;
}

const view = (item: SourceItem) =>
  item.ok ? { uri: item.input.uri, kind: item.input.kind, hex: Buffer.from(item.input.bytes).toString('hex') } : item;

describe('readInputsInThread', () => {
  let dir: string;
  let archive: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhnews-reader-'));
    archive = join(dir, 'a.tar.gz');
    const arts = articleVariants(70);
    await writeTar(
      archive,
      [...arts.map((a) => ({ name: `news/${a.name}`, data: a.bytes })), { name: '../evil.txt', data: Buffer.from('x') }],
      true,
    );
    writeFileSync(join(dir, 'one.txt'), '深圳今天下雨。');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same articles in the same order as readInputs, each with the SHA-256 of its bytes', async () => {
    const inputs = [archive, join(dir, 'one.txt')];
    const progress = new InputProgress();
    const threaded = await collect(readInputsInThread(inputs, { progress }));
    const direct = await collect(readInputs(inputs));
    expect(threaded.map(view)).toEqual(direct.map(view));
    expect(threaded.filter((i) => !i.ok)).toHaveLength(1);
    for (const item of threaded) if (item.ok) expect(item.input.sha256).toBe(createHash('sha256').update(item.input.bytes).digest('hex'));
    expect(progress.done).toBeGreaterThan(0);
  });

  it('stops early without reading the rest (and without leaving its thread behind)', async () => {
    const some = await collect(readInputsInThread([archive]), 5);
    expect(some).toHaveLength(5);
  });
});
