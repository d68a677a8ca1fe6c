/**
 * Figures with a grammar of their own, tried before the general one (figures.ts): a
 * temperature whose scale word stands before the number (摄氏19.2度) and a Taiwan rate step
 * (升息一码). Neither fits [prefix] number [unit]; parseFigureAt reaches them only past a
 * one-character table lookup, so the general path pays nothing for them.
 */
import type { FigureSpan } from './types.js';
import { finiteOrNull, readNumber } from './numbers.js';
import { RATE_STEP, RATE_STEP_VERBS, TEMPERATURE_PREFIX } from './tables.js';
import { isSign } from './signs.js';

/** 摄氏19.2度, 华氏98度: the scale before the number, 度 after it. */
export function parseTemperature(text: string, i: number): FigureSpan | null {
  const t = TEMPERATURE_PREFIX.match(text, i);
  if (!t) return null;
  const neg = text[t.end] === '零' && text[t.end + 1] === '下' ? 2 : isSign(text, t.end) ? 1 : 0;
  const n = readNumber(text, t.end + neg, false);
  if (!n || n.value === null || text[n.end] !== '度') return null;
  const v = neg ? neg0(n.value) : n.value;
  return {
    what: 'figure',
    kind: 'QUANTITY',
    start: i,
    end: n.end + 1,
    value: v,
    valueMax: null,
    unit: t.value,
    currency: null,
    approximate: false,
    bound: null,
  };
}

const neg0 = (v: number): number => 0 - v;

/** 升息一码, 降息半码 (Taiwan): steps of a quarter of a percentage point, only after a rate verb. */
export function parseRateStep(text: string, i: number): FigureSpan | null {
  if (!RATE_STEP_VERBS.some((w) => text.startsWith(w, i - w.length))) return null;
  const n = text[i] === '半' ? null : readNumber(text, i, false);
  let steps = text[i] === '半' ? 0.5 : (n?.value ?? null);
  let k = n ? n.end : i + 1;
  if (steps === null || !text.startsWith(RATE_STEP.unit, k)) return null;
  k += RATE_STEP.unit.length;
  if (text[k] === '半' && n) {
    steps += 0.5; // 一码半
    k++;
  }
  const v = finiteOrNull(steps * RATE_STEP.pp);
  return {
    what: 'figure',
    kind: 'PERCENT',
    start: i,
    end: k,
    value: v,
    valueMax: null,
    unit: 'pp',
    currency: null,
    approximate: false,
    bound: null,
  };
}
