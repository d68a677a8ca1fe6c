/**
 * Merging the NER model's figure and date spans with the grammar's. A model span the
 * grammar reads whole (alone, leniently, and where it stands in the text) is used with
 * the grammar's value; where the two disagree the longer well-formed span wins. A model
 * date the grammar cannot read is kept with value null (近日: a date, just not one we can
 * resolve); a model figure the grammar cannot give a value to is dropped: 一线 (a city
 * tier), 三维, 下一步, "2+2+N", 十四五 are names and set phrases, not quantities (README,
 * "Not figures").
 */
import type { Entity, EntityType } from '../../record/schema.js';
import { parseFigureAt } from './figures.js';
import { HAS_NUMERAL, isHan } from './numbers.js';
import { scan } from './scan.js';
import type { ScanContext, Span } from './types.js';
import {
  DIGIT_HEADS,
  DURATION_UNIT_CODES,
  ERAS,
  isChineseNumeralChar,
  LONE_ONE,
  PERIOD_LEADS,
  STOP_PHRASES,
  TIME_WORD_VERBS,
  VAGUE_DATE_WORDS,
} from './tables.js';

export const FIGURE_TYPES: ReadonlySet<EntityType> = new Set(['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL']);
export const DATE_TYPES: ReadonlySet<EntityType> = new Set(['DATE', 'TIME']);

export interface MergedSpan {
  span: Span;
  source: string;
  score: number;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Read a model span on its own: one grammar span covering all of it, or null. */
function readWhole(text: string, e: Entity, ctx: ScanContext): Span | null {
  const sub = text.slice(e.start, e.end);
  const spans = scan(sub, { ...ctx, lenient: true });
  if (spans.length !== 1) return null;
  const s = spans[0]!;
  if (s.start !== 0 || s.end !== sub.length) return null;
  // read alone, 2.0 is a number; in 深圳2.0升级版 or G20 it is a version or a code
  if (s.what !== 'figure') return { ...s, start: e.start, end: e.end };
  const inPlace = parseFigureAt(text, e.start, { ...ctx, lenient: true });
  if (!inPlace) return null;
  // 三次|产业: a set phrase (data/modifiers.json stopPhrases) the model span is cut out of
  if ((STOP_PHRASES.match(text, e.start)?.end ?? 0) > e.end) return null;
  // (日本|一圆|): the currency may depend on the words before the span
  const currency = inPlace.kind === 'MONEY' && s.kind === 'MONEY' ? inPlace.currency : s.currency;
  return { ...s, start: e.start, end: e.end, currency };
}

/**
 * Whether a model date the grammar cannot read is a time expression at all: one with a number
 * in it (80年代初, 三年来), or a deictic time word, season or festival (data/vague-dates.json).
 * The rest are names and relations (现代, 后来, 童年, 南宋), dropped: on 300 sampled dev-page
 * spans, 40 of the 91 wrong ones were such words.
 */
function isTimeExpression(text: string): boolean {
  // 一朝, 一时, 一时间, (这)一年: a lone 一 and no other number is an adverb or an article, not a time
  if (LONE_ONE.has(text[0]!) && !HAS_NUMERAL.test(text.slice(1))) return false;
  // 庚子年八(国联军): a numeral at the end of a span that is more than numerals starts the next word
  if (endsInStrayNumeral(text)) return false;
  return HAS_NUMERAL.test(text) || VAGUE_DATE_WORDS.has(text);
}

/**
 * 庚子年八(国联军): one Chinese digit closing a span, glued to a Han word, starts the next word.
 * Heads that take one digit (初八, 周三) are data; 正月十五 and 大年三十 end in more than one.
 */
function endsInStrayNumeral(t: string): boolean {
  const last = t.at(-1);
  const before = t.at(-2);
  if (last === undefined || before === undefined || !isChineseNumeralChar(last) || !/[一二三四五六七八九]/.test(last)) return false;
  return isHan(before) && !isChineseNumeralChar(before) && !DIGIT_HEADS.has(before);
}

/** 一事当前，/ 大敌当前。: a time word that is a verb after its subject and before a pause ("lies ahead"), not "now". */
function isVerbReading(text: string, e: Entity): boolean {
  if (!TIME_WORD_VERBS.words.has(text.slice(e.start, e.end))) return false;
  const before = text[e.start - 1] ?? '';
  return isHan(before) && !TIME_WORD_VERBS.prepositions.has(before) && TIME_WORD_VERBS.pauses.has(text[e.end] ?? '');
}

/** A model date the grammar cannot read: kept, unresolved. Figures are not kept (see above). */
function unreadableDate(text: string, e: Entity): Span {
  const kind = e.type as 'DATE' | 'TIME';
  // 残|唐五代: the era's prefix belongs to the span
  const start = ERAS.dynasties.has(text[e.start]!) && ERAS.prefixes.has(text[e.start - 1] ?? '') ? e.start - 1 : e.start;
  return { what: 'date', kind, start, end: e.end, value: null, valueMax: null, granularity: null, relative: false };
}

/** 旧石器时代|晚期: a part of a period right after the name of an era ends that name; alone it is no date. */
function cutFromEra(text: string, e: Entity, chosen: MergedSpan[]): boolean {
  if (!ERAS.periodParts.has(text.slice(e.start, e.end)) || !ERAS.nameEnds.has(text[e.start - 1] ?? '')) return false;
  return !chosen.some((c) => c.span.end === e.start);
}

/** 未来|五年: a time word right before a length qualifies it; the length is the figure, the word alone no date. */
function leadsLength(text: string, e: Entity, chosen: MergedSpan[]): boolean {
  if (!PERIOD_LEADS.has(text.slice(e.start, e.end))) return false;
  return chosen.some((c) => c.span.start === e.end && c.span.what === 'figure' && DURATION_UNIT_CODES.has(c.span.unit ?? ''));
}

export function mergeSpans(text: string, modelEntities: Entity[], ruleSpans: Span[], ctx: ScanContext): MergedSpan[] {
  const model = modelEntities
    .filter((e) => (FIGURE_TYPES.has(e.type) || DATE_TYPES.has(e.type)) && e.end > e.start && e.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let chosen: MergedSpan[] = ruleSpans.map((span) => ({ span, source: 'rule', score: 1 }));
  for (const e of model) {
    // A lone Chinese numeral the model calls a number (三 in 三哥, 四 in "六、四", 八 in 八卦) counts nothing.
    if (FIGURE_TYPES.has(e.type) && e.end - e.start === 1 && /[零〇一二三四五六七八九十两]/.test(text[e.start]!)) continue;
    const whole = readWhole(text, e, ctx);
    const hits = chosen.filter((c) => overlaps(c.span, e));
    const fromModel = { source: e.source === 'rule' ? 'rule' : 'model', score: e.score };
    // 约为400至1000年|前: a model figure that stops inside the grammar's date has cut the date's 前/后 off
    // “十五”: a model figure the grammar reads, in place, as a date just as long (a five-year plan) is that date
    const cutsDate =
      whole?.what === 'figure' &&
      hits.some((h) => h.span.what === 'date' && (h.span.end > e.end || (h.span.start <= e.start && h.span.end >= e.end)));
    if (whole && !cutsDate) {
      const longest = Math.max(0, ...hits.map((h) => h.span.end - h.span.start));
      const covered = hits.every((h) => h.span.start >= e.start && h.span.end <= e.end);
      if (covered || whole.end - whole.start >= longest) {
        // the model's span is well-formed and at least as long: it replaces what it overlaps
        chosen = chosen.filter((c) => !hits.includes(c));
        chosen.push({ span: whole, ...fromModel });
        continue;
      }
    }
    if (hits.length > 0) {
      // the grammar's span is the longer well-formed one; the model found it too
      for (const h of hits) {
        if (h.source === 'rule') {
          h.source = fromModel.source;
          h.score = e.score;
        }
      }
      continue;
    }
    if (
      !whole &&
      DATE_TYPES.has(e.type) &&
      isTimeExpression(text.slice(e.start, e.end)) &&
      !isVerbReading(text, e) &&
      !cutFromEra(text, e, chosen) &&
      !leadsLength(text, e, chosen)
    )
      chosen.push({ span: unreadableDate(text, e), ...fromModel });
  }
  return chosen.sort((a, b) => a.span.start - b.span.start);
}
