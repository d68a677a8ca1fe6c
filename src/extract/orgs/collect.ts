/**
 * The article's organisations: ORG mentions grouped by name, then short forms folded into
 * the full name they abbreviate or whose trade name they are (its `aliases`), every mention
 * counted once. A short form the article declares (…研究院（以下简称“星研院”）) is one whatever
 * its letters.
 */
import type { Entity, Organization, Token } from '../../record/schema.js';
import { abbreviationTest, isTradeName } from './aliases.js';
import { TokenIndex } from './token-index.js';
import { declaredAfter } from './declared-short-forms.js';
import { tradeNameForms, tradeNameWords } from './trade-names.js';
import { lexiconNames } from './lexicon.js';

/** Short names the article declares right after a full one: full name → short names. */
function declaredShortForms(text: string, orgs: readonly Entity[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const full of orgs) {
    const short = declaredAfter(text, full);
    if (short) out.set(full.text, (out.get(full.text) ?? new Set<string>()).add(short));
  }
  return out;
}

/**
 * A name the lexicon knows on its own (日产, Nissan) is no short form of a body it does not know
 * (日本经济产业省), whatever its letters: the two are different bodies. 中科院 of 中国科学院: both known.
 */
const isOtherKnownBody = (short: string, full: string): boolean => lexiconNames().has(short) && !lexiconNames().has(full);

interface Group {
  name: string;
  aliases: string[];
  mentions: number;
  spans: [number, number][];
  first: Entity;
}

export function collectOrganizations(entities: Entity[], tokens: Token[] = [], text?: string): Organization[] {
  const byName = new Map<string, Group>();
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    const name = e.text.trim();
    if (!name) continue;
    const org = byName.get(name) ?? { name, aliases: [], mentions: 0, spans: [], first: e };
    org.mentions += 1;
    org.spans.push([e.start, e.end]);
    byName.set(name, org);
  }
  const groups = [...byName.values()];
  // Longest names first: a short form joins the longest full name it abbreviates.
  const byLength = [...groups].sort((a, b) => b.name.length - a.name.length);
  const absorbed = new Set<string>();
  const index = new TokenIndex(tokens);
  const declared =
    text === undefined
      ? new Map<string, Set<string>>()
      : declaredShortForms(
          text,
          entities.filter((e) => e.type === 'ORG'),
        );
  const absorb = (full: Group, short: Group): void => {
    full.aliases.push(short.name);
    full.mentions += short.mentions;
    full.spans.push(...short.spans);
    absorbed.add(short.name);
  };
  for (const full of byLength) {
    if (absorbed.has(full.name)) continue;
    const tokensOf = index.within(full.first.start, full.first.end);
    const words = tokensOf.map((t) => t.text);
    // Read once for every short name it is asked about.
    const forms = tradeNameForms(full.name, tokensOf, full.first.start);
    // A short form of the full name, or of one of its trade names (中移动 of 中国移动).
    const abbreviations = [abbreviationTest(full.name, words), ...tradeNameWords(forms).map((f) => abbreviationTest(f.text, f.words))];
    for (const short of groups) {
      if (short === full || absorbed.has(short.name) || short.aliases.length) continue;
      const isDeclared = declared.get(full.name)?.has(short.name) ?? false;
      const abbreviates = abbreviations.some((test) => test(short.name));
      if (!isDeclared && !abbreviates && !isTradeName(short.name, full.name, tokensOf, forms)) continue;
      if (!isDeclared && abbreviates && isOtherKnownBody(short.name, full.name) && !isTradeName(short.name, full.name, tokensOf, forms))
        continue;
      absorb(full, short);
    }
  }
  return groups
    .filter((g) => !absorbed.has(g.name))
    .map((g) => ({
      name: g.name,
      aliases: g.aliases,
      mentions: g.mentions,
      spans: g.spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    }));
}
