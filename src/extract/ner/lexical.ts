import type { Token } from '../../record/schema.js';
import { sharedJieba } from '../segment/jieba.js';
import { normalizeChar, type TokenSpan } from './tokenize.js';
import { POS_GROUPS, LEXICAL_FEATURES_VERSION } from './pos-groups.js';
import contract from './contract.json' with { type: 'json' };

/**
 * Lexical features fed to the model through token_type_ids: for the first character of each
 * token, its position in the jieba word (B/M/E/S) and the word's coarse POS group.
 * type id = 1 + group * 4 + bmes; 0 is reserved for [CLS]/[SEP]/padding.
 * The same function serves training data preparation and inference.
 */
export const LEXICAL_FEATURES = {
  kind: contract.lexicalFeatures.kind,
  version: contract.lexicalFeatures.version,
  posGroups: contract.lexicalFeatures.posGroups,
  typeVocabSize: contract.lexicalFeatures.typeVocabSize,
} as const;

// contract.json states the features for the model's config and the Python side; pos-groups.ts
// holds how jieba tags map onto the groups. A mismatch would feed the model other ids than it
// was trained on, so it stops the import rather than a run.
if (
  POS_GROUPS.map((g) => g.name).join() !== LEXICAL_FEATURES.posGroups.join() ||
  LEXICAL_FEATURES_VERSION !== LEXICAL_FEATURES.version ||
  1 + POS_GROUPS.length * 4 !== LEXICAL_FEATURES.typeVocabSize
) {
  throw new Error('src/extract/ner/contract.json lexicalFeatures disagree with pos-groups.ts');
}

const groupCache = new Map<string, number>();
export function posGroup(tag: string): number {
  let g = groupCache.get(tag);
  if (g === undefined) {
    g = POS_GROUPS.findIndex((grp) => grp.prefixes.some((p) => tag.startsWith(p)));
    if (g < 0) g = POS_GROUPS.length - 1;
    groupCache.set(tag, g);
  }
  return g;
}

function markWord(out: Uint8Array, at: number, len: number, tag: string): void {
  const g = posGroup(tag);
  for (let k = 0; k < len; k++) {
    const bmes = len === 1 ? 3 : k === 0 ? 0 : k === len - 1 ? 2 : 1;
    out[at + k] = 1 + g * 4 + bmes;
  }
}

/** Characters jieba left out (white space) read as a one-character word of group `other`. */
function fillUnmarked(out: Uint8Array): Uint8Array {
  for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = 1 + (POS_GROUPS.length - 1) * 4 + 3;
  return out;
}

/** ASCII and unified CJK are their own NFKC forms; only other text needs the per-character pass. */
const NEEDS_NORMALISING = /[^\u0000-\u007f\u4e00-\u9fff]/;

/**
 * jieba groups runs of Han characters, ASCII letters and digits and `+#&._%-` into blocks and
 * emits every other character as a word of its own (tag `x`). So normalising only changes its
 * words where a character turns into one of those, or into white space (full-width letters and
 * digits, `％`, the ideographic space); full-width commas and brackets stay one-character words.
 */
const JIEBA_BLOCK_OR_SPACE = /^[A-Za-z0-9+#&._%\-\s]$/;
function normalisingChangesWords(text: string): boolean {
  if (!NEEDS_NORMALISING.test(text)) return false;
  for (const ch of text) {
    const n = normalizeChar(ch, false); // ASCII and CJK return at once, unchanged
    if (n !== ch && n.length === ch.length && JIEBA_BLOCK_OR_SPACE.test(n)) return true;
  }
  return false;
}

/** Per UTF-16 unit: the lexical feature id (1..), from jieba run on a same-length normalised copy. */
export function charFeatures(text: string): Uint8Array {
  // Normalise char by char where the length is kept (full-width digits and letters), so that
  // jieba sees `1998年` rather than `１９９８年` and offsets stay the same.
  let norm = text;
  if (NEEDS_NORMALISING.test(text)) {
    norm = '';
    for (const ch of text) {
      const n = normalizeChar(ch, false);
      norm += n.length === ch.length ? n : ch;
    }
  }
  const out = new Uint8Array(text.length);
  const words = sharedJieba().tag(norm, true);
  let pos = 0;
  for (const w of words) {
    const at = norm.startsWith(w.word, pos) ? pos : norm.indexOf(w.word, pos);
    if (at < 0) continue;
    markWord(out, at, w.word.length, w.tag);
    pos = at + w.word.length;
  }
  return fillUnmarked(out);
}

/**
 * The same features from the segment stage's jieba tokens, so that the pipeline segments each
 * text once. Null when the text needs the normalised copy that charFeatures segments (full-width
 * forms and the like): jieba would cut those differently from what the model was trained on.
 */
export function featuresFromTokens(text: string, tokens: readonly Token[]): Uint8Array | null {
  if (normalisingChangesWords(text)) return null;
  const out = new Uint8Array(text.length);
  for (const t of tokens) markWord(out, t.start, t.end - t.start, t.pos);
  return fillUnmarked(out);
}

/** token_type_ids for tokens of `text` (without [CLS]/[SEP]). */
export function tokenTypeIds(text: string, tokens: readonly TokenSpan[]): number[] {
  const f = charFeatures(text);
  return tokens.map((t) => f[t.start] ?? 0);
}
