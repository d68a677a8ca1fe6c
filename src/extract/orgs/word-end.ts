/**
 * A name ends where a word ends. The model reads characters, not words, and now and then
 * stops one or two characters inside the last word of a name (东电股 | 份, 泰晤士水 | 务): the
 * span is carried to the end of that word. When the word it cuts into is a person's title
 * (技术科 | 长), the name stopped before the title began: the span goes back to its last kind word;
 * one cut into the word after a trade name and its industry (链家地产 | 市场) ends with the industry.
 * A name the lexicon knows as it stands is complete (建行 | 为64元, where jieba reads 行为).
 */
import type { Entity } from '../../record/schema.js';
import { withEnd } from './spans.js';
import { DEPARTMENT_KINDS, ROLE_WORDS } from './data/kinds.js';
import { kindOf } from './generic.js';
import { endsWithIndustry } from './industry.js';
import { GROUP_ENDINGS } from './data/industries.js';
import { KINDS } from './kind-words.js';
import type { TokenIndex } from './token-index.js';
import { lexiconNames } from './lexicon.js';
import { DEPARTMENT_WORD, LOCATIVES, PHRASE_PARTICLES, PREDICATE_OPENERS } from './data/sentence-words.js';
import { HAN_ONLY } from './data/word-classes.js';

/** The longest tail a word may add: more than two characters is another word, not a cut one. */
const MAX_TAIL = 2;
const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z0-9]+$/;
const CONJUNCTION_OPENING = /^[和与及]/;

const VERSUS = /^vs/i;
const endsLikeABody = (word: string): boolean =>
  kindOf(word) !== null || endsWithIndustry(word) || GROUP_ENDINGS.some((g) => word.endsWith(g));

export function endAtWord(text: string, e: Entity, index: TokenIndex): Entity {
  const i = index.reaching(e.end);
  if (i < 0) return e;
  const t = index.tokens[i]!;
  // 石碴厂 | 当, 雕塑院 | 周: a name that ends with its kind is not carried into a word jieba's HMM glued to that kind (厂当/x, 院周/x).
  if (t.pos === 'x' && t.start < e.end && t.end > e.end && kindOf(e.text) && e.text.length >= 3) return e;
  // 大众汽 | 车 of jieba's 大众汽车/nt: a span cut inside a word jieba files as an organisation, from its start.
  // So is one cut inside a proper noun that ends as a body's name does (宝钢股 | 份 of 宝钢股份/nz; not 足协 | 杯, an event).
  if (
    t.start === e.start &&
    (t.pos === 'nt' || (t.pos === 'nz' && endsLikeABody(t.text))) &&
    t.end > e.end &&
    t.end - e.end <= MAX_TAIL &&
    !lexiconNames().has(e.text)
  )
    return withEnd(text, e, t.end);
  // At a boundary already, or the whole span sits inside one word (not this step's case).
  if (t.end === e.end || t.start <= e.start || lexiconNames().has(e.text)) return e;
  // 英皇公司 | 出品, jieba's 公司出品/n: a span that ends with its kind is complete, unless the word completes a longer
  // kind or is the generic word for a department (住保部 | 门: the final check weighs 住保部门).
  const kind = kindOf(e.text);
  const longer = (kindOf(text.slice(e.start, t.end))?.length ?? 0) > (kind?.length ?? 0);
  if (kind && e.text.length > kind.length && !longer && !t.text.endsWith(DEPARTMENT_WORD)) return e;
  // 麦考林 | 继, jieba's unknown 林继/x: characters jieba could not read as words say nothing of where the name ends;
  // a span that ran into them past its kind (裁判法院 | 提, of 提堂/x) ends with that kind.
  if (t.pos === 'x' && HAN_ONLY.test(t.text)) {
    const head = text.slice(e.start, t.start);
    return kindOf(head) && head.length >= 3 ? withEnd(text, e, t.start) : e;
  }
  const inner = index.within(e.start, t.start);
  const tail = text.slice(e.end, t.end);
  // 病理室 | 主任, cut by jieba as 室主任: the title begins exactly where the span ends.
  if (ROLE_WORDS.includes(tail)) return e;
  if (ROLE_WORDS.some((r) => t.text.endsWith(r))) {
    // 病理室 | 主任: a department before the title stays with its parent.
    const whole = text.slice(e.start, t.start);
    if (whole.length >= 3 && (kindOf(whole) || [...DEPARTMENT_KINDS].some((k) => whole.endsWith(k)) || whole.endsWith('室')))
      return withEnd(text, e, t.start);
    // 美军 | 士兵: a name the lexicon knows, or one word jieba knows as a name, before a bare title is whole
    // (not before 宣传部长, whose department the span has begun: 北京市委宣传部).
    const named = lexiconNames().has(whole) || (inner.length === 1 && /^(nt|j|nz)$/.test(inner[0]!.pos));
    if (named && ROLE_WORDS.includes(t.text)) return withEnd(text, e, t.start);
    for (const w of inner.reverse()) {
      const head = text.slice(e.start, w.end);
      if (kindOf(head) && head.length >= 3) return withEnd(text, e, w.end);
    }
    return e;
  }
  // A span that has passed a kind word and goes on (科技厅统一服务) runs on; trimRunOn cuts it, nothing extends it.
  // One that stops inside the word after its kind (纳尔逊大学 | 室 | 友) ends with that kind.
  const lastKind = inner.findLast((w) => kindOf(text.slice(e.start, w.end)));
  if (lastKind) return lastKind.end === t.start && lastKind.end - e.start >= 3 ? withEnd(text, e, lastKind.end) : e;
  // 链家地产 | 市 | 场: a trade name and its industry word end a company's short name; a word cut after them is the
  // sentence's. Not a word that opens with a kind the span began (华谊兄弟传媒 | 公 | 司出品 is completed below).
  const head = text.slice(e.start, t.start);
  if (head.length >= 3 && inner.at(-1)?.end === t.start && endsWithIndustry(head) && !KINDS.some((k) => text.startsWith(k, t.start)))
    return withEnd(text, e, t.start);
  // 加拉塔萨雷 | 上上赛季, jieba's 萨雷上: a tail that opens the predicate or a place word is the sentence's;
  // so is one that a conjunction opens (国家禁毒委 | 和原国家教委, jieba's 委和原) or a particle (信息化部 | 等部门).
  if (PREDICATE_OPENERS.has(tail) || LOCATIVES.has(tail) || CONJUNCTION_OPENING.test(tail)) return e;
  if (PHRASE_PARTICLES.has(tail[0]!)) return e;
  // 沙尔克04 | vs, jieba's 04vs/eng: "vs" sets the next side against this one.
  if (VERSUS.test(tail)) return e;
  return tail.length <= MAX_TAIL && NAME_CHARS.test(tail) ? withEnd(text, e, t.end) : e;
}
