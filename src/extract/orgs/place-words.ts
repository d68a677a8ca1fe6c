/**
 * jieba reading words out of their sentence: whether they are a place, their tags, the words inside
 * one word. jieba tags a word by its context: 韩国 inside 韩国现代/nr and a country after 一家 may come
 * out as a person's name; alone, the dictionary says what it is.
 */
import { HOME_PLACES } from './data/sentence-words.js';
import { sharedJieba } from '../segment/jieba.js';

/** Whether jieba, reading the words alone, takes them for one place (韩国 of 韩国现代/nr). */
export function isPlaceWord(words: string): boolean {
  const tags = wordTags(words);
  return tags.length === 1 && tags[0]!.tag === 'ns';
}

/** jieba's words and tags for letters read alone, out of their sentence. */
export function wordTags(words: string): { word: string; tag: string }[] {
  return sharedJieba().tag(words, false);
}

/**
 * The words inside one jieba word, left to right, each the longest jieba knows from where the last
 * ended (国家开发银行/nt → 国家 开发 银行; 中国社会科学院 → 中国 社会 科学院): how a name jieba holds whole
 * is built.
 */
export function wordsInside(word: string): string[] {
  const parts = sharedJieba()
    .cutForSearch(word, true)
    .filter((w) => w.length < word.length);
  const out: string[] = [];
  for (let at = 0; at < word.length;) {
    const next = parts.filter((w) => word.startsWith(w, at)).sort((a, b) => b.length - a.length)[0] ?? word[at]!;
    out.push(next);
    at += next.length;
  }
  return out;
}

/**
 * Whether a word jieba files as a place is one: not a place and a word of another class after it
 * (上海 + 东方/s: a club named by its city and its sponsor). A name jieba cuts into pieces that are
 * no places (意大利 → 意大 + 利) is still the place.
 */
export function isPlacesAlone(word: string): boolean {
  const [first, ...rest] = wordsInside(word);
  const isPlace = (w: string): boolean => wordTags(w).every((t) => t.tag === 'ns');
  if (!first || rest.length === 0 || !isPlace(first)) return true;
  return !rest.some((w) => w.length >= 2 && !isPlace(w));
}

/** What a place alone before it leaves unnamed: a company, a firm, a band or a team from there (一家美国公司, 日本乐队). */
export const PLACE_COMPANY_ENDINGS: readonly string[] = ['公司', '企业', '乐队', '球队'];

const HOME_PLACE_SET: ReadonlySet<string> = new Set(HOME_PLACES);
/** A country's, a province's or a continent's own ending (美国, 广东省, 欧洲). */
const COUNTRY_ENDING = /[国省洲]$/u;

/**
 * A country or region and one of those words alone (美国公司, 日本企业, 欧洲公司), jieba's one word
 * or two: no name. Not a brand jieba files as a place (福特 + 公司, 中兴 + 公司, 英特尔 + 公司).
 */
export function isPlacesCompany(name: string): boolean {
  const ending = PLACE_COMPANY_ENDINGS.find((w) => name.endsWith(w) && name.length > w.length);
  if (!ending) return false;
  const head = name.slice(0, -ending.length);
  return HOME_PLACE_SET.has(head) || (COUNTRY_ENDING.test(head) && isPlaceWord(head));
}
