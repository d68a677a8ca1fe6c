/**
 * Model spans repaired at their kind word: one cut short of its kind is completed, one that runs
 * on past it into the sentence is cut after it.
 */
import type { Entity } from '../../record/schema.js';
import { CAMPUS_KINDS, DEPARTMENT_KINDS, EVENT_ENDINGS } from './data/kinds.js';
import { isAllGeneric, isGenericOrgName, kindOf } from './generic.js';
import { withEnd } from './spans.js';
import { KINDS, endsWithKind, kindAt } from './kind-words.js';
import type { TokenIndex } from './token-index.js';
import { HAN_ONLY } from './data/word-classes.js';

/**
 * A model span that stops one or two characters short of a kind word it has begun
 * (人民政 | 府) is extended over it, and over a department's kind right after it (学院 |
 * 党总支), not over another kind (国务院 | 政府特殊津贴).
 */
export function completeKind(text: string, e: Entity, index: TokenIndex): Entity {
  const merged = withMergedTitlesKind(text, e);
  if (merged !== e) return merged;
  if (endsWithKind(text, e, index)) {
    const dept = [...DEPARTMENT_KINDS].find((k) => k.length >= 2 && text.startsWith(k, e.end) && index.endsAt(e.end + k.length));
    return dept ? { ...e, end: e.end + dept.length, text: text.slice(e.start, e.end + dept.length) } : e;
  }
  // A whole kind right after the name joins it unless the name is complete as it stands
  // (国务院 | 政府特殊津贴: jieba knows 国务院 as an organisation).
  const lastWord = index.tokens[index.endingAt(e.end, e.start)];
  const complete = lastWord ? /^(nt|j)$/.test(lastWord.pos) : false;
  for (const k of KINDS) {
    for (let cut = k.length - 1; cut >= 0; cut--) {
      const head = k.slice(0, cut);
      if (head && !e.text.endsWith(head)) continue;
      const end = e.end + k.length - cut;
      if (!(cut > 0 || DEPARTMENT_KINDS.has(k) || !complete) || !text.startsWith(k.slice(cut), e.end)) continue;
      // 传媒公 | 司出品, jieba's 公司出品/n: a kind the span has begun, in a word that opens with it; 大鲨鱼 | 队则/x:
      // a whole kind opening characters jieba could not read as words.
      if (index.endsAt(end) || (cut > 0 && (index.startingAt(e.end - cut)?.end ?? 0) >= end + 2) || opensUnreadWord(index, e.end, end)) {
        return { ...e, end, text: text.slice(e.start, end) };
      }
    }
  }
  return e;
}

/** A token jieba could not read as a word (队则/x) that opens at `start` and runs past `end`: Han letters, no punctuation. */
function opensUnreadWord(index: TokenIndex, start: number, end: number): boolean {
  const t = index.startingAt(start);
  return !!t && t.pos === 'x' && t.end > end && HAN_ONLY.test(t.text);
}

/**
 * A model span that runs past its name into the words after it (科技厅统一服务) is cut after
 * its last kind word, when no noun follows it there (a department's name has one: 教育学系).
 */
export function trimRunOn(text: string, e: Entity, index: TokenIndex): Entity {
  // An event named after a body's kind (那不勒斯 + 联盟杯) is the event: the final check drops it whole.
  if (endsWithKind(text, e, index) || EVENT_ENDINGS.some((v) => e.text.endsWith(v))) return e;
  const { tokens } = index;
  const first = index.firstFrom(e.start);
  const inner = index.within(e.start, e.end);
  for (let i = inner.length - 2; i >= 0; i--) {
    const t = inner[i]!;
    if (!kindAt(text, tokens, first + i)) continue;
    // 教育学系 after 大学 is a department (it has a noun); 积极推动 is the sentence going on.
    const rest = inner.slice(i + 1);
    // 中信银行 | 全国: a scope or generic word after the name is the sentence's (全国多家分行); so is a
    // place with no kind after it (船舶公司 | 横滨: a branch names its kind, 银行 + 香港 + 分行).
    const tail = text.slice(t.end, e.end);
    const sentences = !rest.some((r) => /^(n|j|eng|s)/.test(r.pos)) || isAllGeneric(tail) || rest.every((r) => r.pos === 'ns');
    if (t.end - e.start >= 3 && sentences) return { ...e, end: t.end, text: text.slice(e.start, t.end) };
    return e;
  }
  return e;
}

const CAMPUS = /^[（(]([\u4e00-\u9fff]{2,6})[）)]/u;
/**
 * A place in brackets right after a school's name is the campus that the name includes (香港科技大学
 * （广州）, 华北电力大学(河北)): the guidelines keep it. Not after a company's (惠华技贸发展公司（北京）:
 * PFR tags the name without it, and the guidelines say nothing of seats).
 */
export function withBracketedPlace(text: string, e: Entity, index: TokenIndex): Entity {
  const kind = kindOf(e.text);
  if (!kind || !CAMPUS_KINDS.has(kind)) return e;
  const m = CAMPUS.exec(text.slice(e.end, e.end + 9));
  if (!m) return e;
  const inner = index.within(e.end + 1, e.end + 1 + m[1]!.length);
  const placeOnly = inner.length > 0 && inner.every((t) => t.pos === 'ns') && inner.at(-1)!.end === e.end + 1 + m[1]!.length;
  return placeOnly ? withEnd(text, e, e.end + m[0].length) : e;
}

/**
 * Titles made of a body's one-character kind and 长 (部长, 局长, 司长): 能矿部长 is 能矿部's head. Not a
 * level or a meeting of such heads (欧佩克 | 部长级会议, 国家邮电 | 部长会议).
 */
const MERGED_TITLE = /^([部局司厅处科署行社院所站馆])长(?!级|会)/u;
/**
 * A division's character written twice, once ending its name and once opening its head's title
 * (知识产权 | 庭庭长, 财务 | 处处长): the first belongs to the name, whatever the character.
 */
const DOUBLED_TITLE = /^([\u4e00-\u9fff])\1长(?!级|会)/u;
/**
 * A name stopped before a title that carries its kind (委内瑞拉能矿 | 部长, jieba's 部长): the body is
 * the name and that kind (委内瑞拉能矿部), as one writes 外交部长 for 外交部's minister.
 */
function withMergedTitlesKind(text: string, e: Entity): Entity {
  const doubled = DOUBLED_TITLE.exec(text.slice(e.end, e.end + 4));
  if (doubled && !isGenericOrgName(e.text + doubled[1]!)) return withEnd(text, e, e.end + 1);
  const m = MERGED_TITLE.exec(text.slice(e.end, e.end + 3));
  if (!m || kindOf(e.text) !== null) return e;
  const name = e.text + m[1]!;
  if (kindOf(name) === null || isGenericOrgName(name)) return e;
  return { ...e, end: e.end + 1, text: name };
}
