/** Cue words after a name, read as a reader reads them: a deputy's title is the title's cue too. */
import { DEPUTY } from './data/cues.js';

const POSSESSIVE = '的';

/** Where what a name owns begins: past a 的 right after it (小米 | 的 | 股价), or right at its end. */
export const afterPossessive = (text: string, end: number): number => (text.startsWith(POSSESSIVE, end) ? end + POSSESSIVE.length : end);

/** Whether one of `cues` starts at `at` in `text`, a deputy's 副 before it allowed (百度 | 副总裁). */
export function cueAt(text: string, at: number, cues: readonly string[]): boolean {
  const from = text.startsWith(DEPUTY, at) ? at + DEPUTY.length : at;
  return cues.some((c) => text.startsWith(c, at) || text.startsWith(c, from));
}
