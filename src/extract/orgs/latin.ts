/**
 * Latin-script names inside Chinese text. An acronym followed by a word that shows it acting
 * (BBC报道, NBA总裁) is a candidate unless it is a common term (GDP, CEO: data/kinds.ts);
 * Latin words right before a kind word (… 公司) are one, and so are the Latin names the
 * lexicon holds. A model name made of ordinary lower-case English words is a sentence fragment, not a
 * name, and is dropped.
 */
import type { Entity } from '../../record/schema.js';
import { ENGLISH_ORG_WORDS, KIND_WORDS, LATIN_NOT_NAME_SET } from './data/kinds.js';
import { FINDINGS_CUES, LATIN_COMPANY_CUES, LATIN_ORG_CUES, MANNER_WORDS, STANDARD_WORDS } from './data/cues.js';
import { latinLexicon } from './lexicon.js';
import { kindOf } from './generic.js';
import type { TokenIndex } from './token-index.js';
import { endsWithIndustry } from './industry.js';
import { LATIN_TRADE_INDUSTRIES } from './data/industries.js';
import { cueAfterModifier } from './cue-after.js';
import type { FoundList } from './lists.js';

const NOT_NAMES = LATIN_NOT_NAME_SET;
const ENGLISH_ORG_WORD_SET: ReadonlySet<string> = new Set(ENGLISH_ORG_WORDS);
const LATIN_RUN = /[A-Za-z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&.'-]+)*/g;
const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;
const HAN = /[\u4e00-\u9fff]/;
/** One capitalised word of three letters or more (Tesla, RockResorts, UUZone), or one capitalised after its first letter (eBay). */
const BRAND = /^([A-Z][A-Za-z0-9&]{2,}|[a-z][A-Z][A-Za-z0-9&]+)$/;
const COMPANY_ONLY_CUES = LATIN_COMPANY_CUES;

/** Part of a URL or a path (aspx?PostId=): a parameter, not a name. */
const inUrl = (text: string, start: number, end: number): boolean =>
  /[/?=&.:_]/.test(text[start - 1] ?? '') || /[/?=&_]/.test(text[end] ?? '');

/** What an acronym does or shows, right after it or past a 的 or an adverb (AMD | 随即 | 宣布, IDC | 的 | 最新 | 报告显示); not a conjunction, which joins formats and terms as readily (AAC和OGG). */
const ACTING_CUES = [...LATIN_ORG_CUES, ...FINDINGS_CUES].filter((c) => !/^(与|和|、)$/.test(c));
/**
 * After an acronym no lexicon holds, 网站, 成员 and 会员 name a kind of site or of group as often as a
 * body's own (BT网站, SNS网站, ET成员): what it does counts, not what it has.
 */
const ACRONYM_CUES = ACTING_CUES.filter((c) => !/^(网站|成员|会员)$/.test(c));

/**
 * The same name written in other letter case elsewhere in the article (UUZone … uuzone), once
 * one form is an organisation.
 */
export function latinCaseVariants(text: string, entities: Entity[]): Entity[] {
  const known = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'ORG' && /^[A-Za-z][A-Za-z0-9&]{2,}$/.test(e.text)) known.set(e.text.toLowerCase(), e);
  if (known.size === 0) return [];
  const out: Entity[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9&]*/g)) {
    const org = known.get(m[0].toLowerCase());
    if (!org || org.text === m[0] || inUrl(text, m.index, m.index + m[0].length)) continue;
    out.push({ type: 'ORG', text: m[0], start: m.index, end: m.index + m[0].length, score: org.score, source: 'alias' });
  }
  return out;
}

/**
 * Where a kind word right after a Latin run begins (Google公司, or after a space: Google 公司), or
 * -1: not inside a word of the sentence (Valve签署, where 署 ends a verb; SF部份, where 部 opens a noun).
 */
function kindStartAfter(text: string, end: number, kind: string, index?: TokenIndex): number {
  const at = text.startsWith(kind, end) ? end : /\s/.test(text[end] ?? '') && text.startsWith(kind, end + 1) ? end + 1 : -1;
  if (at < 0 || !index) return at;
  // The word holding the kind's last character must end with it, or be a longer kind (集团公司).
  const last = index.tokens[index.reaching(at + kind.length)];
  return !last || last.end === at + kind.length || kindOf(last.text) !== null ? at : -1;
}

/** Kind words after letters; not 厅: a hall after letters is a room (IMAX厅, VIP厅), never a department, whose field is written in Han. */
const LATIN_KIND_WORDS = KIND_WORDS.filter((k) => k !== '厅');

/** The first kind word (in KIND_WORDS' order) standing right after a Latin run, and where it begins. */
function kindAfter(text: string, end: number, index?: TokenIndex): { kind: string; start: number } | null {
  for (const kind of LATIN_KIND_WORDS) {
    const start = kindStartAfter(text, end, kind, index);
    if (start >= 0) return { kind, start };
  }
  return null;
}

export function latinCandidates(text: string, index?: TokenIndex): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    const start = m.index;
    const run = m[0].replace(/[.'-]+$/, '');
    const end = start + run.length;
    // Inside Chinese text: a Han character right before or after (white space allowed).
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.slice(end, end + 2);
    if (!HAN.test(before) && !HAN.test(after)) continue;
    if (/[A-Za-z0-9]/.test(text[start - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    const kindHit = kindAfter(text, end, index);
    if (kindHit && /^[A-Z]/.test(run) && !NOT_NAMES.has(run)) {
      const kEnd = kindHit.start + kindHit.kind.length;
      out.push({ type: 'ORG', text: text.slice(start, kEnd), start, end: kEnd, score: 0.6, source: 'latin' });
      continue;
    }
    // A capitalised brand or acronym and its trade (IDG资本, LG电子): the company, as a kind would say.
    const trade = LATIN_TRADE_INDUSTRIES.find((w) => kindStartAfter(text, end, w, index) === end);
    if (trade && (BRAND.test(run) || ACRONYM.test(run)) && !NOT_NAMES.has(run) && !inUrl(text, start, end)) {
      out.push({ type: 'ORG', text: text.slice(start, end + trade.length), start, end: end + trade.length, score: 0.5, source: 'latin' });
      continue;
    }
    const words = run.split(' ');
    // Capitalised words ending with an English word for a body (Samsung Electronics, The New York Times).
    if (words.length >= 2 && words.every((w) => /^[A-Z&]/.test(w)) && ENGLISH_ORG_WORD_SET.has(words.at(-1)!.replace(/\.$/, ''))) {
      out.push({ type: 'ORG', text: run, start, end, score: 0.7, source: 'latin' });
      continue;
    }
    // A known Latin name: the longest run of leading words the lexicon holds (Human Rights Watch).
    let known = 0;
    for (let n = words.length; n > 0 && !known; n--) if (latinLexicon().has(words.slice(0, n).join(' '))) known = n;
    if (known) {
      const name = words.slice(0, known).join(' ');
      out.push({ type: 'ORG', text: name, start, end: start + name.length, score: 0.7, source: 'lexicon' });
      continue;
    }
    const cue =
      ACRONYM_CUES.some((c) => text.startsWith(c, end) || text.startsWith(c, end + 1)) ||
      (!!index && cueAfterModifier(text, index, end, ACRONYM_CUES));
    if (ACRONYM.test(run) && !NOT_NAMES.has(run) && cue) {
      out.push({ type: 'ORG', text: run, start, end, score: 0.5, source: 'latin' });
      continue;
    }
    // A capitalised word that owns what only a company has (RockResorts的创始人, Tesla总部): a
    // person's name is followed by 表示 or 称 as often as a company's, never by these.
    const owned = text.slice(end, end + 1) === '的' ? end + 1 : end;
    if (BRAND.test(run) && !NOT_NAMES.has(run) && !inUrl(text, start, end) && COMPANY_ONLY_CUES.some((c) => text.startsWith(c, owned))) {
      out.push({ type: 'ORG', text: run, start, end, score: 0.5, source: 'latin' });
    }
  }
  return out;
}

/** A number and what it counts in Latin letters (128MB, 256MB ROM, 2.4GHz): a figure, not a name (3M, 51job count nothing). */
const FIGURE_AND_WORDS = /^[0-9０-９]+(?:[.．][0-9０-９]+)?\s*([A-Za-z]+(?:\s+[A-Za-z]+)*)$/;
export function isFigureWithUnit(name: string): boolean {
  const m = FIGURE_AND_WORDS.exec(name);
  return !!m && m[1]!.split(/\s+/).every((w) => NOT_NAMES.has(w));
}

/** A name entity made of ordinary English words (two or more, mostly lower case), or a lone common word. */
export function isEnglishFragment(e: Entity): boolean {
  if (HAN.test(e.text) || !/[A-Za-z]/.test(e.text)) return false;
  const words = e.text.split(/[\s,.;:!?]+/).filter(Boolean);
  const lower = words.filter((w) => /^[a-z]/.test(w)).length;
  if (words.length >= 2) return lower * 2 >= words.length;
  return lower === 1 || NOT_NAMES.has(e.text);
}

const OPEN = /[（(]\s*$/;
/** A name in Latin letters only, with &, dots, apostrophes, spaces and hyphens inside. */
const LATIN_BODY = "[A-Za-z0-9&.' -]*";
const LATIN_ONLY = new RegExp(`^[A-Za-z]${LATIN_BODY}$`);
/** A URL's words may open with a digit (51job, 7days). */
const URL_WORD = new RegExp(`^[A-Za-z0-9]${LATIN_BODY}$`);

/** A Latin name that is part of a URL (www.ibm.com) names a site's address, not an organisation. */
export const isUrlPart = (text: string, e: Entity): boolean => URL_WORD.test(e.text) && inUrl(text, e.start, e.end);

/**
 * A Latin name in brackets right after a Chinese term glosses that term (世界卫生组织（WHO）,
 * 攻角(AoA角), 福山(Francis Fukuyama)): it is an organisation when the term is one, and not otherwise.
 */
export function isGlossOfNonOrg(text: string, e: Entity, entities: readonly Entity[]): boolean {
  if (!LATIN_ONLY.test(e.text)) return false;
  const before = text.slice(Math.max(0, e.start - 3), e.start);
  if (!OPEN.test(before)) return false;
  const open = e.start - (before.length - before.search(OPEN));
  if (!HAN.test(text[open - 1] ?? '')) return false;
  return !entities.some((o) => o.type === 'ORG' && o.end === open);
}

/** Generic words that end a place's name: a Latin word right before one names the place (Caneel海湾, Virgin群岛). */
const PLACE_ENDINGS = /^(海湾|群岛|半岛|海滩|海峡|岛|湾|山脉|山|河|湖|州|省|市|县|镇|村|街|路|大道|公园|广场)/;
/** A model code after a maker's name (Sony S46, Nokia N95): a make and model, a product. */
const MODEL_CODE = /^ ?[A-Z]{0,3}-?\d+[A-Za-z0-9-]*(?![A-Za-z0-9])/;

/** A grade's word after letters (BBB级, A+级): a rating, a class, no name. */
const GRADE = /^[+-]?级/u;

/** A model code opening a name with no kind word (SU7电动车, Mate60手机): a product. */
const PRODUCT = /^[A-Za-z]{1,5} ?\d+[A-Za-z0-9]*(?![A-Za-z0-9])/;

/**
 * A Latin name that is the first word of a place's name or of a make-and-model product name, a
 * product named by its model code, a standard named before 标准 (TD-SCDMA标准; not a body the
 * lexicon knows, whose standard it may be: IEEE标准), or a grade before 级 (BBB级, AAAA级): not an organisation.
 */
export function isPlaceOrProductWord(text: string, e: Entity): boolean {
  // …地产, …公司: a trade name and its industry or kind (K2地产, 3M公司) is a company.
  if (PRODUCT.test(e.text) && HAN.test(e.text) && kindOf(e.text) === null && !endsWithIndustry(e.text)) return true;
  if (!LATIN_ONLY.test(e.text)) return false;
  const after = text.slice(e.end, e.end + 8);
  if (STANDARD_WORDS.some((w) => after.startsWith(w)) && !latinLexicon().has(e.text)) return true;
  return PLACE_ENDINGS.test(after) || MODEL_CODE.test(after) || GRADE.test(after);
}

/**
 * Acronyms the article uses as a way of doing things (采用BOT或TOT方式, BTO、BOT、BOO): every mention
 * of them, and of acronyms listed with them, names a method. Not one the lexicon knows as a body.
 */
export function mannerAcronyms(text: string, lists: readonly Pick<FoundList, 'members'>[]): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[A-Z][A-Z&]{1,5}(?![A-Za-z])/g)) {
    if (/[A-Za-z]/.test(text[m.index - 1] ?? '') || latinLexicon().has(m[0])) continue;
    const end = m.index + m[0].length;
    // 或 and 和 join two ways before one manner word (BOT或TOT方式).
    const next = /^[或和及与、]([A-Z][A-Z&]{1,5})(?![A-Za-z])/.exec(text.slice(end, end + 8));
    const tail = next ? end + next[0].length : end;
    if (!MANNER_WORDS.some((w) => text.startsWith(w, end) || text.startsWith(w, tail))) continue;
    out.add(m[0]);
    if (next && MANNER_WORDS.some((w) => text.startsWith(w, tail))) out.add(next[1]!);
  }
  if (out.size === 0) return out;
  for (const { members } of lists) {
    const words = members.map((x) => text.slice(x.start, x.end));
    if (words.every((w) => ACRONYM.test(w)) && words.some((w) => out.has(w))) for (const w of words) out.add(w);
  }
  return out;
}

/** Whether a name is a method acronym, alone or after words with no kind (民间BOT). */
export function isMannerName(e: Entity, manners: ReadonlySet<string>): boolean {
  const latin = /[A-Z][A-Z&]{1,5}$/.exec(e.text);
  return (
    !!latin && manners.has(latin[0]) && (latin.index === 0 || kindOf(e.text) === null) && !/[A-Za-z]/.test(e.text.slice(0, latin.index))
  );
}

const LATIN_WORDS = /^[A-Za-z][A-Za-z0-9&.'-]*(?: [A-Za-z][A-Za-z0-9&.'-]*)*$/;

/**
 * Two organisations the model read on Latin words with one space between them (Sun | Microsystems): one
 * name of several words. Chinese text separates the names of a list with 、 or a conjunction, never
 * with a bare space, and the model, which sees the words as separate pieces, starts a name on each.
 */
export function joinSpacedLatinNames(text: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out.at(-1);
    if (
      prev &&
      prev.type === 'ORG' &&
      e.type === 'ORG' &&
      e.start === prev.end + 1 &&
      text[prev.end] === ' ' &&
      LATIN_WORDS.test(prev.text) &&
      LATIN_WORDS.test(e.text)
    ) {
      out[out.length - 1] = { ...prev, end: e.end, text: text.slice(prev.start, e.end), score: Math.min(prev.score, e.score) };
      continue;
    }
    out.push(e);
  }
  return out;
}
