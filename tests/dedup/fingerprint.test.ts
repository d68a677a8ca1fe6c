import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEDUP, MemoryDedupIndex, estimatedJaccard, fingerprint, minhash, shingleHashes } from '../../src/dedup/index.js';
import { portalCopies, templateReports } from '../../tools/eval/dedup/variants.js';

const SAMPLE = readFileSync(new URL('../../fixtures/articles/000_fc3af1410bc2c826.txt', import.meta.url), 'utf8');

/** The exact Jaccard of two texts' shingle sets, to check the estimate against. */
function jaccard(a: string, b: string): number {
  const A = new Set(shingleHashes(a));
  const B = new Set(shingleHashes(b));
  let both = 0;
  for (const x of A) if (B.has(x)) both++;
  return both / (A.size + B.size - both);
}

describe('fingerprints', () => {
  it('are the same for the same text, and for a copy re-typeset with other widths, spaces and line breaks', () => {
    const retyped = SAMPLE.replace(/，/g, ',').replace(/：/g, ':').replace(/\n/g, '\n\n ');
    expect(estimatedJaccard(fingerprint(SAMPLE), fingerprint(SAMPLE))).toBe(1);
    expect(estimatedJaccard(fingerprint(SAMPLE), fingerprint(retyped))).toBe(1);
  });

  it('estimate the Jaccard similarity of the shingle sets within the error 128 bins allow', () => {
    const paras = SAMPLE.split('\n');
    for (const keep of [0.9, 0.7, 0.5]) {
      const part = paras.slice(0, Math.round(paras.length * keep)).join('\n');
      const est = estimatedJaccard(fingerprint(SAMPLE), fingerprint(part));
      expect(Math.abs(est - jaccard(SAMPLE, part)), `kept ${keep}`).toBeLessThan(0.12);
    }
  });

  it('an empty text matches only another empty text', () => {
    expect(estimatedJaccard(fingerprint(''), fingerprint(''))).toBe(1);
    expect(estimatedJaccard(fingerprint(''), fingerprint(SAMPLE))).toBe(0);
    expect(minhash(new Uint32Array(0))).toHaveLength(DEDUP.permutations);
  });

  it("a portal's copies of one story cluster together; template reports with other facts stay apart", () => {
    const index = new MemoryDedupIndex(DEDUP.threshold);
    const copies = portalCopies('sample', SAMPLE, 1);
    const reps = copies.map((c, i) => index.assign(`c${i}`, fingerprint(c.text)));
    expect(reps[0]).toBeNull();
    expect(reps.slice(1).every((r) => r === 'c0')).toBe(true);
    const reports = templateReports(6, 3);
    for (const [i, r] of reports.entries()) expect(index.assign(`t${i}`, fingerprint(r.text)), r.story).toBeNull();
  });

  it('a record added again keeps its first answer; the representative of a cluster stays the first seen', () => {
    const index = new MemoryDedupIndex(0.8);
    const a = fingerprint(SAMPLE);
    const b = fingerprint(`${SAMPLE}\n编辑：王明`);
    expect(index.assign('a', a)).toBeNull();
    expect(index.assign('b', b)).toBe('a');
    expect(index.assign('a', a)).toBeNull();
    expect(index.assign('c', fingerprint(`来源：北辰网\n${SAMPLE}`))).toBe('a');
  });

  it('holds many records: the table grows and lookups stay right', () => {
    const index = new MemoryDedupIndex(0.8);
    const sigs: Uint32Array[] = [];
    let x = 7;
    for (let i = 0; i < 5000; i++) {
      const s = Uint32Array.from({ length: DEDUP.permutations }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0));
      sigs.push(s);
      index.add(`r${i}`, s, null);
    }
    expect(index.size).toBe(5000);
    for (const i of [0, 1234, 4999]) expect(index.lookup('new', sigs[i]!)).toBe(`r${i}`);
  });
});
