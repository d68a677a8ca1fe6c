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

/** Normalise one character the way the model's vocabulary expects. */
export function normalizeChar(ch: string, lowercase: boolean): string {
  let s = ch.normalize('NFKC');
  if (lowercase) s = s.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
  return s;
}

type Piece = { norm: string; starts: number[]; ends: number[] };

/** Split into basic words (CJK and punctuation alone, alnum runs together), as BERT's BasicTokenizer. */
function basicWords(text: string, lowercase: boolean): Piece[] {
  const out: Piece[] = [];
  let cur: Piece | null = null;
  const flush = () => {
    if (cur && cur.norm.length) out.push(cur);
    cur = null;
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const start = i;
    const end = i + ch.length;
    i = end;
    if (SPACE.test(ch)) {
      flush();
      continue;
    }
    const norm = normalizeChar(ch, lowercase);
    if (!norm.length || SPACE.test(norm)) {
      flush();
      continue;
    }
    // A character whose normal form is CJK or punctuation is a word of its own.
    if (CJK.test(norm) || (PUNCT.test(norm) && [...norm].length === 1)) {
      flush();
      out.push({ norm, starts: new Array<number>(norm.length).fill(start), ends: new Array<number>(norm.length).fill(end) });
      continue;
    }
    if (!cur) cur = { norm: '', starts: [], ends: [] };
    for (const c of norm) {
      (cur as Piece).norm += c;
      for (let k = 0; k < c.length; k++) {
        (cur as Piece).starts.push(start);
        (cur as Piece).ends.push(end);
      }
    }
  }
  flush();
  return out;
}

/** Tokenize text into vocabulary ids with exact offsets (no [CLS]/[SEP]). */
export function tokenize(text: string, spec: TokenizerSpec): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const w of basicWords(text, spec.lowercase)) {
    const n = w.norm.length;
    const wStart = w.starts[0]!;
    const wEnd = w.ends[n - 1]!;
    const whole = spec.vocab.get(w.norm);
    if (whole !== undefined) {
      out.push({ id: whole, start: wStart, end: wEnd });
      continue;
    }
    if ([...w.norm].length > spec.maxInputCharsPerWord) {
      out.push({ id: spec.unkId, start: wStart, end: wEnd });
      continue;
    }
    // Greedy longest-match-first WordPiece; a word that cannot be split is one [UNK].
    const pieces: TokenSpan[] = [];
    let a = 0;
    let ok = true;
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
        ok = false;
        break;
      }
      pieces.push({ id: found, start: w.starts[a]!, end: w.ends[b - 1]! });
      a = b;
    }
    if (ok) out.push(...pieces);
    else out.push({ id: spec.unkId, start: wStart, end: wEnd });
  }
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
