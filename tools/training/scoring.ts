/** Exact-span precision / recall / F1 per label. */
export type Gold = { start: number; end: number; type: string };
export type Counts = { tp: number; fp: number; fn: number };

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Add one sentence's result; only types in `annotated` count (others are not labelled in the gold). */
export function score(table: Map<string, Counts>, gold: readonly Gold[], pred: readonly Gold[], annotated: ReadonlySet<string>): void {
  const key = (s: Gold) => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(gold.filter((s) => annotated.has(s.type)).map(key));
  const p = new Set(pred.filter((s) => annotated.has(s.type)).map(key));
  const get = (t: string) => {
    let c = table.get(t);
    if (!c) table.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const k of p) {
    const t = k.split(':')[2]!;
    if (g.has(k)) get(t).tp++;
    else get(t).fp++;
  }
  for (const k of g) if (!p.has(k)) get(k.split(':')[2]!).fn++;
}

export function sum(table: ReadonlyMap<string, Counts>, types: readonly string[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    const x = table.get(t);
    if (x) {
      c.tp += x.tp;
      c.fp += x.fp;
      c.fn += x.fn;
    }
  }
  return c;
}
