/**
 * Members of a coordinated list (A、B、C和D) are names of one type: where the model is sure
 * of some members as organisations and typed none of the others as a person or place, the
 * untyped members become organisations too.
 */
import type { Entity, Token } from '../../record/schema.js';
import { isGenericOrgName } from './generic.js';
import { NAME_TYPES, overlaps } from './spans.js';

const SEPARATOR = /^(、|和|与|及|以及|或)$/;
/** Words that cannot be part of a list member: verbs, function words, numbers, time words. */
const NOT_MEMBER_POS = /^(v|vd|vi|p|c|u[a-z]*|d|r|m|mq|q|w|y|e|o|f|t|tg|zg)$/;
const isMemberWord = (t: Token): boolean => !NOT_MEMBER_POS.test(t.pos) && MEMBER.test(t.text) && !/^(等|等等)$/.test(t.text);
const MEMBER = /^[\u4e00-\u9fffA-Za-z0-9&·]{2,12}$/;

interface Member { start: number; end: number }

/** Lists as runs of members: each member a found name, or up to three name-like words, between separators. */
export function lists(text: string, tokens: Token[], entities: Entity[] = []): Member[][] {
  const out: Member[][] = [];
  let cur: Member[] = [];
  let i = 0;
  const flush = (): void => { if (cur.length >= 3) out.push(cur); cur = []; };
  while (i < tokens.length) {
    const a = tokens[i]!;
    // A name the model found is one member, however many tokens it spans.
    const named = entities.find((e) => NAME_TYPES.has(e.type) && e.start === a.start);
    if (named) {
      let j = i;
      while (j < tokens.length && tokens[j]!.start < named.end) j++;
      cur.push({ start: named.start, end: named.end });
      const sep = tokens[j];
      if (sep && sep.start === named.end && SEPARATOR.test(sep.text)) { i = j + 1; continue; }
      flush();
      i = j;
      continue;
    }
    if (isMemberWord(a)) {
      let end = a.end;
      let j = i + 1;
      // Up to three adjacent words make one member.
      for (let b = tokens[j]; b && j < i + 3 && b.start === end && isMemberWord(b) && !SEPARATOR.test(b.text); b = tokens[j]) { end = b.end; j++; }
      const sep = tokens[j];
      cur.push({ start: a.start, end });
      if (sep && sep.start === end && SEPARATOR.test(sep.text)) { i = j + 1; continue; }
      flush();
      i = j;
      continue;
    }
    flush();
    i++;
  }
  flush();
  return out;
}

export function coordinatedCandidates(text: string, tokens: Token[], entities: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const list of lists(text, tokens, entities)) {
    const typed = list.map((m) => entities.find((e) => NAME_TYPES.has(e.type) && overlaps(e, m)));
    const orgs = typed.filter((e) => e && e.type === 'ORG' && e.score >= 0.5).length;
    const others = typed.filter((e) => e && e.type !== 'ORG').length;
    if (orgs < 2 || others > 0 || orgs * 2 < list.length) continue;
    list.forEach((m, k) => {
      if (typed[k]) return;
      const name = text.slice(m.start, m.end);
      if (isGenericOrgName(name)) return;
      out.push({ type: 'ORG', text: name, start: m.start, end: m.end, score: 0.5, source: 'list' });
    });
  }
  return out;
}
