/**
 * Organisation lists scored the way the gold lists are written: per article, a set of
 * distinct names. A predicted entry counts with its aliases (the gold names each form on its
 * own), so one entry can match several gold names.
 */
export interface OrgPrediction {
  name: string;
  aliases?: string[];
}
export interface SourcedEntity {
  type: string;
  text: string;
  source: string;
}
export interface ArticleScore {
  id: string;
  gold: string[];
  predicted: string[];
  tp: string[];
  fp: string[];
  fn: string[];
  sources?: Record<string, string>;
}
export interface Micro {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Names compare after white space is removed: the gold texts were copied by hand. */
export const nameKey = (s: string): string => s.replace(/\s+/g, '');

export function scoreArticle(id: string, gold: string[], predicted: OrgPrediction[]): ArticleScore {
  const goldKeys = new Map(gold.map((g) => [nameKey(g), g]));
  const predKeys = new Map<string, string>();
  for (const p of predicted) for (const form of [p.name, ...(p.aliases ?? [])]) predKeys.set(nameKey(form), form);
  const tp = [...predKeys.keys()].filter((k) => goldKeys.has(k)).map((k) => goldKeys.get(k)!);
  const fp = [...predKeys.entries()].filter(([k]) => !goldKeys.has(k)).map(([, v]) => v);
  const fn = [...goldKeys.entries()].filter(([k]) => !predKeys.has(k)).map(([, v]) => v);
  return { id, gold, predicted: [...predKeys.values()], tp, fp, fn };
}

export function micro(scores: ArticleScore[]): Micro {
  const tp = scores.reduce((a, s) => a + s.tp.length, 0);
  const fp = scores.reduce((a, s) => a + s.fp.length, 0);
  const fn = scores.reduce((a, s) => a + s.fn.length, 0);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * The held-out third: chosen by a hash of the page id, fixed before any tuning, so that no
 * rule can be fitted to it. First hex digit of sha256(id) in 0–4 (5/16 of ids).
 */
export function isHeldOut(idHashHex: string): boolean {
  return parseInt(idHashHex[0] ?? 'f', 16) < 5;
}
