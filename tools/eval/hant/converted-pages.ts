/**
 * eval:orgs' dev pages in Traditional: each page's decoded HTML through OpenCC (cn → twp,
 * cn → hk), its charset declaration rewritten to UTF-8 and re-encoded so, in memory only, and
 * its gold names converted the same way; the organisation lists scored as eval:orgs scores
 * them, next to the Simplified pages from the same run. OpenCC's tables are not fully
 * reversible, so a name the page writes one way after conversion and the gold another is lost:
 * this is a floor.
 */
import * as OpenCC from 'opencc-js';
import type { Pipeline } from '../../../dist/pipeline/pipeline.js';
import { decode } from '../../../dist/ingest/decode.js';
import { loadArticles, loadGold, type Article } from '../orgs/orgs-eval.js';
import { micro, scoreArticle, type Micro } from '../orgs/score.js';

/** The supplied plain-text article is not a page: eval:orgs scores the pages apart from it. */
const SAMPLE_ID = '000_fc3af1410bc2c826';

export type PageConversion = 'twp' | 'hk';

export interface ConvertedPagesResult {
  pages: number;
  simplified: Micro;
  twp: Micro;
  hk: Micro;
}

/** The declared charset, wherever the page declares it, now says what the bytes are. */
export function declareUtf8(html: string): string {
  return html
    .replace(/(<meta\b[^>]*?charset\s*=\s*["']?)[\w.:-]+/gi, '$1utf-8')
    .replace(/(<\?xml\b[^>]*?encoding\s*=\s*["'])[\w.:-]+/i, '$1utf-8');
}

export function convertPage(bytes: Uint8Array, to: (s: string) => string): Uint8Array {
  return Buffer.from(declareUtf8(to(decode(bytes).text)), 'utf8');
}

async function scorePages(
  pipeline: Pipeline,
  pages: Article[],
  gold: Map<string, string[]>,
  to: ((s: string) => string) | null,
): Promise<Micro> {
  const scores = [];
  for (const a of pages) {
    const bytes = to ? convertPage(a.bytes, to) : a.bytes;
    const names = (gold.get(a.id) ?? []).map((n) => (to ? to(n) : n));
    const r = await pipeline.process({ bytes, kind: a.kind, uri: a.uri });
    scores.push(scoreArticle(a.id, names, r.organizations));
  }
  return micro(scores);
}

export async function evalConvertedPages(pipeline: Pipeline, dataDir: string, goldDir: string): Promise<ConvertedPagesResult | null> {
  const gold = loadGold(goldDir);
  const pages = loadArticles(dataDir, new Set(gold.keys())).filter((a) => a.id !== SAMPLE_ID && a.kind === 'html');
  if (!pages.length) return null;
  return {
    pages: pages.length,
    simplified: await scorePages(pipeline, pages, gold, null),
    twp: await scorePages(pipeline, pages, gold, OpenCC.Converter({ from: 'cn', to: 'twp' })),
    hk: await scorePages(pipeline, pages, gold, OpenCC.Converter({ from: 'cn', to: 'hk' })),
  };
}

const line = (label: string, m: Micro): string =>
  `${label.padEnd(22)} organisations P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;

export function formatConvertedPages(r: ConvertedPagesResult): string {
  const d = (m: Micro): string => `, ${((m.f1 - r.simplified.f1) * 100).toFixed(1)} points`;
  return (
    `converted dev pages: ${r.pages} (eval:orgs' pages)\n` +
    `${line('Simplified (as given)', r.simplified)}\n` +
    `${line('cn → twp', r.twp)}${d(r.twp)}\n` +
    `${line('cn → hk', r.hk)}${d(r.hk)}\n`
  );
}
