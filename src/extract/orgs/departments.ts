/**
 * A department written between its parent's name and a title (华山医院 | 感染科 | 主任): the model
 * stops at the parent's kind, and jieba glues the department's last character to the title (科主任).
 */
import type { Entity } from '../../record/schema.js';
import { withEnd } from './spans.js';
import { ROLE_WORDS } from './data/kinds.js';
import { PREDICATE_OPENERS } from './data/sentence-words.js';

/** Bodies whose departments a title follows (医院 + 外科, 大学 + 建筑系). */
const BODIES_WITH_DEPARTMENTS = ['医院', '大学', '学院'];
/** Verbs of holding a post and particles that may stand between a name and a department it does not own. */
const NOT_DEPARTMENT_OPENERS = ['任', '当', '到', '至', '去', '来', '和', '与', '及', '的', '或'];
/** Titles of a department's staff, besides its heads (ROLE_WORDS). */
const STAFF_TITLES = ['教授', '副教授', '讲师', '研究员', '医生', '医师', '主治医师', '护士长'];
/** Who works or studies in a department, after 的 (胸外科的专家, 建筑系的学生). */
const DEPARTMENT_PEOPLE = ['专家', '医护人员', '学生', '老师', '研究生', '博士生'];
const TITLES = [...ROLE_WORDS, ...STAFF_TITLES].sort((a, b) => b.length - a.length).join('|');
const DEPARTMENT_THEN_TITLE = new RegExp(
  `^([\\u4e00-\\u9fff]{1,5}?[科系室])(?:${TITLES}|的(?:${TITLES}|${DEPARTMENT_PEOPLE.join('|')}))`,
  'u',
);
/** A level of study or a branch of learning, no department (北京大学 | 本科生, 理科). */
const NOT_DEPARTMENTS = ['本科', '专科', '学科', '文科', '理科', '工科', '预科'];

/**
 * A department between a hospital's or a university's name and a title (华山医院 | 感染科 | 主任,
 * jieba's 科主任; 弗吉尼亚大学 | 建筑系 | 教授): the department is written as one name with its
 * parent, which the guidelines count as one organisation (the corpora's sentences, MSRA, PFR and
 * CLUENER, tag it so 12 times in 14).
 */
export function withDepartment(text: string, e: Entity): Entity {
  if (!BODIES_WITH_DEPARTMENTS.some((b) => e.text.endsWith(b))) return e;
  const m = DEPARTMENT_THEN_TITLE.exec(text.slice(e.end, e.end + 12));
  // 清华大学 | 任土木工程系教授: a verb or a particle after the name opens the sentence's words, no department.
  if (!m || PREDICATE_OPENERS.has(m[1]![0]!) || NOT_DEPARTMENT_OPENERS.includes(m[1]![0]!) || NOT_DEPARTMENTS.includes(m[1]!)) return e;
  return withEnd(text, e, e.end + m[1]!.length);
}
