/**
 * A name followed by a person's title in one span (全国农机标准化委员会委员) is a person's
 * description: the organisation is the part before the title when that part ends with a
 * kind word, and there is none when it does not (全国青年科技专家).
 */
import type { Entity } from '../../record/schema.js';
import { COMMITTEE_TITLES, FORCE_WORDS, FORMER, PARTY_BRANCHES, ROLE_WORDS } from './data/kinds.js';
import { withEnd } from './spans.js';
import { kindOf } from './generic.js';
import { TITLES_BEFORE_NAMES } from './data/cues.js';
import { lexiconNames } from './lexicon.js';
import type { TokenIndex } from './token-index.js';

const ROLES = [...ROLE_WORDS].sort((a, b) => b.length - a.length);
/** Bodies named without a kind word, whose members carry a title (市人大 + 代表, 省政协 + 委员, 美军 + 士兵). */
const BODIES_WITHOUT_KIND = /(人大|政协|军)$/;

/** The organisation without a trailing title, or null when what is left names none. */
export function withoutRole(text: string, e: Entity): Entity | null {
  const role = ROLES.find((r) => e.text.endsWith(r) && e.text.length > r.length);
  if (!role || kindOf(e.text)?.endsWith(role)) return e;
  const end = e.end - role.length;
  const rest = text.slice(e.start, end);
  if ((kindOf(rest) || BODIES_WITHOUT_KIND.test(rest)) && rest.length >= 3) return { ...e, end, text: rest };
  // 河南交警: a place's police named as a body, as a sender signs itself; 昆明市公安局 | 交警 is an officer of the bureau.
  return FORCE_WORDS.includes(role) ? e : null;
}

/**
 * A body's party committee before a member's title (有限责任公司党委 | 书记, 交通运输厅原党组 | 成员):
 * 党委书记 is the person's title, and the organisation is the body the committee sits in. A
 * place's committee (乡党委, 单晶河村党支部) is kept: a place is no organisation.
 */
export function withoutPartyBranches(text: string, entities: Entity[]): Entity[] {
  return entities.map((e) => (e.type === 'ORG' ? withoutPartyBranch(text, e) : e));
}

function withoutPartyBranch(text: string, e: Entity): Entity {
  const branch = PARTY_BRANCHES.find((b) => e.text.endsWith(b));
  if (!branch || !COMMITTEE_TITLES.some((t) => text.startsWith(t, e.end))) return e;
  let end = e.end - branch.length;
  if (text[end - 1] === FORMER) end -= 1;
  const body = text.slice(e.start, end);
  const kind = kindOf(body);
  return (kind && body.length > kind.length) || lexiconNames().has(body) ? withEnd(text, e, end) : e;
}

const TITLES = [...new Set(TITLES_BEFORE_NAMES)].sort((a, b) => b.length - a.length);
const PERSON_NAME = /^[\u4e00-\u9fff·]{2,6}$/u;
const PERSON_POS = /^(nr|nrt|nrfg|x)$/;

/**
 * A name right after a person's title (特斯拉CEO | 马斯克, 总裁 | 任正非) is the person who holds it:
 * the model now and then reads a foreign name there as the company the title belongs to. Not a
 * body with a kind (董事长 | 办公室) nor a name the lexicon knows.
 */
export function titledPersons(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  return entities.map((e) => {
    if (e.type !== 'ORG' || e.source !== 'model' || !PERSON_NAME.test(e.text) || kindOf(e.text) !== null) return e;
    if (lexiconNames().has(e.text) || !TITLES.some((t) => text.endsWith(t, e.start))) return e;
    // jieba may glue an unknown name to the one-character word after it (贝索斯则/x | 表示): that word still starts at the name.
    const tail = index.tokens[index.reaching(e.end)];
    const glued = !!tail && tail.start >= e.start && tail.end === e.end + 1 && tail.pos === 'x' ? tail : undefined;
    const words = [...index.within(e.start, e.end), ...(glued ? [glued] : [])];
    const whole = words.length > 0 && words[0]!.start === e.start && (words.at(-1)!.end === e.end || !!glued);
    return whole && words.every((w) => PERSON_POS.test(w.pos)) ? { ...e, type: 'PERSON' as const } : e;
  });
}
