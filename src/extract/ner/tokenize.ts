/**
 * BERT-style tokenization with exact offsets into the original text.
 * Each character is normalised on its own (NFKC, optional lower-casing and accent stripping), so
 * every token maps back to a UTF-16 span of the input: text.slice(start, end) is what it covers.
 */
export interface TokenizerSpec {
  vocab: ReadonlyMap<string, number>;
  unkId: number;
  lowercase: boolean;
  /** `##` for BERT WordPiece. */
  continuingPrefix: string;
  maxInputCharsPerWord: number;
}

export interface TokenSpan {
  id: number;
  start: number;
  end: number;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2a6df}\u{2a700}-\u{2ebef}\u{2f800}-\u{2fa1f}]/u;
const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /[\s\p{Cc}\p{Cf}\p{Zs}\uFFFD]/u;

/** NFKC, then optional lower-casing and accent stripping: the slow, general path. */
function normalizeCharSlow(ch: string, lowercase: boolean): string {
  let s = ch.normalize('NFKC');
  if (lowercase)
    s = s
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '');
  return s;
}

/**
 * Normalise one character the way the model's vocabulary expects. The unified CJK block and
 * ASCII are the bulk of Chinese news and are fixed points of NFKC (ASCII only needs lower-casing),
 * so they skip the Unicode calls that otherwise dominate tokenization time.
 */
export function normalizeChar(ch: string, lowercase: boolean): string {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c >= 0x4e00 && c <= 0x9fff) return ch;
    if (c < 0x80) return lowercase && c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ch;
  }
  return normalizeCharSlow(ch, lowercase);
}

/** Exposed for the test that checks the fast path agrees with the general one. */
export { normalizeCharSlow as _normalizeCharSlow };

function isCjk(s: string): boolean {
  const c = s.charCodeAt(0);
  return (s.length === 1 && c >= 0x4e00 && c <= 0x9fff) || CJK.test(s);
}

type Piece = { norm: string; starts: number[]; ends: number[] };

/** Greedy longest-match-first WordPiece over one basic word; a word that cannot be split is one [UNK]. */
function wordPieces(w: Piece, spec: TokenizerSpec, out: TokenSpan[]): void {
  const n = w.norm.length;
  const wStart = w.starts[0]!;
  const wEnd = w.ends[n - 1]!;
  const whole = spec.vocab.get(w.norm);
  if (whole !== undefined) {
    out.push({ id: whole, start: wStart, end: wEnd });
    return;
  }
  if ([...w.norm].length > spec.maxInputCharsPerWord) {
    out.push({ id: spec.unkId, start: wStart, end: wEnd });
    return;
  }
  const pieces: TokenSpan[] = [];
  let a = 0;
  while (a < n) {
    let b = n;
    let found: number | undefined;
    while (b > a) {
      // never cut inside a surrogate pair
      if (b < n && /[\uDC00-\uDFFF]/.test(w.norm[b]!)) {
        b--;
        continue;
      }
      const sub = (a > 0 ? spec.continuingPrefix : '') + w.norm.slice(a, b);
      found = spec.vocab.get(sub);
      if (found !== undefined) break;
      b--;
    }
    if (found === undefined) {
      out.push({ id: spec.unkId, start: wStart, end: wEnd });
      return;
    }
    pieces.push({ id: found, start: w.starts[a]!, end: w.ends[b - 1]! });
    a = b;
  }
  for (const p of pieces) out.push(p);
}

/**
 * Tokenize text into vocabulary ids with exact offsets (no [CLS]/[SEP]). As BERT's
 * BasicTokenizer: CJK characters and punctuation are words of their own, alphanumeric runs are
 * split by WordPiece, white space separates.
 */
export function tokenize(text: string, spec: TokenizerSpec): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: Piece | null = null;
  const flush = () => {
    if (cur && cur.norm.length) wordPieces(cur, spec, out);
    cur = null;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Fast path: a unified CJK ideograph is its own normal form and its own word.
    if (code >= 0x4e00 && code <= 0x9fff) {
      flush();
      out.push({ id: spec.vocab.get(text[i]!) ?? spec.unkId, start: i, end: i + 1 });
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const start = i;
    const end = i + ch.length;
    i = end;
    if (SPACE.test(ch)) {
      flush();
      continue;
    }
    const norm = normalizeChar(ch, spec.lowercase);
    if (!norm.length || SPACE.test(norm)) {
      flush();
      continue;
    }
    // A character whose normal form is CJK or punctuation is a word of its own.
    if (isCjk(norm) || (PUNCT.test(norm) && [...norm].length === 1)) {
      flush();
      wordPieces({ norm, starts: new Array<number>(norm.length).fill(start), ends: new Array<number>(norm.length).fill(end) }, spec, out);
      continue;
    }
    const piece: Piece = (cur ??= { norm: '', starts: [], ends: [] });
    for (const c of norm) {
      piece.norm += c;
      for (let k = 0; k < c.length; k++) {
        piece.starts.push(start);
        piece.ends.push(end);
      }
    }
  }
  flush();
  return out;
}

/** Build a spec from a plain vocab list (one token per line, as vocab.txt). */
export function specFromVocabList(tokens: readonly string[], lowercase = true): TokenizerSpec {
  const vocab = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (t.length && !vocab.has(t)) vocab.set(t, i);
  });
  return { vocab, unkId: vocab.get('[UNK]') ?? 100, lowercase, continuingPrefix: '##', maxInputCharsPerWord: 100 };
}
