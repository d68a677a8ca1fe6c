/**
 * A kind word alone, or with only generic modifiers before it, names no organisation
 * (公司, 快递公司, 当地政府, 该医院, 国家队). Decided by splitting what stands before the kind
 * into generic modifiers, longest first.
 */
import { GENERIC_MODIFIERS, GENERIC_ORG_NOUNS, KIND_WORDS } from './data/kinds.js';

const GENERIC_NOUNS = new Set(GENERIC_ORG_NOUNS);

const MODIFIERS = [...GENERIC_MODIFIERS].sort((a, b) => b.length - a.length);
const KINDS_LONGEST_FIRST = [...KIND_WORDS].sort((a, b) => b.length - a.length);

/** The kind word a name ends with (longest), or null. */
export function kindOf(name: string): string | null {
  for (const k of KINDS_LONGEST_FIRST) if (name.endsWith(k)) return k;
  return null;
}

/** True when `s` is made only of generic modifiers (or is empty). */
export function isAllGeneric(s: string): boolean {
  let rest = s;
  while (rest.length > 0) {
    const m = MODIFIERS.find((w) => rest.startsWith(w));
    if (!m) return false;
    rest = rest.slice(m.length);
  }
  return true;
}

export function isGenericOrgName(name: string): boolean {
  let rest = name.trim();
  for (const g of GENERIC_NOUNS) if (rest.endsWith(g) && isAllGeneric(rest.slice(0, rest.length - g.length))) return true;
  // A name may end with more than one kind (委员会办公室): strip them all, then judge the rest.
  for (let k = kindOf(rest); k && rest.length >= k.length; k = kindOf(rest)) {
    rest = rest.slice(0, rest.length - k.length);
    if (rest.length === 0) return true;
  }
  return rest !== name.trim() && isAllGeneric(rest);
}
