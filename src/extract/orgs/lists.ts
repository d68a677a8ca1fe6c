/**
 * Coordinated lists in a sentence (A、B、C和D; A和B等): where their members begin and end, read off
 * jieba's words, and where the words after the list begin. What a list says of its members is read
 * in coordination.ts.
 */
import type { Token } from '../../record/schema.js';
import { LIST_COMPANY_CUES } from './data/kinds.js';
import { lexiconNames } from './lexicon.js';
import { HELD_UNDER } from './data/cues.js';
import { HAN_ONLY } from './data/word-classes.js';

const LAST_SEPARATOR = /^(和|与|及|以及|或|或者)$/;
/** Words that end a member's reach to the left or right: verbs, idioms (北京现代 | 紧随其后), and punctuation. */
const STOP_POS = /^(v|vd|vi|vshi|vyou|w|uj|ul|uz|ug|uv|ud|y|e|o|i)$/;
/** Words trimmed off a member's outer edge: 在北京 is the member 北京. */
const EDGE_POS = /^(p|c|d|r|u[a-z]*|m|mq|q|f|t|tg)$/;
/** Punctuation, symbols and white space: no member's word. */
export const PUNCT = /^[\p{P}\p{S}\s]+$/u;
/** A word jieba reads as a time that the lexicon knows as a name (现代/t, Hyundai): it ends a member (北京 + 现代), no time trimmed off. */
const isNameAsTime = (t: Token): boolean => t.pos === 't' && lexiconNames().has(t.text);

export interface Member {
  start: number;
  end: number;
}

/** A count of establishments (三家, 两所), of teams (两支) or of the big ones (三大) closes the list before it: 蔚来、小鹏、理想 | 三家车企, …新浪 | 三大门户网站. */
const COUNTED_TOKEN = /^[两三四五六七八九十几数0-9]+[家所大支]$/;

/** Prepositions and conjunctions that start a clause before a list's first member (经营者同 | 浙江). */
const CLAUSE_WORDS = /^(同|与|跟|和|及|对|向|把|被|由|在|为|给|让)$/;
export const LIST_CLOSERS = /^(等|等等)$/;
const POSSESSIVE = '的';
/** What only companies own (股价), and what a body holds (旗下): either ends the last member before it. */
const COMPANY_CUE_SET: ReadonlySet<string> = new Set([...LIST_COMPANY_CUES, ...HELD_UNDER]);
const isStop = (t: Token): boolean =>
  PUNCT.test(t.text) ||
  (STOP_POS.test(t.pos) && !/^[A-Za-z]/.test(t.text)) ||
  LIST_CLOSERS.test(t.text) ||
  COUNTED_TOKEN.test(t.text) ||
  t.pos === 'c' ||
  CLAUSE_WORDS.test(t.text);

/**
 * jieba cuts a name it does not know into an unknown word and a one-character word it tags
 * as it would anywhere (唯品 + 会/v): that character still belongs to the name.
 */
function splitUnknown(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a]!;
  const before = tokens[a - 1];
  // A conjunction or a preposition after the unknown word (广汽 + 与) is the sentence's, not the name's.
  if (LAST_SEPARATOR.test(t.text) || CLAUSE_WORDS.test(t.text)) return false;
  return (
    t.text.length === 1 && !PUNCT.test(t.text) && !!before && before.end === t.start && before.pos === 'x' && HAN_ONLY.test(before.text)
  );
}

const LINKING_PARTICLE = '之';
/** 之 glued between two pieces of a name (月 + 之 + 暗面): the particle is inside the name, as in 天之骄子. */
function linksName(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a]!;
  const before = tokens[a - 1];
  const after = tokens[a + 1];
  return (
    t.text === LINKING_PARTICLE &&
    !!before &&
    !!after &&
    before.end === t.start &&
    t.end === after.start &&
    HAN_ONLY.test(before.text) &&
    HAN_ONLY.test(after.text)
  );
}
/** The tags jieba gives the pieces of a foreign name it does not know whole. */
const NAME_PIECE_POS = /^(nz|nr|nrt|x|eng)$/;
const isSeparator = (t: Token | undefined): boolean => !!t && (t.text === '、' || LAST_SEPARATOR.test(t.text));
const isNamePiece = (t: Token | undefined): boolean => !!t && HAN_ONLY.test(t.text) && !isStop(t);
/**
 * jieba reads a character of a name it does not know as a one-character verb (名创优 + 品/v, 喜/v +
 * 茶): at a member's outer edge, between a separator and a piece of the name it is glued to, it is
 * part of the name (a verb of the sentence stands after the last member, not between it and a 、).
 */
function edgeChars(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, k) => {
    if (t.text.length !== 1 || t.pos !== 'v' || !HAN_ONLY.test(t.text)) return;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const gluedPrev = !!prev && prev.end === t.start && isNamePiece(prev);
    const gluedNext = !!next && t.end === next.start && isNamePiece(next);
    if ((next?.text === '、' && gluedPrev) || (isSeparator(prev) && gluedNext)) out.add(k);
    // Inside a foreign name jieba does not know, beside a piece it read as a name (英国 + 塞/v + 文安/nz + 特伦特):
    // a verb of the sentence stands beside words jieba knows (率/v + 中共中央/nt).
    else if (gluedPrev && gluedNext && (NAME_PIECE_POS.test(prev.pos) || NAME_PIECE_POS.test(next.pos))) out.add(k);
  });
  return out;
}

/**
 * A brand jieba reads as a verb (联想/v), listed between two separators or before 等 (海尔、联想、TCL等,
 * 戴尔、惠普和联想等):
 * a member, not the sentence's verb, which never stands between a 、 and the next one.
 */
function listedVerbs(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, k) => {
    if (t.text.length < 2 || !/^v[di]?$/.test(t.pos) || !HAN_ONLY.test(t.text)) return;
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    if (prev?.text === '、' && (isSeparator(next) || LIST_CLOSERS.test(next?.text ?? ''))) out.add(k);
    // 戴尔、惠普和联想等: the last member, after the list's conjunction, closed by 等.
    if (prev && LAST_SEPARATOR.test(prev.text) && LIST_CLOSERS.test(next?.text ?? '') && tokens[k - 3]?.text === '、') out.add(k);
  });
  return out;
}

/**
 * A measure word with no number or pointing word before it counts nothing: jieba cut it off a
 * name it does not know (名/q + 创优 + 品, the list's first member).
 */
function opensUnknownName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.pos !== 'q' || t.text.length !== 1 || !HAN_ONLY.test(t.text)) return false;
  return (!prev || !/^(m|mq|r)$/.test(prev.pos)) && !!next && t.end === next.start && isNamePiece(next);
}

/** Where a member ends: before a 等 that jieba glued to its last character (海关 + 局等/x). */
const memberEnd = (t: Token): number =>
  t.pos === 'x' && t.text.length >= 2 && t.text.endsWith('等') && HAN_ONLY.test(t.text) ? t.end - 1 : t.end;

/** A list's members and where the words after it begin. */
export interface FoundList {
  members: Member[];
  after: number;
  /** Two members a conjunction joins (A和B等品牌), which says less than 、 does. */
  pair?: boolean;
}

/**
 * A list's first member, read back from the separator at `sep` to punctuation or a verb, outer
 * function words trimmed: `stop` is the token that stopped it (-1 at the text's start), `start` its
 * first token (`sep` when there is none).
 */
function firstMember(tokens: readonly Token[], sep: number, isStopAt: (k: number) => boolean): { stop: number; start: number } {
  let a = sep - 1;
  while (a >= 0 && (!isStopAt(a) || splitUnknown(tokens, a) || linksName(tokens, a)) && tokens[sep - 1]!.end - tokens[a]!.start <= 10) a--;
  let s = a + 1;
  while (s < sep && EDGE_POS.test(tokens[s]!.pos) && !opensUnknownName(tokens, s) && !linksName(tokens, s + 1) && !linksName(tokens, s))
    s++;
  return { stop: a, start: s };
}

/**
 * The one member before a 等 at token `k` that no list holds (阿里巴巴 | 等企业): read back as a list's
 * first member is, or null when nothing stands there.
 */
export function memberBefore(tokens: readonly Token[], k: number): Member | null {
  const { start } = firstMember(tokens, k, (j) => isStop(tokens[j]!));
  return start < k ? { start: tokens[start]!.start, end: memberEnd(tokens[k - 1]!) } : null;
}

/** Lists as runs of members between 、 (the last pair joined by 和, 与, 及 or 、), and pairs closed by 等. */
export function lists(text: string, tokens: Token[]): FoundList[] {
  const out: FoundList[] = [];
  const edges = new Set([...edgeChars(tokens), ...listedVerbs(tokens)]);
  // What only companies own (…和新疆屯河 | 股价) ends the last member, one noun with it or not.
  const isStopAt = (k: number): boolean => (isStop(tokens[k]!) && !edges.has(k)) || COMPANY_CUE_SET.has(tokens[k]!.text);
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i]!.text !== '、') {
      i++;
      continue;
    }
    const s = firstMember(tokens, i, isStopAt).start;
    const members: Member[] = [];
    if (s < i) members.push({ start: tokens[s]!.start, end: tokens[i - 1]!.end });
    // Middle members: whatever stands between two 、; the last after 、 or a final 和.
    let j = i + 1;
    for (;;) {
      let k = j;
      // A 等 glued to a member's last character (网等/x) closes the list as 等 alone would.
      while (
        k < tokens.length &&
        tokens[k]!.text !== '、' &&
        !LAST_SEPARATOR.test(tokens[k]!.text) &&
        !isStopAt(k) &&
        !(k > j && memberEnd(tokens[k - 1]!) < tokens[k - 1]!.end)
      )
        k++;
      let e = k - 1;
      while (e >= j && EDGE_POS.test(tokens[e]!.pos) && !isNameAsTime(tokens[e]!)) e--;
      if (e < j) break;
      members.push({ start: tokens[j]!.start, end: memberEnd(tokens[e]!) });
      const sep = tokens[k];
      if (sep && (sep.text === '、' || LAST_SEPARATOR.test(sep.text)) && k === e + 1) {
        j = k + 1;
        continue;
      }
      j = k;
      break;
    }
    // After a 等 glued to the last member (网等/x), the words after the list begin at that 等.
    const last = members.at(-1);
    const after = last && text[last.end] === '等' && tokens[j - 1]?.end === last.end + 1 ? last.end : (tokens[j - 1]?.end ?? text.length);
    if (members.length >= 2) out.push({ members, after });
    i = Math.max(j, i + 1);
  }
  return [...out, ...closedPairs(tokens, out, isStopAt)];
}

/**
 * 路易威登和古驰等奢侈品牌, 中石油与中石化等企业: two members a conjunction joins, closed by 等 or by what only
 * companies own (九城和网易 | 的股价), are a list too (without either, 和 joins anything: 北京和上海的企业).
 */
function closedPairs(tokens: readonly Token[], found: readonly FoundList[], isStopAt: (k: number) => boolean): FoundList[] {
  const out: FoundList[] = [];
  const listed = (pos: number): boolean => found.some((l) => l.members[0]!.start <= pos && pos < l.after);
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!LAST_SEPARATOR.test(tokens[k]!.text) || listed(tokens[k]!.start)) continue;
    const { stop: a, start: s } = firstMember(tokens, k, isStopAt);
    let e = k + 1;
    while (e < tokens.length && !isStopAt(e) && !LAST_SEPARATOR.test(tokens[e]!.text) && tokens[e]!.end - tokens[k + 1]!.start <= 10) e++;
    // 北大、清华等高校 | 以及 | 中国科学院等: what a list closer leads is the class of the list before, no member.
    // …和网易 | 的股价: what only companies own closes the pair as 等 does.
    // One word each side, as short names are (影响及EA | 最新的财报 joins a noun of the sentence and a phrase).
    const owned =
      s === k - 1 &&
      e === k + 2 &&
      (COMPANY_CUE_SET.has(tokens[e]?.text ?? '') || (tokens[e]?.text === POSSESSIVE && COMPANY_CUE_SET.has(tokens[e + 1]?.text ?? '')));
    if (s >= k || e === k + 1 || !(LIST_CLOSERS.test(tokens[e]?.text ?? '') || owned) || LIST_CLOSERS.test(tokens[a]?.text ?? '')) continue;
    out.push({
      members: [
        { start: tokens[s]!.start, end: tokens[k - 1]!.end },
        { start: tokens[k + 1]!.start, end: memberEnd(tokens[e - 1]!) },
      ],
      after: tokens[e - 1]!.end,
      pair: true,
    });
  }
  return out;
}

/**
 * Spans ("start:end") of list members with at least two other members of their list of which
 * `like` holds: their neighbours show what they are (a power company among four others; a fruit
 * among everyday words).
 */
export function membersBeside(found: readonly { members: Member[] }[], like: (m: Member) => boolean, atLeast = 2): Set<string> {
  const out = new Set<string>();
  for (const { members } of found) {
    const liked = members.map(like);
    const count = liked.filter(Boolean).length;
    members.forEach((m, k) => {
      if (count - (liked[k] ? 1 : 0) >= atLeast) out.add(`${m.start}:${m.end}`);
    });
  }
  return out;
}
