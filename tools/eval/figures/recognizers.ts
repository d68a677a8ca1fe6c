/**
 * The peer: Microsoft Recognizers-Text (Chinese models) read into the record's fields, for
 * side-by-side accuracy and speed. A dev dependency, loaded lazily; never used by the stage.
 */
import type { RefDate } from '../../../dist/extract/normalize/types.js';

export interface PeerResult {
  start: number;
  /** exclusive */
  end: number;
  model: string;
  kind: string;
  value: number | string | null;
  unit: string | null;
  currency: string | null;
  granularity: string | null;
}

interface ModelResult {
  start: number;
  end: number;
  text: string;
  typeName: string;
  resolution: Record<string, unknown> | null;
}
type Recognize = (query: string, culture: string, options?: unknown, ref?: Date) => ModelResult[];
export interface Recognizers {
  culture: string;
  models: Array<[string, Recognize]>;
}

export async function loadRecognizers(): Promise<Recognizers> {
  const R = (await import('@microsoft/recognizers-text-suite')) as unknown as Record<string, unknown> & { Culture: { Chinese: string } };
  const names = [
    'recognizeCurrency',
    'recognizePercentage',
    'recognizeDimension',
    'recognizeTemperature',
    'recognizeOrdinal',
    'recognizeNumber',
    'recognizeDateTime',
  ];
  return { culture: R.Culture.Chinese, models: names.map((n) => [n, R[n] as Recognize]) };
}

const UNIT: Record<string, string> = {
  'Square kilometer': 'km²',
  Kilometer: 'km',
  Meter: 'm',
  'Square meter': 'm²',
  Centimeter: 'cm',
  Millimeter: 'mm',
  Ton: 't',
  Kilogram: 'kg',
  Gram: 'g',
  Hectare: 'ha',
  Mu: '亩',
  Kilowatt: 'kW',
  Megawatt: 'MW',
  'Kilowatt hour': 'kWh',
  Liter: 'L',
  'Cubic meter': 'm³',
  'Nautical mile': 'nmi',
  Mile: 'mi',
  C: '°C',
  'Degree Celsius': '°C',
  Terabyte: 'TB',
  'Kilometer per hour': 'km/h',
  Decibel: 'dB',
  Hour: 'h',
  Day: 'd',
  Month: 'mo',
  Year: 'a',
  Minute: 'min',
  Second: 's',
  Jin: '斤',
};

const p2 = (n: number) => String(n).padStart(2, '0');

/** A Recognizers TIMEX (with its resolved values) as our ISO value and granularity. */
function readTimex(res: Record<string, unknown> | null, ref: RefDate | null): { value: string | null; granularity: string | null } {
  const v = (res?.values as Array<Record<string, string>> | undefined)?.[0];
  if (!v) return { value: null, granularity: null };
  const t = v.timex ?? '';
  const off = ref?.offset ?? '+08:00';
  let m: RegExpExecArray | null;
  if (/^\d{4}$/.test(t)) return { value: t, granularity: 'year' };
  if (/^\d{4}-\d{2}$/.test(t)) return { value: t, granularity: 'month' };
  if (/^XXXX-\d{2}$/.test(t)) return { value: v.start?.slice(0, 7) ?? null, granularity: 'month' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { value: t, granularity: 'day' };
  if (/^XXXX-\d{2}-\d{2}$/.test(t)) return { value: v.value ?? null, granularity: 'day' };
  if (/^\d{4}-W\d{2}$/.test(t)) return { value: t, granularity: 'week' };
  if ((m = /^(\d{4}-\d{2}-\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2}))?$/.exec(t))) {
    const gran = m[4] ? 'second' : m[3] ? 'minute' : 'hour';
    return { value: `${m[1]}T${m[2]}:${m[3] ?? '00'}${m[4] ? `:${m[4]}` : ''}${off}`, granularity: gran };
  }
  if ((m = /^T(\d{2})(?::(\d{2}))?(?::(\d{2}))?$/.exec(t))) {
    const gran = m[3] ? 'second' : m[2] ? 'minute' : 'hour';
    const day = ref ? `${ref.year}-${p2(ref.month)}-${p2(ref.day)}` : null;
    return { value: day && `${day}T${m[1]}:${m[2] ?? '00'}${m[3] ? `:${m[3]}` : ''}${off}`, granularity: gran };
  }
  if ((m = /^\((\d{4})-(\d{2})-01,\d{4}-\d{2}-01,P(3|6)M\)$/.exec(t))) {
    const mo = Number(m[2]);
    if (m[3] === '3' && mo % 3 === 1) return { value: `${m[1]}-Q${(mo + 2) / 3}`, granularity: 'quarter' };
    if (m[3] === '6' && (mo === 1 || mo === 7)) return { value: `${m[1]}-H${mo === 1 ? 1 : 2}`, granularity: 'half' };
  }
  return { value: null, granularity: null };
}

/** Every result of every model over `text`, as record fields (offsets end-exclusive). */
export function runRecognizers(rec: Recognizers, text: string, ref: RefDate | null): PeerResult[] {
  const refDate = ref ? new Date(ref.year, ref.month - 1, ref.day, ref.hour, ref.minute) : new Date();
  const out: PeerResult[] = [];
  for (const [name, fn] of rec.models) {
    const results = name === 'recognizeDateTime' ? fn(text, rec.culture, undefined, refDate) : fn(text, rec.culture);
    for (const r of results) {
      const res = r.resolution;
      const base = { start: r.start, end: r.end + 1, model: name };
      if (name === 'recognizeDateTime') {
        const { value, granularity } = readTimex(res, ref);
        out.push({ ...base, kind: 'DATE', value, unit: null, currency: null, granularity });
        continue;
      }
      const raw = res?.value;
      const num = typeof raw === 'string' ? Number(raw.replace('%', '')) : null;
      const value = num !== null && Number.isFinite(num) ? num : null;
      if (name === 'recognizeCurrency')
        out.push({ ...base, kind: 'MONEY', value, unit: null, currency: (res?.isoCurrency as string) ?? null, granularity: null });
      else if (name === 'recognizePercentage') out.push({ ...base, kind: 'PERCENT', value, unit: '%', currency: null, granularity: null });
      else if (name === 'recognizeDimension' || name === 'recognizeTemperature') {
        const u = String(res?.unit ?? '');
        out.push({ ...base, kind: 'QUANTITY', value, unit: UNIT[u] ?? u, currency: null, granularity: null });
      } else if (name === 'recognizeOrdinal') out.push({ ...base, kind: 'ORDINAL', value, unit: null, currency: null, granularity: null });
      else out.push({ ...base, kind: 'CARDINAL', value, unit: null, currency: null, granularity: null });
    }
  }
  return out;
}

const PRIORITY = [
  'recognizeCurrency',
  'recognizePercentage',
  'recognizeTemperature',
  'recognizeDimension',
  'recognizeOrdinal',
  'recognizeNumber',
];

/** The peer's answer for the expression at [start, end): the overlapping result with most overlap, specific models first. */
export function pickPeer(results: PeerResult[], start: number, end: number, wantDate: boolean): PeerResult | null {
  let best: PeerResult | null = null;
  let bestScore = -1;
  for (const r of results) {
    if ((r.model === 'recognizeDateTime') !== wantDate) continue;
    const ov = Math.min(end, r.end) - Math.max(start, r.start);
    if (ov <= 0) continue;
    const score = ov * 10 + (PRIORITY.length - Math.max(0, PRIORITY.indexOf(r.model)));
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}
