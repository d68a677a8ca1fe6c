/**
 * The data tables (./data/*.json) turned into lookup structures. Everything here is
 * built once at module load and is read-only afterwards.
 */
import numerals from './data/numerals.json' with { type: 'json' };
import currencies from './data/currencies.json' with { type: 'json' };
import units from './data/units.json' with { type: 'json' };
import modifiers from './data/modifiers.json' with { type: 'json' };
import dates from './data/dates.json' with { type: 'json' };
import codes from './data/codes.json' with { type: 'json' };
import vagueDates from './data/vague-dates.json' with { type: 'json' };
import readings from './data/readings.json' with { type: 'json' };
import { Lexicon } from './lexicon.js';

export const DIGITS: ReadonlyMap<string, number> = new Map(Object.entries(numerals.digits));
export const SMALL_UNITS: ReadonlyMap<string, number> = new Map(Object.entries(numerals.smallUnits));
export const BIG_UNITS: ReadonlyMap<string, number> = new Map(Object.entries(numerals.bigUnits));
export const TENS: ReadonlyMap<string, number> = new Map(Object.entries(numerals.tens));
export const LONE_ONE: ReadonlySet<string> = new Set(numerals.loneOne);
export const DECIMAL_POINT = numerals.decimalPoint;

/** A lookup table by UTF-16 code unit, built once and never written afterwards. */
export function codeTable(chars: Iterable<string>): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

const NUMERAL_CODES = codeTable([...DIGITS.keys(), ...SMALL_UNITS.keys(), ...BIG_UNITS.keys(), ...TENS.keys()]);

/** Is `c` part of a Chinese numeral (digit, 十百千, 万亿, 廿卅)? */
export function isChineseNumeralChar(c: string | undefined): boolean {
  return c !== undefined && NUMERAL_CODES[c.charCodeAt(0)] === 1;
}

export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_CODES[code] === 1;
}

export type UnitKind = 'PERCENT' | 'MONEY' | 'QUANTITY' | 'CARDINAL';
export interface UnitInfo {
  kind: UnitKind;
  /** unit string (null for money) */
  unit: string | null;
  currency: string | null;
  /** multiply the number by this (成 -> 10) */
  scale: number;
  /** only after an Arabic number, and not followed by a Latin letter */
  ascii?: boolean;
}

const percentUnits: Array<[string, UnitInfo]> = [
  ['%', { kind: 'PERCENT', unit: '%', currency: null, scale: 1 }],
  ['％', { kind: 'PERCENT', unit: '%', currency: null, scale: 1 }],
  ['‰', { kind: 'PERCENT', unit: '‰', currency: null, scale: 1 }],
  ['个百分点', { kind: 'PERCENT', unit: 'pp', currency: null, scale: 1 }],
  ['百分点', { kind: 'PERCENT', unit: 'pp', currency: null, scale: 1 }],
];

/** Units written after a number: percent, currency, measures, classifiers. Longest match wins. */
export const UNITS = new Lexicon<UnitInfo>([
  ...Object.entries(units.quantity)
    .filter(([k]) => !k.startsWith('_'))
    .map(([k, u]) => [k, { kind: 'QUANTITY', unit: u, currency: null, scale: 1 }] as [string, UnitInfo]),
  ...Object.entries(units.ascii).map(
    ([k, u]) => [k, { kind: 'QUANTITY', unit: u, currency: null, scale: 1, ascii: true }] as [string, UnitInfo],
  ),
  ...units.classifiers.map((k) => [k, { kind: 'CARDINAL', unit: k, currency: null, scale: 1 }] as [string, UnitInfo]),
  ...Object.entries(currencies.suffix).map(([k, c]) => [k, { kind: 'MONEY', unit: null, currency: c, scale: 1 }] as [string, UnitInfo]),
  ...Object.entries(currencies.subunits).map(
    ([k, c]) => [k, { kind: 'MONEY', unit: null, currency: c.currency, scale: c.scale, ascii: 'afterArabic' in c }] as [string, UnitInfo],
  ),
  ...Object.entries(units.afterArabic).map(
    ([k, u]) => [k, { kind: u.kind as UnitKind, unit: u.unit, currency: null, scale: 1, ascii: true }] as [string, UnitInfo],
  ),
  ...percentUnits,
]);

/** 成 (tenths: 七成 -> 70 %): only after a Chinese digit or a small number. */
export const CHENG: UnitInfo = { kind: 'PERCENT', unit: '%', currency: null, scale: 10 };

export const CURRENCY_PREFIX = Lexicon.fromRecord<string>(currencies.prefix);
/** 日本一圆: the country whose 圆 a generic 圆 right after its name is (data/currencies.json countryYuan). */
export const COUNTRY_YUAN: ReadonlyMap<string, string> = new Map(Object.entries(currencies.countryYuan));
export const ORDINAL_HEADS: ReadonlySet<string> = new Set(units.ordinalHead);
export const CLASSIFIERS: ReadonlySet<string> = new Set(units.classifiers);

export type Bound = 'lower' | 'upper';
export type Mod = { approximate: boolean; bound: Bound | null };
export const PREFIX_MODS = new Lexicon<Mod>([
  ...modifiers.prefixApprox.map((w) => [w, { approximate: true, bound: null }] as const),
  ...modifiers.prefixLower.map((w) => [w, { approximate: false, bound: 'lower' }] as const),
  ...modifiers.prefixUpper.map((w) => [w, { approximate: false, bound: 'upper' }] as const),
]);
export const SUFFIX_MODS = new Lexicon<Mod>([
  ...modifiers.suffixApprox.map((w) => [w, { approximate: true, bound: null }] as const),
  ...modifiers.suffixLower.map((w) => [w, { approximate: false, bound: 'lower' }] as const),
  ...modifiers.suffixUpper.map((w) => [w, { approximate: false, bound: 'upper' }] as const),
]);
export const INNER_APPROX: ReadonlySet<string> = new Set(modifiers.innerApprox);
export const RANGE_SEPARATORS = Lexicon.fromList(modifiers.rangeSeparators);
export const STOP_PHRASES = Lexicon.fromList(modifiers.stopPhrases);

export const REL_YEARS = Lexicon.fromRecord<number>(dates.years);
export const REL_MONTHS = Lexicon.fromRecord<number>(dates.months);
export const REL_DAYS = Lexicon.fromRecord<number>(dates.days);
export const REL_WEEKS = Lexicon.fromRecord<number>(dates.weeks);
export type YearPart = { half?: number; quarter?: number; month?: number };
export const YEAR_PARTS = Lexicon.fromRecord<YearPart>(dates.yearParts as Record<string, YearPart>);
export const MONTH_PARTS = Lexicon.fromList(dates.monthParts);
export const STANDALONE_MONTH_PARTS = Lexicon.fromRecord<number>(dates.standaloneMonthParts);
export type DayPart = { pm?: boolean; noon?: boolean };
export const DAY_PARTS = Lexicon.fromRecord<DayPart>(dates.dayParts as Record<string, DayPart>);
export type DurationUnit = 'year' | 'month' | 'week' | 'day';
export const DURATION_UNITS = Lexicon.fromRecord<DurationUnit>(dates.durationUnits as Record<string, DurationUnit>);
export const DURATION_UNIT_WORDS: readonly string[] = Object.keys(dates.durationUnits);
/** The units of 三年前 / 两个月后 (data/dates.json durationUnits), as figure units (a, mo, wk, d). */
export const DURATION_UNIT_CODES: ReadonlySet<string> = new Set(
  DURATION_UNIT_WORDS.flatMap((w) => {
    const u = UNITS.match(w, 0);
    return u && u.end === w.length && u.value.unit ? [u.value.unit] : [];
  }),
);
export const BEFORE = Lexicon.fromList(dates.before);
export const AFTER = Lexicon.fromList(dates.after);
export const SINCE = Lexicon.fromList(dates.since);
/** 未来|五年: time words that qualify the length after them (data/dates.json periodLeads). */
export const PERIOD_LEADS: ReadonlySet<string> = new Set(dates.periodLeads);
export const DECADE: string = dates.decade;
export const AFTER_FUTURE = Lexicon.fromList(dates.afterFuture);
export const AFTER_PAST = Lexicon.fromList(dates.afterPast);
export const HOUR_NOT_AFTER: ReadonlySet<string> = new Set(dates.hourNotAfter);

export type FiveYearPlans = typeof dates.fiveYearPlans;
export const FIVE_YEAR_PLANS: FiveYearPlans = dates.fiveYearPlans;
export const PLAN_WORDS = Lexicon.fromList(dates.fiveYearPlans.planWords);
export const SAME_PERIOD = Lexicon.fromRecord<number>(dates.samePeriod);

export const VERSION_AFTER = Lexicon.fromList(codes.versionAfter);
export const DESIGNATION_NOT_AFTER: ReadonlySet<string> = new Set(codes.designationNotAfter);
export const LONE_ONE_DETERMINERS: ReadonlySet<string> = new Set(codes.loneOneDeterminers);
export const STANDARD_PREFIXES: readonly string[] = codes.standards;
export const VERSION_PREFIXES: readonly string[] = codes.versionPrefixes;
export const CODE_BEFORE: readonly string[] = codes.codeBefore;
export const CODE_LINKS: ReadonlySet<string> = new Set(codes.codeLinks);
export const ORDINAL_RANK_WORDS: ReadonlySet<string> = new Set(codes.ordinalRankWords);
export const LIST_MARKER_BEFORE: ReadonlySet<string> = new Set(codes.listMarkerBefore);
export const LIST_MARKER_AFTER: ReadonlySet<string> = new Set(codes.listMarkerAfter);
export const VAGUE_DATE_WORDS: ReadonlySet<string> = new Set([...vagueDates.deictic, ...vagueDates.seasons]);
export const TIME_WORD_VERBS = {
  words: new Set(vagueDates.verbs.words) as ReadonlySet<string>,
  prepositions: new Set(vagueDates.verbs.prepositions) as ReadonlySet<string>,
  pauses: new Set(vagueDates.verbs.pauses) as ReadonlySet<string>,
};
export const DIGIT_HEADS: ReadonlySet<string> = new Set(vagueDates.digitHeads);
/** 残唐五代, 旧石器时代晚期: words of era names around a model date (data/vague-dates.json eras). */
export const ERAS = {
  prefixes: new Set(vagueDates.eras.prefixes) as ReadonlySet<string>,
  dynasties: new Set(vagueDates.eras.dynasties) as ReadonlySet<string>,
  periodParts: new Set(vagueDates.eras.periodParts) as ReadonlySet<string>,
  nameEnds: new Set(vagueDates.eras.nameEnds) as ReadonlySet<string>,
};

/** 摄氏19.2度: the temperature scale before the number. */
export const TEMPERATURE_PREFIX = Lexicon.fromRecord<string>(units.temperaturePrefix);
/** 升息一码, 半码: steps of a quarter point after a rate verb (data/units.json rateSteps). */
export const RATE_STEP = { unit: units.rateSteps.unit, pp: units.rateSteps.pp, after: Lexicon.fromList(units.rateSteps.after) };
export const RATE_STEP_VERBS: readonly string[] = units.rateSteps.after;
/** 昨（14）日: the relative day words that take a bracketed day of the month. */
export const BRACKET_DAYS: ReadonlyMap<string, number> = new Map(Object.entries(dates.bracketDays));

/** 三位一体: a numeral followed by one of these is a set phrase (data/modifiers.json stopTails). */
export const STOP_TAILS = Lexicon.fromList(modifiers.stopTails);
/** 减负, 胜负: 负 after these makes a word, not a minus sign (data/readings.json). */
export const SIGN_NOT_AFTER: ReadonlySet<string> = new Set(readings.signNotAfter);
/** 零部件, 洞口: a zero written alone as a Chinese character counts nothing. */
export const LONE_ZERO: ReadonlySet<string> = new Set(readings.loneZero);
/** 15个人左右: the counted noun between a classifier and 左右. */
export const NOUN_BEFORE_APPROX = { max: readings.nounBeforeApprox.max, words: Lexicon.fromList(readings.nounBeforeApprox.words) };
/** 岁月中: a month part closing a word that ends in 月 is not a date. */
export const MONTH_PART_NOT_AFTER: ReadonlySet<string> = new Set(readings.monthPartNotAfter);
/** 如图41所示: a classifier followed by one of these characters is a particle (data/readings.json). */
export const PARTICLE_AFTER_UNIT: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(readings.particleAfterUnit).map(([u, cs]) => [u, new Set(cs)]),
);
/** 两个半岛: words starting with 半, where 半 after a classifier is not a half. */
export const HALF_WORDS = Lexicon.fromList(readings.halfWords);
/** 图208、268: enumeration marks that carry a label on to the next number. */
export const LABEL_LISTS: ReadonlySet<string> = new Set(readings.labelLists);
/** 最近的5000年: the first year that is a length, not a date (a millennium after publication). */
export function firstFarYear(ref: { year: number } | null): number {
  return ref ? ref.year + readings.farYears.after : readings.farYears.withoutDate;
}
