/**
 * A name the model read as a place or a person that owns what only a company has (比亚迪 | 股价, a
 * place's 创始人): the model knows today's companies as words it met as places or persons, and the
 * cue after the name says what it is here.
 */
import type { Entity } from '../../record/schema.js';
import { overlaps } from './spans.js';
import { BODY_DESCRIPTORS, COMPANY_DESCRIPTORS, EXCHANGES, LED_LIKE_COMPANIES, SITE_CUES } from './data/cues.js';
import { isPlaceWord } from './place-words.js';
import { LATIN_NOT_NAME_SET, LIST_COMPANY_CUES } from './data/kinds.js';
import { afterPossessive, cueAt, cueNear } from './cue-after.js';
import type { TokenIndex } from './token-index.js';
import { isAllGeneric } from './generic.js';
import { INDUSTRY_WORDS, SITE_WORD } from './data/industries.js';
import { saysIsOneBody } from './named-bodies.js';

/** What a list's members own (股价, 财报) a single name owns too; not 总部 (深圳 | 总部 is a company's office there). */
const OWNED_BY_COMPANIES = LIST_COMPANY_CUES.filter((c) => c !== '总部');
/** 在法兰克福 | 的股票: where shares trade, not whose they are. */
const LOCATIVE_PREPOSITIONS = /[在于从到]$/u;

const MAX_LISTING_CHARS = 24;
/** Going public on an exchange (已在纳斯达克上市, 登陆港股主板挂牌) or abroad (赴港上市); a product goes on sale 在 a place, not on an exchange. */
const LISTING = new RegExp(
  `^(?:将|已|已经|正式|成功|首次)?(?:(?:在|于|登陆)[^，。；、]{0,8}?(?:${EXCHANGES.join('|')})[^，。；、]{0,4}?(?:上市|挂牌)|赴[美港]上市)`,
  'u',
);
/** Whether the words after `end` say a company goes public. */
export const goesPublic = (text: string, end: number): boolean => LISTING.test(text.slice(end, end + MAX_LISTING_CHARS));

function ownsACompanyCue(text: string, index: TokenIndex, e: Entity): boolean {
  const at = afterPossessive(text, e.end);
  if (cueAt(text, at, OWNED_BY_COMPANIES) || goesPublic(text, e.end) || saysIsOneBody(text, index, e.end)) return true;
  return e.type === 'LOC' && cueAt(text, e.end, LED_LIKE_COMPANIES);
}

export function companyCueRetypes(text: string, index: TokenIndex, entities: Entity[]): Entity[] {
  // A place right after a name is that body's branch (花旗 | 中国董事长, 中银 | 香港副董事长), not the company.
  const ends = new Set(entities.map((e) => e.end));
  const retyped = (e: Entity): boolean =>
    (e.type === 'PERSON' || e.type === 'LOC') &&
    e.source === 'model' &&
    index.startsAt(e.start) &&
    index.endsAt(e.end) &&
    !ends.has(e.start) &&
    !LOCATIVE_PREPOSITIONS.test(text.slice(0, e.start)) &&
    ownsACompanyCue(text, index, e);
  return entities.map((e) => (retyped(e) ? { ...e, type: 'ORG' as const, source: 'company-cue' } : e));
}

/** A listed company's short name: a place and one word of two characters (贵州 + 茅台, 上海 + 机场). */
const TRADE_WORD_CHARS = 2;
const TRADE_WORD_POS = /^(n|nz|nr|nrt|ns|j|x|ng)$/;
const HAN = /^[\u4e00-\u9fff]+$/u;

/**
 * A place the model read, one word after it, and what only a company owns right after that
 * (贵州 | 茅台 | 股价): the exchange's short name of a company, [place][trade name], as news writes
 * it. Not a sector (美国 | 科技 | 股: generic words name none).
 */
export function placeTradeNameCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    if (e.type !== 'LOC' || e.source !== 'model' || !index.startsAt(e.start) || !index.endsAt(e.end)) continue;
    const w = index.startingAt(e.end);
    if (!w || w.text.length !== TRADE_WORD_CHARS || !HAN.test(w.text) || !TRADE_WORD_POS.test(w.pos) || isAllGeneric(w.text)) continue;
    if (entities.some((o) => o !== e && overlaps(o, w))) continue;
    const at = afterPossessive(text, w.end);
    if (!cueAt(text, at, OWNED_BY_COMPANIES) || LOCATIVE_PREPOSITIONS.test(text.slice(0, e.start))) continue;
    out.push({ type: 'ORG', text: text.slice(e.start, w.end), start: e.start, end: w.end, score: 0.6, source: 'company-cue' });
  }
  return out;
}

/** A company's report or filing after its name (发布了一季度业绩, 发布财报): only a company publishes these. */
const FILINGS = /^(?:发布|公布|披露)了?[^，。；！？,;!?]{0,6}?(?:财报|业绩|年报|季报|半年报|公告)/u;
const HEAD_POS = /^(n|nz|nr|nrt|j|x|ng|a|vn)$/;
/** What only a company owns (股价) and who heads only a company (总裁), after its name. */
// 滚石唱片 | 的老板: a boss heads a business, and a trade name with its industry word names one.
const COMPANY_ONLY_CUES = [...OWNED_BY_COMPANIES, ...LED_LIKE_COMPANIES, '老板'];
/** Looked up once for every token of the article. */
const INDUSTRY_WORD_SET: ReadonlySet<string> = new Set(INDUSTRY_WORDS);

/**
 * A word and an industry word right after it (理想 | 汽车, 快手 | 科技), the pair followed by what only a
 * company has or does (股价, 财报; 发布了一季度业绩) or by who heads only a company (光线传媒 | 的总裁): a
 * company's short name, [trade name][industry],
 * however everyday the trade name. Not a place's sector (中国汽车), nor an industry alone.
 */
export function industryNameCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  const { tokens } = index;
  for (let k = 1; k < tokens.length; k++) {
    const w = tokens[k]!;
    const head = tokens[k - 1]!;
    if (!INDUSTRY_WORD_SET.has(w.text) || head.end !== w.start) continue;
    if (head.text.length < 2 || head.text.length > 4 || !HAN.test(head.text) || !HEAD_POS.test(head.pos) || isAllGeneric(head.text))
      continue;
    if (entities.some((o) => o.type === 'ORG' && o.start <= head.start && o.end >= w.end)) continue;
    const at = afterPossessive(text, w.end);
    if (!cueAt(text, at, COMPANY_ONLY_CUES) && !FILINGS.test(text.slice(w.end))) continue;
    out.push({ type: 'ORG', text: text.slice(head.start, w.end), start: head.start, end: w.end, score: 0.6, source: 'company-cue' });
  }
  return out;
}

/** Whether a noun for a kind of company ends right before `start`, a word of its own (芯片制造商 | 英特尔). */
export function describedAsCompany(text: string, index: TokenIndex, start: number): boolean {
  return index.endsAt(start) && COMPANY_DESCRIPTORS.some((d) => text.endsWith(d, start) && index.startsAt(start - d.length));
}

const LATIN_WORD = /^[A-Za-z][A-Za-z0-9&.-]*$/;
/**
 * A Latin name right after a noun for a company or a body of any kind (市场研究公司 | IDC, 分析机构 |
 * Counterpoint): in Chinese text a Latin word in apposition to such a noun is the body's name; a Han
 * word there is as often a person's (投资公司 | 张三).
 */
function describedAsBody(text: string, index: TokenIndex, start: number): boolean {
  const d = BODY_DESCRIPTORS.find((w) => text.endsWith(w, start) && index.startsAt(start - w.length));
  if (!d || !index.endsAt(start)) return false;
  // Valve + 游戏公司 | DOTA2: a noun phrase that describes the Latin name before it leaves the one after it a product.
  let k = index.endingAt(start - d.length);
  while (k >= 0 && /^(n|vn)$/.test(index.tokens[k]!.pos) && HAN.test(index.tokens[k]!.text)) k--;
  const before = index.tokens[k];
  return !before || !LATIN_WORD.test(before.text);
}

/** What jieba reads as a name of some sort; a place (供应商 | 美国) is where the company is from, not its name. */
const DESCRIBED_NAME_POS = /^(nt|nz|nr|nrt|j|x|eng)$/;
/** After a person's name and a two-character noun (雷曼 + 兄弟), a noun that goes on: the phrase is longer than a name. */
const NOUN_GOES_ON = /^(n|nz|nt|vn)$/;
/** A name of a word or two, at most; a Latin word is longer (Counterpoint). */
const MAX_DESCRIBED_CHARS = 8;
const MAX_DESCRIBED_LATIN_CHARS = 20;

/**
 * The name right after a noun for a kind of company (电信运营商 | 中国移动, 投资银行 | 雷曼 + 兄弟): one
 * word jieba reads as a name, and a plain noun after it when the model read a person there (雷曼兄弟),
 * ending where the noun phrase does.
 */
export function describedCompanyCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  const { tokens } = index;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!DESCRIBED_NAME_POS.test(t.pos)) continue;
    // fragster | .de: a site's address, no name.
    const latin = LATIN_WORD.test(t.text) && !/^\.[A-Za-z]/.test(text.slice(t.end, t.end + 2));
    const described =
      describedAsCompany(text, index, t.start) || (latin && describedAsBody(text, index, t.start) && !LATIN_NOT_NAME_SET.has(t.text));
    if (!described || isPlaceWord(t.text)) continue;
    // jieba's unknown Han words are as often the sentence's (开发商 | 多以): only Latin ones count.
    if (t.text.length < 2 || (t.pos === 'x' && !latin)) continue;
    let end = t.end;
    const person = entities.find((e) => e.type === 'PERSON' && e.start === t.start && e.end === t.end);
    const next = tokens[k + 1];
    if (
      person &&
      next &&
      next.start === t.end &&
      next.pos === 'n' &&
      next.text.length === 2 &&
      !NOUN_GOES_ON.test(tokens[k + 2]?.pos ?? '')
    )
      end = next.end;
    if (
      end - t.start > (latin ? MAX_DESCRIBED_LATIN_CHARS : MAX_DESCRIBED_CHARS) ||
      entities.some((o) => o.type === 'ORG' && overlaps(o, { start: t.start, end }))
    )
      continue;
    out.push({ type: 'ORG', text: text.slice(t.start, end), start: t.start, end, score: 0.6, source: 'company-cue' });
  }
  return out;
}

/**
 * A site named by a word and 网 (开心 + 网, 校内 + 网), right before who leads it (开心网 | CEO, 总裁,
 * 创始人) or what a site does or has (人人网 | 的注册用户, 优酷网 | 则表示): the company that runs the site,
 * however jieba reads the word (开心/v). Not a generic word or an industry before 网 (互联网, 物流网: a
 * kind of network).
 */
export function siteCompanyCandidates(text: string, index: TokenIndex, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  const { tokens } = index;
  tokens.forEach((t, k) => {
    const word = tokens[k - 1];
    if (t.text !== SITE_WORD || !word || word.end !== t.start || word.text.length !== TRADE_WORD_CHARS || !HAN.test(word.text)) return;
    if (isAllGeneric(word.text) || INDUSTRY_WORDS.includes(word.text) || isPlaceWord(word.text)) return;
    if (!cueNear(text, index, t.end, SITE_CUES)) return;
    const cand: Entity = {
      type: 'ORG',
      text: text.slice(word.start, t.end),
      start: word.start,
      end: t.end,
      score: 0.8,
      source: 'company-cue',
    };
    if (!entities.some((e) => overlaps(e, cand))) out.push(cand);
  });
  return out;
}
