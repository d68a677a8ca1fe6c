import { describe, expect, it } from 'vitest';
import { createBioDecoder, groupTags } from '../../../src/extract/ner/bio.js';
import { parseLabel, BIO_LABELS, type BioTag } from '../../../src/extract/ner/labels.js';

const L = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];

function logp(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flatMap((r) => r.map((p) => Math.log(p))));
}

/** A deterministic pseudo-random generator in [0, 1). */
function lcg(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** An n x n matrix of random transition scores in [-scale, scale). */
function randomTransitions(rand: () => number, n: number, scale: number): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: n }, () => (rand() * 2 - 1) * scale));
}

/** The best BIO-valid path by trying every path: emissions plus optional transition scores. */
function bruteForceBest(tags: readonly BioTag[], len: number, emit: (t: number, c: number) => number, trans?: number[][]): number[] {
  const n = tags.length;
  const valid = (path: number[]) =>
    path.every((c, t) => {
      const tag = tags[c]!;
      if (tag.prefix !== 'I') return true;
      if (t === 0) return false;
      const prev = tags[path[t - 1]!]!;
      return prev.prefix !== 'O' && prev.type === tag.type;
    });
  let best = -Infinity;
  let bestPath: number[] = [];
  for (let code = 0; code < n ** len; code++) {
    const path = Array.from({ length: len }, (_, t) => Math.floor(code / n ** t) % n);
    if (!valid(path)) continue;
    const s = path.reduce((acc, c, t) => acc + emit(t, c) + (t && trans ? trans[path[t - 1]!]![c]! : 0), 0);
    if (s > best) {
      best = s;
      bestPath = path;
    }
  }
  return bestPath;
}

describe('labels', () => {
  it('maps Hub label names onto the record types and drops others', () => {
    expect(parseLabel('B-PER')).toEqual({ prefix: 'B', type: 'PERSON' });
    expect(parseLabel('I-ORG')).toEqual({ prefix: 'I', type: 'ORG' });
    expect(parseLabel('S-LOC')).toEqual({ prefix: 'B', type: 'LOC' });
    expect(parseLabel('B-MISC')).toEqual({ prefix: 'O', type: null });
    expect(parseLabel('O')).toEqual({ prefix: 'O', type: null });
    expect(BIO_LABELS.length).toBe(21);
  });
});

describe('BIO-constrained decoding', () => {
  it('never puts I- after O or after another type', () => {
    const d = createBioDecoder(L);
    // argmax would be O, I-PER, I-PER: the constrained path starts the entity with B-PER
    const path = d.decode(
      logp([
        [0.5, 0.2, 0.3, 0, 0, 0, 0].map((x) => x + 1e-6),
        [0.1, 0.1, 0.6, 0.1, 0.1, 0, 0].map((x) => x + 1e-6),
        [0.1, 0.1, 0.6, 0.1, 0.1, 0, 0].map((x) => x + 1e-6),
      ]),
      3,
    );
    const labels = [...path].map((i) => L[i]);
    expect(labels[0]).toBe('B-PER');
    expect(labels.slice(1)).toEqual(['I-PER', 'I-PER']);
    // I-LOC after B-PER is not allowed
    const p2 = d.decode(
      logp([
        [0.05, 0.9, 0.01, 0.01, 0.01, 0.01, 0.01],
        [0.3, 0.01, 0.01, 0.01, 0.6, 0.04, 0.03],
      ]),
      2,
    );
    expect([...p2].map((i) => L[i])).not.toContain('I-LOC');
  });
  it('finds the best valid path, as brute force over every path does', () => {
    const d = createBioDecoder(L);
    const rand = lcg(7);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + (trial % 4);
      const scores = Float32Array.from({ length: n * L.length }, () => rand() * 6 - 3);
      const bestPath = bruteForceBest(d.tags, n, (t, c) => scores[t * L.length + c]!);
      expect([...d.decode(scores, n)]).toEqual(bestPath);
    }
  });
  it('with transition scores, finds the best valid path over log-probabilities plus transitions, as brute force does', () => {
    const rand = lcg(11);
    const n = L.length;
    const trans = randomTransitions(rand, n, 2);
    const d = createBioDecoder(L, trans);
    for (let trial = 0; trial < 40; trial++) {
      const len = 1 + (trial % 4);
      const logits = Float32Array.from({ length: len * n }, () => rand() * 6 - 3);
      // per-token constants cancel out: raw logits decode as their log-softmax rows do
      const lp = Array.from({ length: len }, (_, t) => {
        const row = Array.from(logits.subarray(t * n, t * n + n));
        const lz = Math.log(row.reduce((a, v) => a + Math.exp(v), 0));
        return row.map((v) => v - lz);
      });
      const bestPath = bruteForceBest(d.tags, len, (t, c) => lp[t]![c]!, trans);
      expect([...d.decode(logits, len)]).toEqual(bestPath);
    }
  });
  it('lets a transition penalty on O -> B-PER turn a marginal entity back into O', () => {
    const rows = logp([
      [0.9, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01],
      [0.45, 0.5, 0.01, 0.01, 0.01, 0.01, 0.01],
      [0.9, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01],
    ]);
    expect([...createBioDecoder(L).decode(rows, 3)].map((i) => L[i])).toEqual(['O', 'B-PER', 'O']);
    const trans = L.map((_, p) => L.map((_, c) => (p === 0 && c === 1 ? -1 : 0)));
    expect([...createBioDecoder(L, trans).decode(rows, 3)].map((i) => L[i])).toEqual(['O', 'O', 'O']);
  });
  it('starts no I- label at a break, and finds the best path under that rule as brute force does', () => {
    const rows = logp([
      [0.05, 0.9, 0.01, 0.01, 0.01, 0.01, 0.01],
      [0.05, 0.02, 0.9, 0.01, 0.01, 0.005, 0.005],
      [0.3, 0.1, 0.55, 0.01, 0.01, 0.02, 0.01],
    ]);
    const d = createBioDecoder(L);
    expect([...d.decode(rows, 3)].map((i) => L[i])).toEqual(['B-PER', 'I-PER', 'I-PER']);
    expect([...d.decode(rows, 3, [0, 0, 1])].map((i) => L[i])).toEqual(['B-PER', 'I-PER', 'O']);
    const rand = lcg(5);
    const n = L.length;
    const trans = randomTransitions(rand, n, 1);
    const dt = createBioDecoder(L, trans);
    for (let trial = 0; trial < 30; trial++) {
      const len = 2 + (trial % 3);
      const scores = Float32Array.from({ length: len * n }, () => rand() * 6 - 3);
      const breaks = Array.from({ length: len }, () => (rand() < 0.4 ? 1 : 0));
      const emit = (t: number, c: number) => (breaks[t] && dt.tags[c]!.prefix === 'I' ? -1e9 : scores[t * n + c]!);
      expect([...dt.decode(scores, len, breaks)]).toEqual(bruteForceBest(dt.tags, len, emit, trans));
    }
  });
  it('rejects transition scores of the wrong shape', () => {
    expect(() => createBioDecoder(L, [[0, 0]])).toThrow(/7 x 7/);
    expect(() =>
      createBioDecoder(
        L,
        L.map(() => L.map(() => Number.NaN)),
      ),
    ).toThrow(/finite/);
  });
  it('groups a path into entities, dropping types outside the record', () => {
    const d = createBioDecoder(L);
    const groups = groupTags(d.tags, [1, 2, 0, 3, 4, 4, 5, 6, 2]);
    expect(groups).toEqual([
      { from: 0, to: 2, type: 'PERSON' },
      { from: 3, to: 6, type: 'LOC' },
      { from: 8, to: 9, type: 'PERSON' },
    ]);
  });
});
