/**
 * A name followed by a person's title in one span (全国农机标准化委员会委员) is a person's
 * description: the organisation is the part before the title when that part ends with a
 * kind word, and there is none when it does not (全国青年科技专家).
 */
import type { Entity } from '../../record/schema.js';
import { ROLE_WORDS } from './data/kinds.js';
import { kindOf } from './generic.js';

const ROLES = [...ROLE_WORDS].sort((a, b) => b.length - a.length);
/** Bodies named without a kind word, whose members carry a title (市人大 + 代表, 省政协 + 委员, 美军 + 士兵). */
const BODIES_WITHOUT_KIND = /(人大|政协|军)$/;

/** The organisation without a trailing title, or null when what is left names none. */
export function withoutRole(text: string, e: Entity): Entity | null {
  const role = ROLES.find((r) => e.text.endsWith(r) && e.text.length > r.length);
  if (!role || kindOf(e.text)?.endsWith(role)) return e;
  const end = e.end - role.length;
  const rest = text.slice(e.start, end);
  return (kindOf(rest) || BODIES_WITHOUT_KIND.test(rest)) && rest.length >= 3 ? { ...e, end, text: rest } : null;
}
