import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleKey, Journal } from '../../src/batch/journal.js';
import { JsonlFileSink } from '../../src/batch/sinks.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { BIN, ROOT, zhnews } from '../helpers/cli.js';
import { sampleRecords } from '../helpers/store.js';
import { articleVariants, writeTar } from '../helpers/batch-fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-resume-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function duckRows(sql: string): Promise<Record<string, unknown>[]> {
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    con.closeSync();
  }
}

const lines = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []);

describe('batch --resume', () => {
  for (const format of ['jsonl', 'parquet'] as const) {
    it(`a batch (--out *.${format}) killed with SIGKILL mid-run, rerun with --resume, gives each article exactly once`, async () => {
      const N = 160;
      const arts = articleVariants(N);
      const tgz = join(dir, `many-${format}.tar.gz`);
      await writeTar(
        tgz,
        arts.map((a) => ({ name: a.name, data: a.bytes })),
        true,
      );
      const out = join(dir, `many.${format}`);
      const journal = `${out}.journal`;

      const child = spawn(process.execPath, [BIN, 'batch', tgz, '--out', out, '--model', 'rules', '--concurrency', '1'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c) => {
        stderr += c;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      let exitedEarly = false;
      void exited.then(() => {
        exitedEarly = true;
      });
      // Wait (by progress, not by time) until some articles are journalled, then kill -9.
      while (lines(journal).length < 12 && !exitedEarly) await new Promise((r) => setTimeout(r, 20));
      expect(exitedEarly, `the batch finished before it could be killed: ${stderr}`).toBe(false);
      child.kill('SIGKILL');
      await exited;
      if (format === 'jsonl') {
        expect(lines(out).length).toBeGreaterThanOrEqual(12);
        expect(lines(out).length).toBeLessThan(N);
      } else {
        expect(existsSync(out)).toBe(false);
        expect(existsSync(`${out}.work.db`)).toBe(true);
      }

      const r = zhnews(['batch', tgz, '--out', out, '--model', 'rules', '--concurrency', '2', '--resume']);
      expect(r.status, r.stderr).toBe(0);
      const m = /(\d+) done, (\d+) skipped, (\d+) failed/.exec(r.stderr);
      expect(m, r.stderr).not.toBeNull();
      expect(Number(m![2])).toBeGreaterThanOrEqual(12);
      expect(Number(m![1]) + Number(m![2])).toBe(N);

      const uris =
        format === 'jsonl'
          ? lines(out).map((l) => (JSON.parse(l) as NewsRecord).source.uri)
          : (await duckRows(`SELECT source.uri AS uri FROM read_parquet('${out}')`)).map((x) => x.uri as string);
      // Each article once, in input order.
      expect(uris).toEqual(arts.map((a) => `${tgz}!${a.name}`));
      expect(lines(`${out}.failures.jsonl`)).toEqual([]);
      expect(existsSync(journal)).toBe(false);
      expect(existsSync(`${out}.work.db`)).toBe(false);
    });
  }

  it('cuts off output written after the last journal line (a record whose journal line never landed)', async () => {
    const records = await sampleRecords(3);
    const out = join(dir, 'cut.jsonl');
    const j1 = Journal.open(`${out}.journal`, false);
    const s1 = new JsonlFileSink(out, `${out}.failures.jsonl`, j1, false);
    await s1.commit([
      { key: articleKey('a', '1'), uri: 'a', record: records[0]! },
      { key: articleKey('b', '2'), uri: 'b', reason: 'empty input' },
    ]);
    await s1.close();
    j1.close();
    const good = statSync(out).size;
    // A crash after the output write but before the journal append, then a torn line.
    appendFileSync(out, `${JSON.stringify(records[1])}\n{"schemaVersion":1,"id":"`);
    appendFileSync(`${out}.journal`, '{"k":"torn');

    const j2 = Journal.open(`${out}.journal`, true);
    expect([...j2.done]).toEqual([articleKey('a', '1'), articleKey('b', '2')]);
    const s2 = new JsonlFileSink(out, `${out}.failures.jsonl`, j2, true);
    expect(statSync(out).size).toBe(good);
    await s2.commit([{ key: articleKey('c', '3'), uri: 'c', record: records[1]! }]);
    await s2.close();
    j2.close();
    expect(lines(out).map((l) => JSON.parse(l).id)).toEqual([records[0]!.id, records[1]!.id]);
    expect(lines(`${out}.failures.jsonl`)).toHaveLength(1);
    expect(lines(`${out}.journal`)).toHaveLength(3);
  });

  it('without --resume a run starts over', async () => {
    const tar = join(dir, 'over.tar');
    await writeTar(
      tar,
      articleVariants(3).map((a) => ({ name: a.name, data: a.bytes })),
      false,
    );
    const out = join(dir, 'over.jsonl');
    expect(zhnews(['batch', tar, '--out', out, '--model', 'rules']).status).toBe(0);
    expect(zhnews(['batch', tar, '--out', out, '--model', 'rules']).status).toBe(0);
    expect(lines(out)).toHaveLength(3);
  });
});
