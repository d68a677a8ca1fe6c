/**
 * Organisations found the way a reader finds them: the model's names, repaired and completed
 * with what the project knows (the lexicon) and what the article itself says (the
 * [place][name][kind] structure of names, Latin-script names, coordinated lists, short forms
 * of full names). A pure function of the text, its tokens and the model's entities.
 */
import type { Entity, Token } from '../../record/schema.js';
import { isAbbreviation, wordsIn } from './aliases.js';
import { coordinatedCandidates } from './coordination.js';
import { isGenericOrgName, kindOf } from './generic.js';
import { isEnglishFragment, latinCandidates } from './latin.js';
import { lexiconMatches } from './lexicon.js';
import { boundaries, NAME_TYPES, placeOrg } from './spans.js';
import { completeKind, hasDistinctivePart, structuralCandidates, trimRunOn } from './structure.js';

export { collectOrganizations } from './collect.js';

const bySpan = (a: Entity, b: Entity): number => a.start - b.start || a.end - b.end;

/** 广州-深圳-香港: places joined by dashes, not a name. */
const JOINED_PLACES = /^[\u4e00-\u9fff]+([-—–~/][\u4e00-\u9fff]+)+$/;

function cleanModelNames(entities: Entity[]): Entity[] {
  return entities.filter((e) => {
    if (!NAME_TYPES.has(e.type)) return true;
    if (isEnglishFragment(e)) return false;
    if (e.type !== 'ORG') return true;
    if (isGenericOrgName(e.text)) return false;
    return !(JOINED_PLACES.test(e.text) && !kindOf(e.text));
  });
}

/** A place right before an organisation is its prefix (广州市 + 科技局). */
function joinPlacePrefixes(text: string, entities: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out.at(-1);
    if (e.type === 'ORG' && prev && prev.type === 'LOC' && prev.end === e.start) {
      out[out.length - 1] = { ...e, start: prev.start, text: text.slice(prev.start, e.end), score: Math.min(e.score, prev.score) };
      continue;
    }
    out.push(e);
  }
  return out;
}

function repairBoundaries(text: string, entities: Entity[], tokens: Token[]): Entity[] {
  const { ends } = boundaries(tokens);
  let out = entities.map((e) => (e.type === 'ORG' ? completeKind(text, trimRunOn(text, e, tokens), tokens, ends) : e));
  // An extension may now overlap the next entity: keep the earlier, longer one.
  out = out.sort(bySpan).filter((e, i, all) => !all.some((o, j) => j < i && o.end > e.start));
  return joinPlacePrefixes(text, out);
}

function lexiconCandidates(text: string, tokens: Token[]): Entity[] {
  const { starts, ends } = boundaries(tokens);
  const tokenAt = new Map(tokens.map((t) => [t.start, t]));
  const out: Entity[] = [];
  for (const m of lexiconMatches(text)) {
    if (!starts.has(m.start) || !ends.has(m.end)) continue;
    // A two-character name must be a noun-like word of its own: 小米 the company, not 小米粥,
    // and not a verb or adjective that is also a brand.
    const t = tokenAt.get(m.start);
    if (m.text.length < 3 && (t?.end !== m.end || /^(v|a|d|r|m|q|p|c|u|t)/.test(t.pos))) continue;
    out.push({ type: 'ORG', text: m.text, start: m.start, end: m.end, score: 0.7, source: 'lexicon' });
  }
  // Longest first, so that a full name wins over a name inside it.
  return out.sort((a, b) => b.end - b.start - (a.end - a.start));
}

/** Places and persons, and words the model left untyped, that abbreviate an organisation named in full. */
function shortFormCandidates(text: string, tokens: Token[], entities: Entity[]): Entity[] {
  const fulls = [...new Map(entities.filter((e) => e.type === 'ORG' && e.text.length >= 4).map((e) => [e.text, e])).values()];
  if (fulls.length === 0) return [];
  const out: Entity[] = [];
  const consider = (start: number, end: number): void => {
    const s = text.slice(start, end);
    if (fulls.some((f) => isAbbreviation(s, f.text, wordsIn(tokens, f.start, f.end)))) {
      out.push({ type: 'ORG', text: s, start, end, score: 0.6, source: 'alias' });
    }
  };
  // A two-character place or person is too often a name of its own (法国) to retype.
  for (const e of entities) if ((e.type === 'LOC' || e.type === 'PERSON') && e.end - e.start >= 3) consider(e.start, e.end);
  for (const t of tokens) if (/^(j|nt|nz)$/.test(t.pos) && t.text.length >= 2) consider(t.start, t.end);
  return out;
}

export function refineOrganizations(text: string, tokens: Token[], modelEntities: Entity[]): Entity[] {
  let entities = cleanModelNames([...modelEntities].sort(bySpan));
  entities = repairBoundaries(text, entities, tokens);
  for (const c of lexiconCandidates(text, tokens)) entities = placeOrg(entities, c);
  for (const c of structuralCandidates(text, tokens, entities)) entities = placeOrg(entities, c);
  for (const c of latinCandidates(text)) entities = placeOrg(entities, c);
  for (const c of coordinatedCandidates(text, tokens, entities)) entities = placeOrg(entities, c);
  for (const c of shortFormCandidates(text, tokens, entities)) {
    const same = entities.find((e) => e.start === c.start && e.end === c.end);
    entities = same ? entities.map((e) => (e === same ? { ...e, type: 'ORG' as const, source: 'alias' } : e)) : placeOrg(entities, c);
  }
  return finalCheck(text, tokens, entities);
}

/** One everyday word (技术, 工会, 芝麻) is no name unless the lexicon knows it as one (小米). */
const COMMON_WORD_POS = /^(n|ng|v|vn|vd|a|ad|an|d|t|tg|m|b|r|l|i|f|s|q|z)$/;

/** Whatever step an organisation came from, a generic one, or one with nothing distinctive, goes. */
function finalCheck(text: string, tokens: Token[], entities: Entity[]): Entity[] {
  const lexicon = new Set(lexiconMatches(entities.filter((e) => e.type === 'ORG').map((e) => e.text).join('\n')).map((m) => m.text));
  const wordAt = new Map(tokens.map((t) => [t.start, t]));
  return entities.filter((e) => {
    if (e.type !== 'ORG' || lexicon.has(e.text)) return true;
    const word = wordAt.get(e.start);
    if (word && word.end === e.end && COMMON_WORD_POS.test(word.pos)) return false;
    return !isGenericOrgName(e.text) && hasDistinctivePart(text, e, tokens, entities);
  });
}
