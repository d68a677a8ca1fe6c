/**
 * The organisation lexicon as one character trie, built once per thread on first use
 * (a module-level lazy value: the only state this module keeps). `matches` returns every
 * lexicon name in a text, all of them, overlapping ones too.
 */
import lexicon from './data/org-lexicon.json' with { type: 'json' };
import { isAllGeneric } from './generic.js';

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

let root: Node | undefined;
let latin: ReadonlySet<string> | undefined;

let ambiguous: ReadonlySet<string> | undefined;
let names: ReadonlySet<string> | undefined;

/** The lexicon's Han names, as one set (for whole-word lookups; `lexiconMatches` finds them in running text). */
export function lexiconNames(): ReadonlySet<string> {
  names ??= new Set((lexicon as { names: string[] }).names);
  return names;
}

/** Lexicon names that are also everyday words (百度, 苹果): taken only with a cue. */
export function ambiguousNames(): ReadonlySet<string> {
  ambiguous ??= new Set((lexicon as { ambiguous?: string[] }).ambiguous ?? []);
  return ambiguous;
}

let verbs: ReadonlySet<string> | undefined;
/** Words jieba's dictionary tags as nouns that CC-CEDICT knows only as verbs (会见, 办理, 中标). */
export function lexiconVerbs(): ReadonlySet<string> {
  verbs ??= new Set((lexicon as { verbs?: string[] }).verbs ?? []);
  return verbs;
}

let works: ReadonlySet<string> | undefined;
/** Proper nouns CC-CEDICT knows only as works, events or places made by hand (天龙八部, 英雄联盟): no bodies. */
export function lexiconWorks(): ReadonlySet<string> {
  works ??= new Set((lexicon as { works?: string[] }).works ?? []);
  return works;
}

let tradeNames: ReadonlySet<string> | undefined;
/** Group and legal-form words a company's name ends with (联想 + 集团, 海尔 + 股份, 腾讯 + 控股). */
export const GROUP_WORDS = /(集团|控股|股份|公司)$/;
/** A place or a country before such a word names a company of that place, no trade name (中国 of 中国公司). */
const PLACE_HEAD = /[国省市县州洲]$/;

/**
 * The trade names of the lexicon's companies (联想 of 联想集团): words that name the company
 * before any other group or legal-form word (联想 + 控股), though alone they may be everyday words.
 */
export function lexiconTradeNames(): ReadonlySet<string> {
  tradeNames ??= new Set(
    [...lexiconNames()]
      .flatMap((n) => {
        const group = GROUP_WORDS.exec(n);
        return group ? [n.slice(0, group.index)] : [];
      })
      .filter((h) => h.length >= 2 && !PLACE_HEAD.test(h) && !GROUP_WORDS.test(h) && !isAllGeneric(h)),
  );
  return tradeNames;
}

/** Latin-script organisation names (Toshiba, Human Rights Watch), as one set. */
export function latinLexicon(): ReadonlySet<string> {
  latin ??= new Set((lexicon as { latin?: string[] }).latin ?? []);
  return latin;
}

function build(names: readonly string[]): Node {
  const r: Node = { next: new Map(), end: false };
  for (const name of names) {
    let n = r;
    for (const ch of name) {
      let c = n.next.get(ch);
      if (!c) {
        c = { next: new Map(), end: false };
        n.next.set(ch, c);
      }
      n = c;
    }
    n.end = true;
  }
  return r;
}

export interface LexiconMatch {
  start: number;
  end: number;
  text: string;
}

const lexiconTrie = (): Node => (root ??= build((lexicon as { names: string[] }).names));

/** The names that start at `i`, shortest first. */
function matchesAt(trie: Node, text: string, i: number, out: LexiconMatch[]): void {
  let n: Node | undefined = trie;
  for (let j = i; j < text.length && n; j++) {
    n = n.next.get(text[j]!);
    if (n?.end) out.push({ start: i, end: j + 1, text: text.slice(i, j + 1) });
  }
}

export function lexiconMatches(text: string, names?: readonly string[]): LexiconMatch[] {
  const trie = names ? build(names) : lexiconTrie();
  const out: LexiconMatch[] = [];
  for (let i = 0; i < text.length; i++) matchesAt(trie, text, i, out);
  return out;
}

/** The lexicon names `text` starts with (中国科学院 in 中国科学院自动化), shortest first. */
export function lexiconPrefixes(text: string): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  matchesAt(lexiconTrie(), text, 0, out);
  return out;
}
