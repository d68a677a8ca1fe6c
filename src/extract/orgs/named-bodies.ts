/**
 * Bodies the text itself names, however everyday the words: a body given a name (一家名为“天一”的
 * 公司) and a subject the text says is one body (UUZone是一家…社交网站).
 */
import type { Entity } from '../../record/schema.js';
import { IS_ONE_BODY, MADE_PRODUCTS, NAMED_BODY_NOUNS, NAMED_THING_NOUNS, NAMING_VERBS } from './data/cues.js';
import { isGenericOrgName } from './generic.js';
import type { TokenIndex } from './token-index.js';

const NAMED = new RegExp(
  `(${NAMING_VERBS.join('|')})([“"]?)([\\u4e00-\\u9fffA-Za-z0-9·&]{2,12}?)[”"]?的[\\u4e00-\\u9fff]{0,4}?(?:${NAMED_BODY_NOUNS.join('|')})`,
  'gu',
);

/**
 * A name the text gives a body (一家名为“天一”的公司, 一个叫做绿色和平的组织): the words after the
 * naming verb, up to 的 and a word for a body, are its name, whatever they are.
 */
export function namedBodyCandidates(text: string, index: TokenIndex): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(NAMED)) {
    const name = m[3]!;
    const start = m.index + m[1]!.length + m[2]!.length;
    const end = start + name.length;
    // The body's word must end a word (…的公司, not …的公司化).
    if (!index.endsAt(m.index + m[0].length) || isGenericOrgName(name)) continue;
    out.push({ type: 'ORG', text: name, start, end, score: 0.6, source: 'quoted' });
  }
  return out;
}

const THING_AFTER = new RegExp(`^[”"]?的[\\u4e00-\\u9fff]{0,4}?(?:${[...NAMED_THING_NOUNS, ...MADE_PRODUCTS].join('|')})`, 'u');
const NAMING_BEFORE = new RegExp(`(?:${NAMING_VERBS.join('|')})[“"]?$`, 'u');

/**
 * A name the text gives a thing (这款名为“天宫”的游戏, 一只名叫“欢欢”的狗): the naming verb before it and 的
 * and a word for a thing after it, so the name is the thing's, however a model reads it.
 */
export function namesAThing(text: string, e: Entity): boolean {
  const after = text.slice(e.end, e.end + 8);
  return NAMING_BEFORE.test(text.slice(Math.max(0, e.start - 4), e.start)) && THING_AFTER.test(after);
}

const CLAUSE_END = /[，。！？；：,.!?;:\n（(]/u;
const MAX_DESCRIPTION = 24;
const SUBJECT_POS = /^(nz|nt|nr|nrt|nrfg|ns|x|eng|j)$/;
/** One of them (…最大的企业之一) is still one body. */
const ONE_OF = '之一';

/** Whether the clause from `from` ends with a word for a body, a word of its own (…通信设备公司, …企业之一). */
function describesABody(text: string, index: TokenIndex, from: number): boolean {
  const clause = text.slice(from, from + MAX_DESCRIPTION).split(CLAUSE_END)[0]!;
  const noun = clause.endsWith(ONE_OF) ? clause.slice(0, -ONE_OF.length) : clause;
  return NAMED_BODY_NOUNS.some((n) => noun.endsWith(n)) && index.endsAt(from + noun.length);
}

const OPENER = /[\p{P}\s]/u;
const NOUN_POS = /^(n|nz|nt|nr|nrt|ns|x|j|eng)$/;
const MAX_SUBJECT_CHARS = 8;
/** 的 before a subject ends what describes it (盛大网络旗下的 | 起点中文网). */
const POSSESSIVE_WORD = '的';

/**
 * The subject that ends with `last`: that word alone where a mark opens it, or the nouns before it back to a
 * mark or a 的 (…旗下的 | 起点 | 中文网 | 是国内最大的…网站), eight characters at most.
 */
function subjectFrom(text: string, index: TokenIndex, lastAt: number): { start: number; end: number } | undefined {
  const last = index.tokens[lastAt]!;
  let k = lastAt;
  let start = last.start;
  while (k > 0) {
    if (OPENER.test(text[start - 1] ?? '。')) return { start, end: last.end };
    const prev = index.tokens[k - 1]!;
    if (prev.text === POSSESSIVE_WORD) return { start, end: last.end };
    if (!NOUN_POS.test(prev.pos) || last.end - prev.start > MAX_SUBJECT_CHARS) return undefined;
    start = prev.start;
    k--;
  }
  return { start, end: last.end };
}

/** An adverb between a subject and the copula (百度 | 也 | 是一家…). */
const COPULA_ADVERB = /^(?:已经|目前|现在|也|则|就|还|仍|已)/u;

/**
 * Whether the words after a subject (at `end`) say it is one body: the copula and a count of one
 * (百度是一家很优秀的公司, 也是国内最大的…网站), the clause ending with a word for a body; not
 * 他是一家公司的老板, which says what a person does.
 */
export function saysIsOneBody(text: string, index: TokenIndex, end: number): boolean {
  const at = end + (COPULA_ADVERB.exec(text.slice(end, end + 2))?.[0].length ?? 0);
  const cue = IS_ONE_BODY.find((c) => text.startsWith(c, at));
  return !!cue && describesABody(text, index, at + cue.length);
}

/**
 * A subject the text says is one body (UTStarcom是一家通信设备公司, 云帆是国内最大的…网站): the
 * clause after the copula ends with a word for a body, and the subject is a name the model read,
 * a Latin name or one proper-noun word after punctuation.
 */
export function describedBodyCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const cue of IS_ONE_BODY) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      if (!describesABody(text, index, at + cue.length)) continue;
      const named = entities.find((e) => e.end === at && (e.type === 'ORG' || e.type === 'PERSON' || e.type === 'LOC'));
      const wordAt = index.endingAt(at);
      const word = index.tokens[wordAt];
      const span = named ?? (word && SUBJECT_POS.test(word.pos) && word.text.length >= 2 ? subjectFrom(text, index, wordAt) : undefined);
      if (!span || isGenericOrgName(text.slice(span.start, at))) continue;
      out.push({ type: 'ORG', text: text.slice(span.start, at), start: span.start, end: at, score: 0.6, source: 'quoted' });
    }
  }
  return out;
}
