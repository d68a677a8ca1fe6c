/**
 * Traditional Chinese to Simplified with every offset kept: OpenCC's own dictionaries and
 * chain (opencc-js: tw2sp for Taiwan, with its phrases; hk2s for Hong Kong and the rest),
 * applied stage by stage with longest matches, each match recorded. A match that keeps its
 * length maps character for character; one that does not (記憶體 → 内存) maps only its edges,
 * so a span inside it widens to the whole phrase. The models and word lists read the
 * Simplified text; every span they find is mapped back to the page's own characters.
 */
import * as OpenCC from 'opencc-js';

export type Region = 'TW' | 'HK' | 'other';

interface Piece {
  s0: number;
  s1: number;
  d0: number;
  d1: number;
}

/** One stage's pieces, in order, covering source and destination both. */
class StageMap {
  constructor(private readonly pieces: Piece[]) {}

  private at(i: number, end: boolean): Piece | undefined {
    const ps = this.pieces;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = ps[mid]!;
      if (end ? i <= p.d0 : i < p.d0) hi = mid - 1;
      else if (end ? i > p.d1 : i >= p.d1) lo = mid + 1;
      else return p;
    }
    return undefined;
  }

  back(i: number, end: boolean): number {
    const p = this.at(i, end);
    if (!p) return i === 0 ? 0 : (this.pieces.at(-1)?.s1 ?? i);
    if (p.s1 - p.s0 === p.d1 - p.d0) return p.s0 + (i - p.d0);
    return end ? p.s1 : p.s0;
  }
}

export interface Converted {
  text: string;
  /** The original offset of a start (`end` false) or end offset in the converted text. */
  back(i: number, end: boolean): number;
}

type Trie = InstanceType<typeof OpenCC.Trie>;
const chains = new Map<string, Trie[]>();

/** OpenCC configurations this module runs (opencc-js's Locale.configs names). */
export type ConversionName = 'tw2sp' | 'hk2s' | 's2twp' | 's2hk';

function chain(name: ConversionName): Trie[] {
  let tries = chains.get(name);
  if (!tries) {
    const cfg = OpenCC.Locale.configs[name]!;
    const groups = [...((cfg as { normalizationChain?: readonly unknown[] }).normalizationChain ?? []), ...cfg.conversionChain];
    tries = groups.map((g) => {
      const t = new OpenCC.Trie();
      t.loadDictGroup(g as Parameters<Trie['loadDictGroup']>[0]);
      return t;
    });
    chains.set(name, tries);
  }
  return tries;
}

function runStage(trie: Trie, text: string): { out: string; map: StageMap } {
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let d = 0;
  for (let i = 0; i < text.length;) {
    const m = trie.matchPrefix(text, i);
    if (m && m.value !== text.slice(i, m.end)) {
      parts.push(m.value);
      pieces.push({ s0: i, s1: m.end, d0: d, d1: d + m.value.length });
      d += m.value.length;
      i = m.end;
      continue;
    }
    // Unchanged text: one piece per run, so the map stays small.
    const to = m ? m.end : i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    const last = pieces.at(-1);
    if (last && last.s1 === i && last.s1 - last.s0 === last.d1 - last.d0 && parts.length && last.d1 === d) {
      last.s1 = to;
      last.d1 = d + (to - i);
    } else pieces.push({ s0: i, s1: to, d0: d, d1: d + (to - i) });
    parts.push(text.slice(i, to));
    d += to - i;
    i = to;
  }
  return { out: parts.join(''), map: new StageMap(pieces) };
}

/** The Simplified text of `text` and the way back to its offsets. */
export function toSimplified(text: string, region: Region): Converted {
  return convertAligned(text, region === 'TW' ? 'tw2sp' : 'hk2s');
}

/** `text` through an OpenCC configuration, with the way back to its offsets. */
export function convertAligned(text: string, name: ConversionName): Converted {
  const maps: StageMap[] = [];
  let cur = text;
  for (const trie of chain(name)) {
    const { out, map } = runStage(trie, cur);
    maps.push(map);
    cur = out;
  }
  return {
    text: cur,
    back(i, end) {
      let x = i;
      for (let k = maps.length - 1; k >= 0; k--) x = maps[k]!.back(x, end);
      return x;
    },
  };
}
