/**
 * A small longest-match lexicon over a word list: words are bucketed by their first
 * UTF-16 unit, longest first, so a match at a position costs a map lookup and a few
 * `startsWith` calls. Built once from the JSON tables and never mutated afterwards.
 */
export interface LexMatch<T> {
  word: string;
  value: T;
  end: number;
}

export class Lexicon<T> {
  /** buckets by the first UTF-16 code unit (numbers hash faster than one-char strings) */
  private readonly byFirst: ReadonlyMap<number, ReadonlyArray<readonly [string, T]>>;
  /** 1 where some word starts with that code unit: the common case, no match, costs one load */
  private readonly starts: Uint8Array;

  constructor(entries: Iterable<readonly [string, T]>) {
    const m = new Map<number, Array<readonly [string, T]>>();
    const starts = new Uint8Array(65536);
    for (const [word, value] of entries) {
      if (!word) continue;
      const first = word.charCodeAt(0);
      starts[first] = 1;
      let bucket = m.get(first);
      if (!bucket) m.set(first, (bucket = []));
      bucket.push([word, value]);
    }
    for (const bucket of m.values()) bucket.sort((a, b) => b[0].length - a[0].length);
    this.byFirst = m;
    this.starts = starts;
  }

  static fromList(words: readonly string[]): Lexicon<true> {
    return new Lexicon(words.map((w) => [w, true] as const));
  }

  static fromRecord<V>(rec: Readonly<Record<string, V>>): Lexicon<V> {
    return new Lexicon(Object.entries(rec).filter(([k]) => !k.startsWith('_')));
  }

  /** The longest word starting at `i`, or null. */
  match(text: string, i: number): LexMatch<T> | null {
    const code = text.charCodeAt(i);
    if (code !== code || this.starts[code] !== 1) return null; // NaN past the end
    const bucket = this.byFirst.get(code);
    if (!bucket) return null;
    for (const [word, value] of bucket) {
      if (text.startsWith(word, i)) return { word, value, end: i + word.length };
    }
    return null;
  }

  /** All words starting at `i`, longest first. */
  matchAll(text: string, i: number): LexMatch<T>[] {
    const bucket = this.byFirst.get(text.charCodeAt(i));
    if (!bucket) return [];
    return bucket.filter(([w]) => text.startsWith(w, i)).map(([word, value]) => ({ word, value, end: i + word.length }));
  }

  firstChars(): string[] {
    return [...this.byFirst.keys()].map((c) => String.fromCharCode(c));
  }
}
