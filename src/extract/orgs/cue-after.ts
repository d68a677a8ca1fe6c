/** Cue words after a name, read as a reader reads them: a deputy's title is the title's cue too. */
import { DEPUTY } from './data/cues.js';
import type { TokenIndex } from './token-index.js';

const POSSESSIVE = '的';

/** Where what a name owns begins: past a 的 right after it (小米 | 的 | 股价), or right at its end. */
export const afterPossessive = (text: string, end: number): number => (text.startsWith(POSSESSIVE, end) ? end + POSSESSIVE.length : end);

/** Whether one of `cues` starts at `at` in `text`, a deputy's 副 before it allowed (百度 | 副总裁). */
export function cueAt(text: string, at: number, cues: readonly string[]): boolean {
  const from = text.startsWith(DEPUTY, at) ? at + DEPUTY.length : at;
  return cues.some((c) => text.startsWith(c, at) || text.startsWith(c, from));
}

/** Words that may stand between a name and what it does: an adverb or a time (AMD | 随即 | 宣布, 万向 | 先后 | 收购). */
const BETWEEN_POS = /^(d|t|ad)$/;

/**
 * One of `cues` after a name past what a reader reads through: a 的 (IDC | 的 | 报告显示), then one
 * adverb or time word (IDC | 的 | 最新 | 报告显示, 万向 | 先后 | 收购). A cue right at the name's end is
 * the caller's to test: each step takes its own there.
 */
export function cueAfterModifier(text: string, index: TokenIndex, end: number, cues: readonly string[]): boolean {
  const from = afterPossessive(text, end);
  if (from !== end && cues.some((c) => text.startsWith(c, from))) return true;
  const w = index.startingAt(from);
  return !!w && BETWEEN_POS.test(w.pos) && cues.some((c) => text.startsWith(c, w.end));
}

/** One of `cues` right at a name's end or past what a reader reads through (人人网 | 的注册用户, 优酷网 | 则表示). */
export function cueNear(text: string, index: TokenIndex, end: number, cues: readonly string[]): boolean {
  return cueAt(text, end, cues) || cueAfterModifier(text, index, end, cues);
}
