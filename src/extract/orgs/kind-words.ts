/**
 * Kind words as jieba's tokens hold them: a token that ends with one (教育厅, 研究所) or is one
 * standing after a noun (交通运输 | 局). Shared by the structure of names and the repair of
 * model spans.
 */
import type { Entity, Token } from '../../record/schema.js';
import { KIND_WORDS, NOT_KINDS, PARTY_BRANCHES } from './data/kinds.js';
import type { TokenIndex } from './token-index.js';

/** A set phrase (l) this long that ends with a kind is a name, not an idiom. */
export const LONG_PHRASE_CHARS = 5;
const POSSESSIVE = '的';
/** Kinds that are everyday verbs too (组织: to organise). */
const VERB_KINDS: ReadonlySet<string> = new Set(['组织']);
/**
 * What follows a verb and never a name: an aspect particle (了, 着, 过) or an object opened by a
 * figure, a distinguishing word or a pronoun (大批, 大型, 这些). Not a noun: 绿色和平组织 | 成员.
 */
const VERB_FOLLOWERS = /^(ul|uz|ug|b|m|mq|r)$/;
/** Adverbs and verbs: what goes before a verb, not a body's name. */
const VERB_MANNER = /^(d|ad|vd|v|vn)$/;

export const KINDS = [...KIND_WORDS].sort((a, b) => b.length - a.length);
/**
 * The kinds by the character they end with, longest first: a name or token ending otherwise ends with
 * none (most do; kindHits reads every token).
 */
export const KINDS_BY_LAST: ReadonlyMap<string, readonly string[]> = KINDS.reduce(
  (m, k) => m.set(k.at(-1)!, [...(m.get(k.at(-1)!) ?? []), k]),
  new Map<string, string[]>(),
);

export interface KindHit {
  start: number;
  end: number;
  kind: string;
}

/** A noun or set phrase of three characters or more that ends with a kind word (合作社/l, 基金会/n). */
const endsWithKindWord = (t: Token): boolean =>
  t.text.length >= 2 &&
  /^(n|l|nt|nz|j)$/.test(t.pos) &&
  ((KINDS_BY_LAST.get(t.text.at(-1)!) ?? []).some((k) => t.text.endsWith(k)) || PARTY_BRANCHES.some((b) => t.text.endsWith(b)));

/**
 * The kind word a token ends with, when it is one: the token is a noun or abbreviation
 * ending with it, or the kind itself.
 */
export function tokenKind(text: string, t: Token, prev?: Token, next?: Token): string | null {
  if (!KINDS_BY_LAST.has(text[t.end - 1] ?? '')) return null;
  // 为市民 | 组织/v | 了, 统一 | 组织/v | 大型运动会: a kind jieba reads as a verb, with its aspect or its object after it, is the verb.
  if (VERB_KINDS.has(t.text) && t.pos === 'v' && next && next.start === t.end && VERB_FOLLOWERS.test(next.pos)) return null;
  // 统一/vn | 组织/v, 精心/d | 组织/v: one read as a verb after a manner word or another verb is the verb too.
  if (VERB_KINDS.has(t.text) && t.pos === 'v' && prev && prev.end === t.start && VERB_MANNER.test(prev.pos)) return null;
  // 合作社 | 组织/v | 社员, 战区 | 组织/v: one read as a verb right after a word that ends with a kind (or is one) is that body's verb.
  if (VERB_KINDS.has(t.text) && t.pos === 'v' && prev && prev.end === t.start && endsWithKindWord(prev)) return null;
  if (NOT_KINDS.some((w) => t.text.endsWith(w) && w !== '俱乐部')) return null;
  for (const k of KINDS) {
    if (t.end - k.length < 0 || !text.startsWith(k, t.end - k.length)) continue;
    // A one-character kind closes a word of three or more (教育厅), never one of two (部署);
    // standing alone it needs a noun right before it (交通运输 | 局, not 从严治 | 党).
    if (k.length === 1 && t.text.length === 2) return null;
    if (k.length === 1 && t.text === k && !(prev && prev.end === t.start && prev.text.length >= 2 && /^(n|nz|nt|ns|j)$/.test(prev.pos)))
      return null;
    // 党的建设, 党的领导: 党 standing alone before 的 is the Party itself, not the end of a name (机关 | 党的).
    if (k.length === 1 && t.text === k && text[t.end] === POSSESSIVE) return null;
    // jieba's dictionary holds some long names as set phrases (人事部人事考试中心/l).
    const nounLike = /^(n|j)/.test(t.pos) || (t.pos === 'l' && t.text.length >= LONG_PHRASE_CHARS);
    return t.text === k || (t.text.endsWith(k) && nounLike) ? k : null;
  }
  return null;
}

/** Kind words ending at a token boundary, the longest at each end. */
export function kindHits(text: string, tokens: Token[]): KindHit[] {
  const hits: KindHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const k = tokenKind(text, t, tokens[i - 1], tokens[i + 1]);
    if (k) hits.push({ start: t.end - k.length, end: t.end, kind: k });
  }
  return hits;
}

/** The kind of tokens[i], with the token before it for a kind standing alone. */
export const kindAt = (text: string, tokens: Token[], i: number): string | null =>
  i >= 0 ? tokenKind(text, tokens[i]!, tokens[i - 1], tokens[i + 1]) : null;

export const endsWithKind = (text: string, e: Entity, index: TokenIndex): boolean => {
  const i = index.endingAt(e.end, e.start);
  return i >= 0 ? kindAt(text, index.tokens, i) !== null : KINDS.some((k) => e.text.endsWith(k));
};
