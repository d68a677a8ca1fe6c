/**
 * A kind word alone, or with only generic modifiers before it, names no organisation
 * (公司, 快递公司, 当地政府, 该医院, 国家队). Decided by splitting what stands before the kind
 * into generic modifiers, longest first.
 */
import {
  ADMIN_FIELDS,
  BOARDS,
  FIELD_BODY_KINDS,
  GENERIC_MODIFIERS,
  GENERIC_ORG_NOUNS,
  KIND_WORDS,
  NATIONAL_SCOPES,
  THEATRE_COMPANY_KINDS,
} from './data/kinds.js';
import { INDUSTRY_WORDS, LEGAL_FORMS } from './data/industries.js';
import { KINDS_BY_LAST } from './kind-words.js';

const GENERIC_NOUNS = new Set(GENERIC_ORG_NOUNS);

const MODIFIERS = [...GENERIC_MODIFIERS].sort((a, b) => b.length - a.length);
const KIND_SET = new Set(KIND_WORDS);

/** The kind word a name ends with (longest), or null. */
export function kindOf(name: string): string | null {
  for (const k of KINDS_BY_LAST.get(name.at(-1) ?? '') ?? []) if (name.endsWith(k)) return k;
  return null;
}

/** True when `s` is made only of `words`, read greedily from its start (or is empty). */
export function isMadeOf(s: string, words: readonly string[]): boolean {
  let rest = s;
  while (rest.length > 0) {
    const m = words.find((w) => rest.startsWith(w));
    if (!m) return false;
    rest = rest.slice(m.length);
  }
  return true;
}

/** True when `s` is made only of generic modifiers (or is empty). */
export const isAllGeneric = (s: string): boolean => isMadeOf(s, MODIFIERS);

const FIELD_BODY = new RegExp(`^(${ADMIN_FIELDS.join('|')})+(${FIELD_BODY_KINDS.join('|')})$`);
const FIELD_MINISTRY = new RegExp(`^(${ADMIN_FIELDS.join('|')})部$`);
/** A body named by its field alone (环保局, 工商局, 教育委员会): every level of government has one. */
const isFieldBody = (name: string): boolean => FIELD_BODY.test(name);

/** 国家话剧院, 中央京剧院: the one national company of a theatre's kind, a name though its head is a scope. */
export function isNationalCompany(name: string): boolean {
  return THEATRE_COMPANY_KINDS.some((k) => name.endsWith(k) && NATIONAL_SCOPES.includes(name.slice(0, name.length - k.length)));
}

const CLASS_WORDS = [...INDUSTRY_WORDS, ...ADMIN_FIELDS].sort((a, b) => b.length - a.length);
/**
 * 环保公司, 文化传媒公司, 旅游集团: a company's form after nothing but industries and fields is a class of
 * company. Not after other generic words, which may be a name's own (联合航空公司 is United Airlines);
 * and a field's bureau is another matter (市环保局 is the city's).
 */
const isCompanyClass = (name: string): boolean =>
  LEGAL_FORMS.some((f) => name.endsWith(f) && name.length > f.length && isMadeOf(name.slice(0, name.length - f.length), CLASS_WORDS));

/**
 * Generic when every way of reading a kind off its end leaves only generic words before it:
 * 国家技术监督局 read as 国家技术 + 监督局 looks generic, but as 国家技术监督 + 局 it is not.
 * A name may end with more than one kind (委员会办公室): the rest is judged the same way.
 */
export function isGenericOrgName(name: string): boolean {
  const n = name.trim();
  if (n.length === 0) return false;
  // A kind word standing alone (公安局, 工会) names none, whatever other reading it allows.
  if (KIND_SET.has(n)) return true;
  if (isCompanyClass(n)) return true;
  if (isFieldBody(n)) return true;
  // A field and 部 is a ministry, one body (科技部, 商务部), not a class of department.
  if (FIELD_MINISTRY.test(n)) return false;
  for (const g of GENERIC_NOUNS) if (n.endsWith(g) && isAllGeneric(n.slice(0, n.length - g.length))) return true;
  // 公司董事会: a board of no named body.
  for (const b of BOARDS) {
    if (!n.endsWith(b)) continue;
    const rest = n.slice(0, n.length - b.length);
    if (rest.length === 0 || isAllGeneric(rest) || isGenericOrgName(rest)) return true;
  }
  const kinds = (KINDS_BY_LAST.get(n.at(-1) ?? '') ?? []).filter((k) => n.endsWith(k));
  if (kinds.length === 0) return false;
  if (isNationalCompany(n)) return false;
  return kinds.every((k) => {
    const rest = n.slice(0, n.length - k.length);
    return rest.length === 0 || isAllGeneric(rest) || isGenericOrgName(rest);
  });
}
