import type { Entity } from '../../record/schema.js';

/** Opening marks and their closing partners: quotes, title marks, brackets (full- and half-width). */
const PARTNER: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['[', ']'],
  ['〔', '〕'],
  ['〖', '〗'],
  ['｛', '｝'],
  ['{', '}'],
  ['«', '»'],
  ['"', '"'],
  ["'", "'"],
]);
const OPENING = new Set(PARTNER.keys());
const CLOSING: ReadonlyMap<string, string> = new Map([...PARTNER].map(([o, c]) => [c, o]));

/** Marks that end a clause or list item: never the first or last character of a name or figure. */
const SEPARATORS = new Set([...'，、。；：！？,;:!?…']);

/** Dashes; one before a digit is a minus sign ("－５℃"), so it may lead. */
const DASH = /^\p{Pd}$/u;
const DIGIT = /^[0-9０-９]$/;

/** White space and connectors ("____" in forms to fill in). */
const SPACE = /^[\s\p{Pc}]$/u;
/** What every name and figure has at least one of. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function badStart(s: string): boolean {
  const c = s[0]!;
  if (SEPARATORS.has(c) || SPACE.test(c)) return true;
  if (DASH.test(c)) return !DIGIT.test(s[1] ?? '');
  if (CLOSING.has(c) && !OPENING.has(c)) return true;
  // An opening mark leads only when its partner closes inside the entity ("《诗探索》杂志").
  return OPENING.has(c) && !s.includes(PARTNER.get(c)!, 1);
}

function badEnd(s: string): boolean {
  const c = s[s.length - 1]!;
  if (SEPARATORS.has(c) || DASH.test(c) || SPACE.test(c)) return true;
  if (OPENING.has(c) && !CLOSING.has(c)) return true;
  return CLOSING.has(c) && !s.slice(0, -1).includes(CLOSING.get(c)!);
}

/**
 * Entity edges moved in past punctuation that cannot begin or end one: a quote or bracket whose
 * partner is not inside the entity ("鹏城实验室“", "“城连城"), a clause separator, a trailing dash,
 * and the white space that trimming them can bare ("古希腊 \""). Entities with neither a letter
 * nor a digit ("____", a blank in a form) are dropped.
 * The model tags tokens, and a mark next to a name is easily swept in with it; the fix is certain
 * where the mark is unbalanced, so it is made here rather than learned. Offsets stay exact
 * (text.slice(start, end) is the new text).
 */
export function trimEdgePunctuation(entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    let { start, end } = e;
    let text = e.text;
    for (;;) {
      if (text.length > 0 && badStart(text)) {
        start++;
        text = text.slice(1);
      } else if (text.length > 0 && badEnd(text)) {
        end--;
        text = text.slice(0, -1);
      } else break;
    }
    if (!LETTER_OR_DIGIT.test(text)) continue;
    out.push(start === e.start && end === e.end ? e : { ...e, start, end, text });
  }
  return out;
}
