/**
 * Times of day: [上午|下午|晚上…] H(时|点)[M分|半][S秒], or H:MM(:SS); and the datetime
 * value they make with a date ("2021-10-15T10:00+08:00").
 */
import type { Granularity } from '../../record/schema.js';
import { execAt, fmt, validDate } from './calendar.js';
import { asciiDigit, readNumber } from './numbers.js';
import { DAY_PARTS, HOUR_NOT_AFTER, LONE_ONE } from './tables.js';
import type { DateSpan, RefDate } from './types.js';

export function span(
  i: number,
  end: number,
  value: string | null,
  granularity: Granularity | null,
  relative: boolean,
  kind: 'DATE' | 'TIME' = 'DATE',
): DateSpan {
  return { what: 'date', kind, start: i, end, value, valueMax: null, granularity, relative };
}

/** A range or period (上半年, 十四五, 1-8月): `value` at its start, `valueMax` at its end, both null when unresolved. */
export function period(
  i: number,
  end: number,
  from: string | null,
  to: string | null,
  granularity: Granularity,
  relative: boolean,
): DateSpan {
  const ok = from !== null && to !== null;
  return { what: 'date', kind: 'DATE', start: i, end, value: ok ? from : null, valueMax: ok ? to : null, granularity, relative };
}

/** A small whole number (a month, a day, an hour) at j. */
export function intAt(text: string, j: number, max: number): { v: number; end: number } | null {
  const n = readNumber(text, j, false);
  if (!n || n.value === null || !Number.isInteger(n.value) || n.value > max || n.hasBigUnit) return null;
  if (n.script === 'arabic' && n.raw.length > 2) return null;
  return { v: n.value, end: n.end };
}

const CLOCK = /(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?![\d:：])/;
/** 时 followed by these is a noun (时间, 时代, 时期), not o'clock. */
const NOT_HOUR_AFTER = new Set([...'间代期候刻速尚常段装效差区节']);

export interface Clock {
  end: number;
  h: number;
  min: number;
  s: number | null;
  gran: Granularity;
}

/** [上午|下午…] H(时|点)[M分|半][S秒] or H:MM(:SS) at j. */
export function parseClock(text: string, j: number, requireMarker: boolean): Clock | null {
  const dp = DAY_PARTS.match(text, j);
  let k = dp ? dp.end : j;
  let h: number;
  let min = 0;
  let s: number | null = null;
  let gran: Granularity = 'hour';
  const hit = asciiDigit(text[k - 1]) < 0 && asciiDigit(text[k]) >= 0 ? execAt(CLOCK, text, k) : null;
  const c = hit?.m;
  if (hit && c) {
    h = Number(c[1]);
    min = Number(c[2]);
    s = c[3] === undefined ? null : Number(c[3]);
    gran = s === null ? 'minute' : 'second';
    k = hit.end;
  } else {
    const hn = intAt(text, k, 24);
    if (!hn) return null;
    const mark = text[hn.end];
    // 一时 alone is "for a while" (一时难得), like 一日 is "one day": one o'clock is 1时 or 凌晨一时
    if (!dp && mark === '时' && hn.end === k + 1 && LONE_ONE.has(text[k]!)) return null;
    if (mark === '时' && !NOT_HOUR_AFTER.has(text[hn.end + 1] ?? '')) k = hn.end + 1;
    else if (mark === '点') k = hn.end + 1;
    else return null;
    h = hn.v;
    if (text[k] === '半') {
      min = 30;
      gran = 'minute';
      k++;
    } else {
      const mn = intAt(text, k, 59);
      if (mn && text[mn.end] === '分') {
        min = mn.v;
        gran = 'minute';
        k = mn.end + 1;
        const sn = intAt(text, k, 59);
        if (sn && text[sn.end] === '秒') {
          s = sn.v;
          gran = 'second';
          k = sn.end + 1;
        }
      } else if (text[k] === '整' || text[k] === '钟') k++;
    }
    // 一分为二时: a bare hour after a verb of becoming is "when it becomes two", not two o'clock
    if (mark === '时' && !dp && gran === 'hour' && HOUR_NOT_AFTER.has(text[j - 1] ?? '')) return null;
    if (mark === '点' && !dp && gran === 'hour' && requireMarker && text[k - 1] !== '钟' && text[k - 1] !== '整') return null;
  }
  if (!dp && requireMarker && !c && text[k - 1] === '点') return null;
  if (dp?.value.pm && h < 12) h += 12;
  else if (dp?.value.noon && h < 11) h += 12;
  else if (dp && dp.word === '凌晨' && h === 12) h = 0;
  if (h > 24 || min > 59 || (h === 24 && min > 0) || (s !== null && s > 59)) return null;
  return { end: k, h, min, s, gran };
}

export function timeValue(y: number | null, m: number | null, d: number | null, c: Clock, ref: RefDate | null): string | null {
  if (y === null || m === null || d === null || !validDate(y, m, d)) return null;
  return fmt.time(y, m, d, c.h, c.min, c.s, ref?.offset ?? '+08:00');
}
