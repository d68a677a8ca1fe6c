/**
 * Scores for the content evaluation: bag-of-tokens precision/recall/F1 after removing all
 * white space (characters for Chinese, words for English), and author/date matching.
 */
import { squash } from '../../../dist/ingest/text-key.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Characters (Chinese) or lower-cased words (English), white space never a token. */
export function tokens(text: string, mode: 'chars' | 'words'): string[] {
  if (mode === 'chars') return Array.from(text.replace(/\s+/gu, ''));
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Chinese ground truth is scored by characters, anything else by words. */
export function modeFor(truth: string): 'chars' | 'words' {
  const han = truth.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const latinWords = truth.match(/[A-Za-z]+/g)?.length ?? 0;
  return han > latinWords ? 'chars' : 'words';
}

export function prf(predicted: string, truth: string): Prf {
  const mode = modeFor(truth);
  const want = new Map<string, number>();
  const truthTokens = tokens(truth, mode);
  for (const t of truthTokens) want.set(t, (want.get(t) ?? 0) + 1);
  const predTokens = tokens(predicted, mode);
  let overlap = 0;
  for (const t of predTokens) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      want.set(t, n - 1);
    }
  }
  const precision = predTokens.length ? overlap / predTokens.length : 0;
  const recall = truthTokens.length ? overlap / truthTokens.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** A ground-truth date as "YYYY-MM-DD" or "YYYY-MM" (month-precise truths), or null when there is none. */
export function truthDate(raw: string | undefined | null): string | null {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?/.exec(raw ?? '');
  if (!m) return null;
  const pad = (s: string): string => s.padStart(2, '0');
  return m[3] ? `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3])}` : `${m[1]}-${pad(m[2] ?? '')}`;
}

/** Whether a predicted ISO date matches a truth at the truth's precision (day, or month). */
export function dateMatches(predicted: string | null | undefined, truth: string): boolean {
  return !!predicted && predicted.slice(0, truth.length) === truth;
}

export function truthAuthors(raw: string | undefined | null): string[] | null {
  if (!raw || /^(?:unknown|unknwon)$/i.test(raw.trim())) return null;
  const names = raw
    .split(/[\s、,，;；/]+|\band\b/)
    .map(squash)
    .filter(Boolean);
  return names.length ? names : null;
}

/** Authors match when the sets of names are equal (white space and case ignored). */
export function authorsMatch(predicted: readonly string[], truth: readonly string[]): boolean {
  const p = new Set(
    predicted
      .flatMap((a) => a.split(/[\s、,，;；/]+/))
      .map(squash)
      .filter(Boolean),
  );
  const t = new Set(truth);
  return p.size === t.size && [...t].every((n) => p.has(n));
}
