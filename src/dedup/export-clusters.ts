/**
 * Clusters for `export --dedup`: unlike a batch or a worker, an export sees the whole store
 * before it writes, so it re-ranks. A cluster's representative is its earliest record by
 * `publishedAt` (undated ones last), then the longest text, then the smallest id; every
 * record, in that order, joins the cluster of its most similar better-ranked record at or
 * over the threshold, or starts its own.
 */
import type { NewsRecord } from '../record/schema.js';
import { fingerprint } from './fingerprint.js';
import { MemoryDedupIndex } from './memory-index.js';

export interface ExportClusters {
  /** Each record's representative, or null for a representative. */
  representativeOf: Map<string, string | null>;
  /** How many clusters have each size (1 = a record with no duplicate). */
  sizes: Map<number, number>;
}

interface Ranked {
  id: string;
  publishedAt: number;
  length: number;
  sig: Uint32Array;
}

const better = (a: Ranked, b: Ranked): number =>
  a.publishedAt - b.publishedAt || b.length - a.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function exportClusters(records: AsyncIterable<NewsRecord>, threshold: number): Promise<ExportClusters> {
  const all: Ranked[] = [];
  for await (const r of records) {
    const t = r.publishedAt ? Date.parse(r.publishedAt) : NaN;
    all.push({ id: r.id, publishedAt: Number.isFinite(t) ? t : Number.MAX_SAFE_INTEGER, length: r.text.length, sig: fingerprint(r.text) });
  }
  all.sort(better);
  const index = new MemoryDedupIndex(threshold);
  const representativeOf = new Map<string, string | null>();
  const members = new Map<string, number>();
  for (const r of all) {
    const rep = index.assign(r.id, r.sig);
    representativeOf.set(r.id, rep);
    const head = rep ?? r.id;
    members.set(head, (members.get(head) ?? 0) + 1);
  }
  const sizes = new Map<number, number>();
  for (const n of members.values()) sizes.set(n, (sizes.get(n) ?? 0) + 1);
  return { representativeOf, sizes };
}

/** "1×900, 2×40, 3×5": how many clusters of each size. */
export const describeSizes = (sizes: Map<number, number>): string =>
  [...sizes]
    .sort((a, b) => a[0] - b[0])
    .map(([size, n]) => `${size}×${n}`)
    .join(', ');
