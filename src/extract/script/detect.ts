/**
 * Which Chinese script an article is written in. A character counts for Traditional when
 * OpenCC's Traditional-to-Simplified tables change it (國, 們), for Simplified when the
 * Simplified-to-Traditional tables do (国, 们); shared characters (中, 人) count for neither.
 * Of the characters that count, a share of 80 % or more decides the script; between 20 % and
 * 80 % either way is `mixed` (a Simplified article quoting a Taiwan document, a page with a
 * Traditional sidebar); fewer than MIN_COUNTED counting characters with any Han text is read
 * as Simplified, and no Han text as no script (null).
 */
import * as OpenCC from 'opencc-js';

export type Script = 'Hans' | 'Hant' | 'mixed';

export const SCRIPT_MAJORITY = 0.8;
export const MIN_COUNTED = 4;

const HAN = /\p{Script=Han}/u;
const NOT_HAN = /[^\p{Script=Han}]+/gu;

let toS: ((s: string) => string) | null = null;
let toT: ((s: string) => string) | null = null;
const kinds = new Map<string, number>();

/** 1: changes to Simplified (a Traditional form), 2: changes to Traditional (a Simplified form), 0: neither. */
function kindOf(ch: string): number {
  let k = kinds.get(ch);
  if (k === undefined) {
    const s = (toS ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
    const t = (toT ??= OpenCC.Converter({ from: 'cn', to: 'hk' }));
    k = (s(ch) !== ch ? 1 : 0) | (t(ch) !== ch ? 2 : 0);
    // A character both ways (乾/干 pairs) says nothing.
    if (k === 3) k = 0;
    kinds.set(ch, k);
  }
  return k;
}

export interface ScriptCounts {
  han: number;
  traditional: number;
  simplified: number;
}

export function countScript(text: string): ScriptCounts {
  const counts = { han: 0, traditional: 0, simplified: 0 };
  for (const ch of text.replace(NOT_HAN, '')) {
    counts.han++;
    const k = kindOf(ch);
    if (k === 1) counts.traditional++;
    else if (k === 2) counts.simplified++;
  }
  return counts;
}

export function detectScript(text: string): Script | null {
  if (!HAN.test(text)) return null;
  const { traditional, simplified } = countScript(text);
  const counted = traditional + simplified;
  if (counted < MIN_COUNTED) return traditional > simplified ? 'Hant' : 'Hans';
  const share = traditional / counted;
  return share >= SCRIPT_MAJORITY ? 'Hant' : share <= 1 - SCRIPT_MAJORITY ? 'Hans' : 'mixed';
}
