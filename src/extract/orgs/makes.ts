/**
 * Makers, makes and models: a maker's name with a model's code or letters is a product (英伟达H100,
 * 奇瑞QQ), and a place with what is made there before a word for a maker describes the maker named
 * next (美国电脑 | 厂商 Gateway). None of them names a body.
 */
import type { Entity, Token } from '../../record/schema.js';
import { MAKER_WORDS } from './data/cues.js';
import { HAN_ONLY } from './data/word-classes.js';
import { kindOf } from './generic.js';
import { isPlaceWord } from './place-words.js';
import type { TokenIndex } from './token-index.js';

/** Han letters, then a model code of a few Latin letters and digits (H100, E3, X5). */
const MAKE_AND_CODE = /^([\u4e00-\u9fff]{2,})[A-Za-z]{1,3}\d+[A-Za-z]*$/u;

/** 英伟达H100, 任天堂E3: a maker's name and a model code, unless the code ends a body's name (反恐部队GSG9). */
export function isMakeAndCode(name: string): boolean {
  const coded = MAKE_AND_CODE.exec(name);
  return !!coded && !kindOf(coded[1]!);
}

/** Han letters, then a model's name of a few capital letters and no digits (奇瑞QQ, 金山WPS). */
const MAKE_AND_LETTERS = /^([\u4e00-\u9fff]{2,})[A-Z]{2,4}$/u;

/**
 * 奇瑞QQ after 奇瑞汽车股份有限公司 or 奇瑞汽车: a maker the article names in full, then capital letters, is a
 * make and model. Only where the fuller name is there: letters after a Han name are as often its Latin name
 * (美国艺电EA, 华义SPIDER), which CLUENER tags whole.
 */
export function isMakersLetteredModel(e: Entity, entities: readonly Entity[]): boolean {
  const made = MAKE_AND_LETTERS.exec(e.text);
  // 美国FDA beside 美国食品药品管理局: a country and a body's acronym, no maker.
  if (!made || kindOf(made[1]!) || isPlaceWord(made[1]!)) return false;
  const maker = made[1]!;
  return entities.some((o) => o.type === 'ORG' && o.text.length > maker.length + 1 && o.text.startsWith(maker) && HAN_ONLY.test(o.text));
}

/**
 * 美国 | 电脑 | 厂商 Gateway, 日本 | 汽车 | 制造商: a place and what is made there, before a word for a kind of
 * maker, describe the maker named next; they name none themselves. (Not before 网站 or 经销商: 顺义区政府 |
 * 网站 is the body's site, and a dealer's trade name reads so, 广东红木 | 经销商.)
 */
export function isMakersDescription(text: string, e: Entity, index: TokenIndex): boolean {
  const words = index.within(e.start, e.end);
  if (words.length !== 2 || words[0]!.start !== e.start || words[1]!.end !== e.end) return false;
  const [place, made] = words as [Token, Token];
  return (
    place.pos === 'ns' &&
    made.pos === 'n' &&
    MAKER_WORDS.some((d) => text.startsWith(d, e.end) && index.startsAt(e.end) && index.endsAt(e.end + d.length))
  );
}
