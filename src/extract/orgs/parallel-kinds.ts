/**
 * Two bodies of one kind joined by a conjunction (可口可乐公司和百事公司, 澜涛集团与飞鱼集团): when
 * one is a sure organisation, the other, named with the same kind, is one too, however everyday
 * the word before its kind (百事). What a conjunction joins is of one kind, and here the writer
 * spelled the kind out twice, which outweighs the model's person inside the name (迈凯轮 of
 * 迈凯轮车队和威廉姆斯车队). An industry word does as a kind does (吉利汽车和长城汽车), and a company
 * named by one industry or group word is joined to a company named by another (平安保险和紫金矿业,
 * 保利地产和绿地集团).
 */
import type { Entity, Token } from '../../record/schema.js';
import { PARALLEL_KINDS } from './data/kinds.js';
import { INDUSTRY_WORDS } from './data/industries.js';
import { isAllGeneric, isGenericOrgName, kindOf } from './generic.js';
import type { TokenIndex } from './token-index.js';
import { isSure } from './vouching.js';
import { retypeOrPlace } from './spans.js';

/** What ends a company's short name: its industry, or its group word (绿地 + 集团, 顺丰 + 控股). */
const COMPANY_ENDINGS: readonly string[] = [...INDUSTRY_WORDS, '集团', '控股'];
/** Not 、: a list's members are the list step's. */
const JOINING = ['以及', '和', '与', '及'];
/** The other body's name before its kind: one or two words, no more than a short name holds (six characters). */
const HAN_HEAD = /^[\u4e00-\u9fff]{1,6}$/u;
/** As sure as a list a word for organisations ends (CUED_LIST_SCORE): the text spells the kind out. */
const PARALLEL_SCORE = 0.9;

function candidate(text: string, start: number, end: number, kind: string): Entity | null {
  const head = text.slice(start, end - kind.length);
  if (!HAN_HEAD.test(head) || isAllGeneric(head) || isGenericOrgName(text.slice(start, end))) return null;
  return { type: 'ORG', text: text.slice(start, end), start, end, score: PARALLEL_SCORE, source: 'list' };
}

/** The span of one word ending with the kind (百事公司), or of one word and the kind after it (飞鱼 | 集团). */
function namedWith(kind: string, word: Token | undefined, next: Token | undefined): { start: number; end: number } | null {
  if (!word) return null;
  if (word.text.endsWith(kind) && word.text.length > kind.length) return word;
  return next && next.text === kind && next.start === word.end ? { start: word.start, end: next.end } : null;
}

function parallelKindCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  const { tokens } = index;
  for (const o of entities) {
    if (!isSure(o)) continue;
    const kind = kindOf(o.text) ?? INDUSTRY_WORDS.find((w) => o.text.endsWith(w)) ?? null;
    if (!kind || !(PARALLEL_KINDS.includes(kind) || INDUSTRY_WORDS.includes(kind)) || o.text.length - kind.length < 2) continue;
    // A company named by its industry or its group word is joined to a company, whatever the other's
    // industry or group word (平安保险和紫金矿业, 保利地产和绿地集团).
    const kinds = COMPANY_ENDINGS.includes(kind) ? COMPANY_ENDINGS : [kind];
    // The words beside the conjunction, found once for every kind tried: after the sure body, 和 + name + kind.
    const joinAfter = JOINING.find((c) => text.startsWith(c, o.end));
    const afterAt = joinAfter ? index.firstFrom(o.end + joinAfter.length) : -1;
    const first = afterAt >= 0 && tokens[afterAt]?.start === o.end + joinAfter!.length ? tokens[afterAt] : undefined;
    // Before it: name + kind + 和.
    const joinBefore = JOINING.find((c) => text.endsWith(c, o.start));
    const lastAt = joinBefore ? index.endingAt(o.start - joinBefore.length) : -1;
    const last = lastAt >= 0 ? tokens[lastAt] : undefined;
    for (const k of kinds) {
      const spans = [
        first ? namedWith(k, first, tokens[afterAt + 1]) : null,
        last ? (last.text === k ? namedWith(k, tokens[lastAt - 1], last) : namedWith(k, last, undefined)) : null,
      ];
      for (const span of spans) {
        const c = span && candidate(text, span.start, span.end, k);
        if (c) out.push(c);
      }
    }
  }
  return out;
}

/**
 * The entities with each such body in place: a new organisation, or the model's own on the same
 * span spoken for by the parallel, at the higher of the two scores (百事公司 at 0.86 beside 可口可乐公司).
 */
export function withParallelKinds(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  let out = entities;
  for (const c of parallelKindCandidates(text, index, entities)) {
    const same = out.find((e) => e.type === 'ORG' && e.start === c.start && e.end === c.end);
    // The parallel speaks for the model's own name too, however sure the model is of it (绿地集团 at 0.97).
    if (same && same.source === c.source) continue;
    out = same
      ? out.map((e) => (e === same ? { ...e, score: Math.max(e.score, c.score), source: c.source } : e))
      : retypeOrPlace(out, c, true);
  }
  return out;
}
