import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestFiles } from '../../../tools/gates/digest.js';
import { floorFor, loadFloors, saveFloors, type Floors } from '../../../tools/gates/floors.js';
import type { Gate } from '../../../tools/gates/gate.js';
import { GATES } from '../../../tools/gates/registry.js';
import { exitCode, formatOutcome, formatSummary, runGates } from '../../../tools/gates/runner.js';

// A tiny data folder written for the tests: the gates read its one file and report a fixed figure.
const dir = mkdtempSync(join(tmpdir(), 'zhnews-gates-'));
mkdirSync(join(dir, 'set'));
writeFileSync(join(dir, 'set/a.txt'), 'alpha');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const gate = (name: string, figure: number, needs = ['set']): Gate => ({
  name,
  needs,
  run: async (d) => ({ figure, digest: digestFiles(d, needs) }),
});
const floorsOf = (entries: Record<string, { figure: number; data?: string }>): Floors =>
  Object.fromEntries(
    Object.entries(entries).map(([name, e]) => [
      name,
      floorFor({ figure: e.figure, digest: e.data ?? digestFiles(dir, ['set']) }, '2026-12-05'),
    ]),
  );

describe('gate runner', () => {
  it('passes a figure at or over its floor and fails one under it', async () => {
    const floors = floorsOf({ same: { figure: 0.9 }, within: { figure: 0.905 }, under: { figure: 0.92 } });
    const out = await runGates([gate('same', 0.9), gate('within', 0.9), gate('under', 0.9)], dir, floors);
    expect(out.map((o) => o.status)).toEqual(['pass', 'pass', 'fail']);
    expect(out[2]!.floor).toBe(0.91);
    expect(exitCode(out)).toBe(1);
    expect(exitCode(out.slice(0, 2))).toBe(0);
    expect(formatSummary(out, 1)).toMatch(/^gates: FAILED: 2 passed, 1 failed, 0 skipped/);
  });

  it('skips, with the reason, when the data folder or its part is missing, and exits 0', async () => {
    const floors = floorsOf({ g: { figure: 0.5 } });
    const [absent] = await runGates([gate('g', 0.5)], join(dir, 'nonexistent'), floors);
    expect(absent).toMatchObject({ status: 'skip', reason: expect.stringMatching(/data folder .*nonexistent is absent/) });
    const [part] = await runGates([gate('g', 0.5, ['set', 'other'])], dir, floors);
    expect(part).toMatchObject({ status: 'skip', reason: `${join(dir, 'other')} absent` });
    expect(formatOutcome(part!)).toMatch(/^gate g +SKIP {2}.*other absent$/);
    expect(exitCode([absent!, part!])).toBe(0);
  });

  it('runs a gate that needs no data folder even when it is absent', async () => {
    const noData: Gate = { name: 'n', needs: [], run: async () => ({ figure: 1, digest: 'a'.repeat(64) }) };
    const [o] = await runGates([noData], join(dir, 'nonexistent'), floorsOf({ n: { figure: 1, data: 'a'.repeat(64) } }));
    expect(o!.status).toBe('pass');
  });

  it('says so when the data differ from the recorded digest, and still judges the figure', async () => {
    const floors = floorsOf({ g: { figure: 0.5, data: 'b'.repeat(64) } });
    const [o] = await runGates([gate('g', 0.5)], dir, floors);
    expect(o).toMatchObject({ status: 'pass', digestMatch: false });
    expect(formatOutcome(o!)).toContain('DIGEST CHANGED');
    expect(formatSummary([o!], 1)).toContain('1 on changed data');
    const [same] = await runGates([gate('g', 0.5)], dir, floorsOf({ g: { figure: 0.5 } }));
    expect(formatOutcome(same!)).toMatch(/PASS {2}figure 0\.5000 {2}floor 0\.4900 {2}digest ok [0-9a-f]{12} {2}\d+\.\d s$/);
  });

  it('fails a gate that throws or has no floor recorded', async () => {
    const broken: Gate = {
      name: 'b',
      needs: [],
      run: async () => {
        throw new Error('boom');
      },
    };
    const out = await runGates([broken, gate('new', 0.7)], dir, {});
    expect(out.map((o) => [o.status, o.reason])).toEqual([
      ['fail', 'error: boom'],
      ['fail', expect.stringContaining('no floor recorded')],
    ]);
  });
});

describe('data digest', () => {
  it('changes with a file’s bytes or name, not with the order the paths are given in', () => {
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd/x'), 'ab');
    writeFileSync(join(dir, 'd/y'), 'c');
    const before = digestFiles(dir, ['d']);
    expect(digestFiles(dir, ['d/y', 'd/x'])).toBe(before);
    writeFileSync(join(dir, 'd/x'), 'a');
    writeFileSync(join(dir, 'd/y'), 'bc'); // the same bytes in all, moved from one file to the next
    expect(digestFiles(dir, ['d'])).not.toBe(before);
  });
});

describe('floors file', () => {
  it('round-trips, puts a floor 0.01 under the figure and rejects a malformed entry', () => {
    const path = join(dir, 'floors.json');
    const floors = { g: floorFor({ figure: 0.82483, digest: 'c'.repeat(64) }, '2026-12-05') };
    expect(floors.g).toEqual({ figure: 0.8248, floor: 0.8148, digest: 'c'.repeat(64), measured: '2026-12-05' });
    saveFloors(path, floors);
    expect(loadFloors(path)).toEqual(floors);
    writeFileSync(path, JSON.stringify({ g: { figure: 0.8, floor: 0.7, digest: 'short', measured: '2026-12-05' } }));
    expect(() => loadFloors(path)).toThrow(/g\.digest/);
  });

  it('holds a floor for every registered gate', () => {
    const recorded = loadFloors(join(import.meta.dirname, '../../../tools/gates/floors.json'));
    expect(GATES.map((g) => g.name).filter((n) => !(n in recorded))).toEqual([]);
    expect(new Set(GATES.map((g) => g.name)).size).toBe(GATES.length);
  });
});
