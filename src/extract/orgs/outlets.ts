/**
 * A news outlet named as the source of a story (新京报讯, 红星新闻记者, 央视新闻客户端): the words
 * before a source cue, ending with an outlet's kind. Today's outlets are named with everyday words
 * (澎湃新闻, 界面新闻, 上游新闻) that nothing else marks as a name; the cue does. What a reporter
 * covers (财经新闻记者) or where the paper sits (本报, 都市报) names no outlet.
 */
import type { Entity, Token } from '../../record/schema.js';
import { OUTLET_CUES, REPORTED_CUES } from './data/cues.js';
import { NEWS_FIELD_WORDS, NOT_OUTLETS, NOT_PAPERS, OUTLET_KINDS, PERIODICAL_KINDS } from './data/kinds.js';
import { isGenericOrgName, isMadeOf } from './generic.js';
import type { TokenIndex } from './token-index.js';
import { TITLE_CLOSERS, TITLE_OPENERS } from './data/sentence-words.js';

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const CUE = new RegExp(`(${alternation(OUTLET_CUES)})|(${alternation(REPORTED_CUES)})`, 'gu');
/** 据 + the outlet + 报道: the attribution opens with 据. */
const ATTRIBUTION = '据';
const KINDS = [...OUTLET_KINDS].sort((a, b) => b.length - a.length);
/** Words an outlet's name is made of: nouns, proper nouns, adjectives (新京报), numbers (21世纪), pronouns (每日经济新闻) and unknown words. */
const NAME_WORD_POS = /^(n|nz|nt|ns|nr|nrt|j|x|eng|a|m|g|vn|l|b|r)$/;
const NAME_WORD = /^[\u4e00-\u9fffA-Za-z0-9]+$/u;
const isNameWord = (t: Token): boolean => NAME_WORD_POS.test(t.pos) && NAME_WORD.test(t.text);
const MAX_NAME_CHARS = 8;
/** Words that point at an outlet without naming it (本报, 该报, 此台, 我台, 各报). */
const POINTING = /^[本该此我贵各某其这那]/u;
const OUTLET_SCORE = 0.75;

/** The run of name words ending at `end`, the token cut there (新闻 | 记者 of 新闻记者) included. */
function wordsBefore(index: TokenIndex, end: number): number {
  const i = index.endingAt(end);
  if (i >= 0) return index.runStart(i, end, isNameWord, MAX_NAME_CHARS);
  // A token runs across the cue (新闻记者): its part before the cue is the last name word.
  const j = index.reaching(end);
  return j < 0 ? end : index.runStart(j - 1, end, isNameWord, MAX_NAME_CHARS, index.tokens[j]!.start);
}

/** Whether the words before an outlet's kind say whose it is, not what it covers (红星 | 新闻, not 财经 | 新闻). */
const namesAnOutlet = (head: string): boolean => head.length > 0 && !POINTING.test(head) && !isMadeOf(head, NEWS_FIELD_WORDS);

/** The start of an outlet's name that ends at `end`, or -1 when the words there name none. */
function outletStart(text: string, index: TokenIndex, end: number, attributed: boolean): number {
  const before = text.slice(Math.max(0, end - MAX_NAME_CHARS), end);
  const kind = KINDS.find((k) => before.endsWith(k));
  if (!kind) return -1;
  // After 据 the name is all that stands before the cue (据 | 澎湃新闻 | 报道, 澎湃 a verb to jieba).
  const start = attributed ? text.lastIndexOf(ATTRIBUTION, end) + 1 : wordsBefore(index, end);
  if (
    (attributed && start === 0) ||
    !NAME_WORD.test(text.slice(start, end)) ||
    REPORTED_CUES.some((c) => text.startsWith(c, start)) ||
    end - start > MAX_NAME_CHARS ||
    !index.startsAt(start)
  )
    return -1;
  const name = text.slice(start, end);
  if (name.length <= kind.length || NOT_OUTLETS.some((w) => name.endsWith(w)) || isGenericOrgName(name)) return -1;
  // 周报 | 记者 names a periodical's kind, and a headline run into the dateline (…活动 | 本报讯) points at the paper.
  const head = name.slice(0, name.length - kind.length);
  return PERIODICAL_KINDS.includes(name) || POINTING.test(head.at(-1)!) || !namesAnOutlet(head) ? -1 : start;
}

/**
 * A periodical in title marks before a source cue (据《第一财经日报》报道, 《南方周末》记者): the marks bound the
 * name, whatever words it is made of (第一/m): an outlet's kind must end it, and it must name one.
 */
function titledOutlet(text: string, index: TokenIndex, cue: number): Entity | null {
  if (!TITLE_CLOSERS.includes(text[cue - 1] ?? '')) return null;
  const open = Math.max(...[...TITLE_OPENERS].map((o) => text.lastIndexOf(o, cue - 1)));
  const start = open + 1;
  const end = cue - 1;
  const name = text.slice(start, end);
  if (open < 0 || end - start > MAX_NAME_CHARS || !NAME_WORD.test(name)) return null;
  const kind = KINDS.find((k) => name.endsWith(k) && name.length > k.length);
  if (!kind || NOT_OUTLETS.some((w) => name.endsWith(w)) || isGenericOrgName(name) || PERIODICAL_KINDS.includes(name)) return null;
  if (!index.startsAt(start) || !index.endsAt(end)) return null;
  return { type: 'ORG', text: name, start, end, score: OUTLET_SCORE, source: 'outlet' };
}

/** An outlet's channel or app after a middle dot (新华日报·交汇点, 新京报·贝壳财经): one name as written. */
const CHANNEL_DOT = '·';

export function outletCandidates(text: string, index: TokenIndex): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(CUE)) {
    const attributed = !!m[2];
    const titled = titledOutlet(text, index, m.index);
    if (titled) {
      out.push(titled);
      continue;
    }
    const end = m.index;
    const channel = attributed ? -1 : wordsBefore(index, end);
    const parent = channel > 0 && channel < end && text[channel - 1] === CHANNEL_DOT ? outletStart(text, index, channel - 1, false) : -1;
    const start = parent >= 0 ? parent : outletStart(text, index, end, attributed);
    if (start < 0) continue;
    // 据路透社和美联社报道: outlets joined by a conjunction are each a source, read from where each ends.
    const ends = attributed ? conjunctEnds(text, start, end) : [end];
    for (const conjunctEnd of ends) {
      const from = ends.length > 1 ? outletStart(text, index, conjunctEnd, false) : start;
      if (from >= 0)
        out.push({
          type: 'ORG',
          text: text.slice(from, conjunctEnd),
          start: from,
          end: conjunctEnd,
          score: OUTLET_SCORE,
          source: 'outlet',
        });
    }
  }
  return out;
}

const CONJUNCTION = /[和与及、]/gu;
/** Where each conjunct ends in the words from `start` to `end`: before each conjunction, and at the end. */
function conjunctEnds(text: string, start: number, end: number): number[] {
  const ends = [...text.slice(start, end).matchAll(CONJUNCTION)].map((m) => start + m.index);
  return [...ends, end];
}

/** What a paper says (法国星期天报 | 说): a speech cue right after a paper's name. */
const PAPER_SAYS = /报(?=说|称|报道|援引|指出|评论|认为|写道)/gu;
/** How many characters a paper's name may have between its place and 报 (星期天, 每日电讯). */
const MAX_PAPER_HEAD_CHARS = 5;
const PAPER_HEAD = new RegExp(`^[\\u4e00-\\u9fff]{1,${MAX_PAPER_HEAD_CHARS}}$`, 'u');
const PAPER_WORD = '报';
const isPaperNameWord = (t: Token): boolean => /^(n|nz|nr|nrt|ns|nt|j|x|t|eng)$/.test(t.pos);

/**
 * A foreign paper named in translation, [country or city][name]报, and what it says after it
 * (法国星期天报说, 德国世界报称): the place and the words before 报 are the paper's name, as the
 * press reviews write them. Not a communiqué or a bulletin (公报, 通报), this paper (本报) or a
 * generic paper (大报): the name must follow a place jieba or the model reads.
 */
export function foreignPaperCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(PAPER_SAYS)) {
    const end = m.index + PAPER_WORD.length;
    const near = (p: { end: number }): boolean => p.end <= m.index && p.end >= m.index - MAX_PAPER_HEAD_CHARS;
    const place =
      entities.find((e) => e.type === 'LOC' && near(e)) ??
      index.within(m.index - MAX_PAPER_HEAD_CHARS - 4, m.index).find((t) => t.pos === 'ns' && near(t));
    if (!place) continue;
    const head = text.slice(place.end, m.index);
    if (!PAPER_HEAD.test(head) || POINTING.test(head) || isGenericOrgName(head + PAPER_WORD) || isMadeOf(head, NEWS_FIELD_WORDS)) continue;
    // Words of a name between the place and 报 (星期天, 世界), not a clause (发表的 | 公报) nor a kind of report (公报, 通报).
    if (NOT_PAPERS.some((w) => (head + PAPER_WORD).endsWith(w)) || !index.within(place.end, m.index).every(isPaperNameWord)) continue;
    // The place opens the phrase: nothing of a name before it (中国驻 | 法国 … is not the paper's).
    if (!index.startsAt(place.start)) continue;
    out.push({ type: 'ORG', text: text.slice(place.start, end), start: place.start, end, score: OUTLET_SCORE, source: 'outlet' });
  }
  return out;
}

/** 据TechCrunch报道, 据 Bloomberg 消息: a Latin name between 据 and 报道 is the story's source. */
const LATIN_SOURCE = new RegExp(
  `${ATTRIBUTION}\\s*([A-Za-z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&.'-]+){0,3})\\s*(?:${alternation(REPORTED_CUES)})`,
  'gu',
);
export function latinSourceCandidates(text: string): Entity[] {
  return [...text.matchAll(LATIN_SOURCE)].map((m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    return { type: 'ORG' as const, text: m[1]!, start, end: start + m[1]!.length, score: OUTLET_SCORE, source: 'outlet' };
  });
}
