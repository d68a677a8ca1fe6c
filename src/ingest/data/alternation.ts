/**
 * Regex alternatives built from lists, so that the data files keep their word lists one
 * entry per line (diffable, commentable) instead of inside one long pattern.
 */

/** A literal word (escaped), or a pattern fragment kept as written (its flags are ignored: the enclosing pattern's apply). */
export type Alternative = string | RegExp;

const SPECIAL = /[\\^$.*+?()[\]{}|]/g;

/**
 * "a|b|c" from the entries, in the order given: alternatives are tried left to right, so
 * "字体" before "字体大小" is not the same pattern as the reverse, and sorting is left to the
 * author. Wrap the result in a group where it sits inside a longer pattern.
 */
export function alternation(entries: readonly Alternative[]): string {
  return entries.map((e) => (typeof e === 'string' ? e.replace(SPECIAL, '\\$&') : e.source)).join('|');
}
