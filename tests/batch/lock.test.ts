import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunLock } from '../../src/batch/lock.js';
import { BatchLockedError } from '../../src/errors/index.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { BIN, ROOT, zhnews } from '../helpers/cli.js';
import { articleVariants, writeTar } from '../helpers/batch-fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhnews-lock-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []);

/** A pid that belonged to a process which has exited (and been reaped). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  return r.pid;
}

function summary(stderr: string): { done: number; skipped: number; failed: number } {
  const m = /(\d+) done, (\d+) skipped, (\d+) failed/.exec(stderr);
  expect(m, stderr).not.toBeNull();
  return { done: Number(m![1]), skipped: Number(m![2]), failed: Number(m![3]) };
}

describe('batch: one run per output', () => {
  const targets = [
    {
      name: 'the same --store sqlite:',
      flags: (d: string) => ['--store', `sqlite:${join(d, 'news.db')}`],
      base: (d: string) => join(d, 'news.db'),
    },
    { name: 'the same --out', flags: (d: string) => ['--out', join(d, 'news.jsonl')], base: (d: string) => join(d, 'news.jsonl') },
  ];
  for (const t of targets) {
    it(`a second run on ${t.name} is refused while the first runs; kill -9 of the first, then --resume, still skips what it finished`, async () => {
      const d = join(dir, t.name.replace(/\W+/g, '-'));
      mkdirSync(d);
      // Enough that the first run (about 100 articles/s here) is still busy long after the second is turned away.
      const N = 2000;
      const arts = articleVariants(N);
      // An empty entry first: the first run has a failure line to lose.
      const tgz = join(d, 'crawl.tar.gz');
      await writeTar(tgz, [{ name: 'empty.txt', data: Buffer.alloc(0) }, ...arts.map((a) => ({ name: a.name, data: a.bytes }))], true);
      const other = join(d, 'other');
      mkdirSync(other);
      writeFileSync(join(other, 'blank.txt'), '');
      const journal = `${t.base(d)}.journal`;
      const failures = `${t.base(d)}.failures.jsonl`;

      const first = spawn(process.execPath, [BIN, 'batch', tgz, ...t.flags(d), '--model', 'rules', '--concurrency', '1'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      first.stderr.on('data', (c) => {
        stderr += c;
      });
      const exited = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
      let firstExited = false;
      void exited.then(() => {
        firstExited = true;
      });
      try {
        // By progress, not by time: some articles journalled, the failure line written.
        while (lines(journal).length < 8 && !firstExited) await new Promise((r) => setTimeout(r, 20));
        expect(firstExited, `the first run ended before the second could start: ${stderr}`).toBe(false);
        const journalBefore = lines(journal);
        const failuresBefore = lines(failures);
        expect(failuresBefore).toHaveLength(1);

        const second = zhnews(['batch', other, ...t.flags(d), '--model', 'rules']);
        expect(firstExited, `the first run ended during the second: ${stderr}`).toBe(false);
        expect(second.status, second.stderr).toBe(1);
        const said = second.stderr.split('\n').filter(Boolean);
        expect(said, second.stderr).toHaveLength(1);
        expect(said[0]).toMatch(new RegExp(`in use by another batch run \\(pid ${first.pid}, `));
        // The first run's state is untouched: its journal and failures only grew.
        expect(lines(failures)).toEqual(failuresBefore);
        expect(lines(journal).slice(0, journalBefore.length)).toEqual(journalBefore);
        expect(existsSync(`${journal}.lock`)).toBe(true);

        first.kill('SIGKILL');
        await exited;
      } finally {
        first.kill('SIGKILL');
      }
      const finished = lines(journal).length;
      expect(finished).toBeGreaterThanOrEqual(8);
      expect(finished).toBeLessThan(N + 1);
      // The dead run's lock is still there; --resume takes it over. (--limit: the point is
      // what it skips, not doing the other thousands.)
      expect(existsSync(`${journal}.lock`)).toBe(true);

      const r = zhnews(['batch', tgz, ...t.flags(d), '--model', 'rules', '--concurrency', '2', '--resume', '--limit', '20']);
      expect(r.status, r.stderr).toBe(0);
      expect(summary(r.stderr)).toEqual({ done: 20, skipped: finished, failed: 0 });
      expect(lines(failures)).toHaveLength(1);
      expect(lines(journal)).toHaveLength(finished + 20);
      expect(existsSync(`${journal}.lock`)).toBe(false);
      expect(existsSync(`${failures}.lock`)).toBe(false);
      if (t.name.includes('--out')) {
        // Each finished article once, in input order (the empty one is the failure line).
        const uris = lines(t.base(d)).map((l) => (JSON.parse(l) as NewsRecord).source.uri);
        expect(uris).toEqual(arts.slice(0, finished - 1 + 20).map((a) => `${tgz}!${a.name}`));
      }
    });
  }

  it('takes over a lock left by a process that died', () => {
    const d = join(dir, 'stale');
    mkdirSync(d);
    const db = join(d, 'news.db');
    const input = join(d, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), articleVariants(1)[0]!.bytes);
    const stale = JSON.stringify({ pid: deadPid(), host: hostname(), since: '2020-01-01T00:00:00.000Z', token: 'dead' });
    writeFileSync(`${db}.journal.lock`, stale);
    writeFileSync(`${db}.failures.jsonl.lock`, stale);

    const r = zhnews(['batch', input, '--store', `sqlite:${db}`, '--model', 'rules', '--concurrency', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(summary(r.stderr)).toEqual({ done: 1, skipped: 0, failed: 0 });
    expect(existsSync(`${db}.journal.lock`)).toBe(false);
    expect(existsSync(`${db}.failures.jsonl.lock`)).toBe(false);
  });

  it('RunLock: held locks refuse, dead holders are taken over, release frees', () => {
    const f = join(dir, 'unit.journal');
    const a = RunLock.acquire(f, 'unit');
    // The same process asking twice (two runBatch calls on one output) is refused too.
    expect(() => RunLock.acquire(f, 'unit')).toThrow(BatchLockedError);
    a.release();
    expect(existsSync(`${f}.lock`)).toBe(false);

    // A live holder elsewhere on this host: this test runner's parent.
    writeFileSync(`${f}.lock`, JSON.stringify({ pid: process.ppid, host: hostname(), since: 'x', token: 't' }));
    expect(() => RunLock.acquire(f, 'unit')).toThrow(/in use by another batch run \(pid \d+, since x\)/);

    writeFileSync(`${f}.lock`, JSON.stringify({ pid: deadPid(), host: hostname(), since: 'x', token: 't' }));
    const b = RunLock.acquire(f, 'unit');
    expect(JSON.parse(readFileSync(`${f}.lock`, 'utf8')).pid).toBe(process.pid);
    b.release();
    expect(existsSync(`${f}.lock`)).toBe(false);
  });
});
