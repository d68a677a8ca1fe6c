/**
 * The span grammar's scanner: one pass over the text, trying the date grammar and the
 * figure grammar only where a figure or date can start (a digit, a numeral, or the
 * first character of a prefix word), keeping the longer match (a date on a tie).
 */
import { ROC_ERA, parseDateAt } from './dates.js';
import { parseFigureAt } from './figures.js';
import { asciiDigit, isHan } from './numbers.js';
import {
  codeTable,
  CURRENCY_PREFIX,
  DAY_PARTS,
  isChineseNumeralChar,
  isChineseNumeralCode,
  PREFIX_MODS,
  REL_DAYS,
  REL_MONTHS,
  REL_WEEKS,
  REL_YEARS,
  SAME_PERIOD,
  STANDALONE_MONTH_PARTS,
  STOP_PHRASES,
  TEMPERATURE_PREFIX,
  BRACKET_DAYS,
  YEAR_PARTS,
} from './tables.js';
import type { DateSpan, ScanContext, Span } from './types.js';
import { parseRefDate } from './calendar.js';
import { findCodes } from './codes.js';
import { resolveSamePeriods } from './same-period.js';
import { resolveBareDays } from './day-month.js';

const TRIGGERS: ReadonlySet<string> = new Set([
  ...'第首负-−近上数几百千半',
  ...ROC_ERA.slice(0, 1),
  ...PREFIX_MODS.firstChars(),
  ...CURRENCY_PREFIX.firstChars(),
  ...REL_YEARS.firstChars(),
  ...REL_MONTHS.firstChars(),
  ...REL_DAYS.firstChars(),
  ...REL_WEEKS.firstChars(),
  ...DAY_PARTS.firstChars(),
  ...STANDALONE_MONTH_PARTS.firstChars(),
  ...STOP_PHRASES.firstChars(),
  ...YEAR_PARTS.firstChars(),
  ...SAME_PERIOD.firstChars(),
  ...TEMPERATURE_PREFIX.firstChars(),
  ...BRACKET_DAYS.keys(),
]);

const START = codeTable([...TRIGGERS, ...'0123456789０１２３４５６７８９']);

function canStart(code: number): boolean {
  return START[code] === 1 || isChineseNumeralCode(code);
}

const SPACED = /[0-9０-９%％][ \u00a0\u3000]+[\u4e00-\u9fff%％]|[\u4e00-\u9fff][ \u00a0\u3000]+[0-9０-９]/;
const SPACE = /[ \u00a0\u3000]/;
const isDigitish = (c: string | undefined) => c !== undefined && /[0-9０-９%％]/.test(c);

/**
 * Spaces between a number and Chinese (3.5 亿元, 2021 年 10 月) taken out, with a map from
 * each index of the compact text to the original; null map when there is nothing to do.
 */
function compact(text: string): { text: string; map: number[] | null } {
  if (!SPACED.test(text)) return { text, map: null };
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (SPACE.test(text[i]!)) {
      let k = i;
      while (k < text.length && SPACE.test(text[k]!)) k++;
      const a = text[i - 1];
      const b = text[k];
      if ((isDigitish(a) && isHan(b)) || (isHan(a) && isDigitish(b) && b !== '%' && b !== '％')) {
        i = k - 1;
        continue;
      }
    }
    out += text[i];
    map.push(i);
  }
  return { text: out, map };
}

/** The spans the grammar finds in `text`, left to right, non-overlapping (offsets into `text`). */
export function scan(text: string, ctx: ScanContext): Span[] {
  const c = compact(text);
  const spans = scanCompact(c.text, ctx);
  const map = c.map;
  if (!map) return spans;
  return spans.map((s) => ({ ...s, start: map[s.start]!, end: map[s.end - 1]! + 1 }));
}

const RANGE_JOIN = /^\s*[至到\-—–~～]\s*$/;

/** After 10月11日至, the range's end resolves against its start, not against publishedAt. */
function rangeContext(text: string, last: DateSpan, i: number, ctx: ScanContext): ScanContext {
  if (last.value === null || !RANGE_JOIN.test(text.slice(last.end, i))) return ctx;
  const v = last.value.length === 7 ? `${last.value}-01` : last.value.slice(0, 10);
  const ref = parseRefDate(`${v}T00:00:00${ctx.ref?.offset ?? '+08:00'}`);
  return ref ? { ...ctx, ref, rangeEnd: true } : ctx;
}

function scanCompact(text: string, ctx: ScanContext): Span[] {
  const out: Span[] = [];
  const codes = findCodes(text);
  let nextCode = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!canStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // GB/T 1234-2008, V2.0, G20: names, not figures or dates
    while (nextCode < codes.length && codes[nextCode]![1] <= i) nextCode++;
    const code = codes[nextCode];
    if (code && code[0] <= i) {
      i = code[1];
      continue;
    }
    const c = text[i]!;
    const stop = STOP_PHRASES.match(text, i);
    if (stop && !text.startsWith('分之', i + 1)) {
      i = stop.end;
      continue;
    }
    const last = out.at(-1);
    const d = parseDateAt(text, i, last && last.what === 'date' ? rangeContext(text, last, i, ctx) : ctx);
    const f = parseFigureAt(text, i, ctx);
    const best = d && (!f || d.end >= f.end) ? d : f;
    if (best && best.end > i) {
      out.push(best);
      i = best.end;
      continue;
    }
    // skip the rest of a numeral that did not parse, so 十四五 does not yield 四五
    if (isChineseNumeralChar(c)) {
      while (i < n && isChineseNumeralChar(text[i])) i++;
    } else if (asciiDigit(c) >= 0) {
      while (i < n && (asciiDigit(text[i]) >= 0 || text[i] === '.' || text[i] === ',')) i++;
    } else i++;
  }
  resolveSamePeriods(text, out);
  resolveBareDays(text, out);
  return out;
}
