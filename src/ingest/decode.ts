/**
 * Bytes to text. Order: BOM, then the Content-Type hint, then <meta charset> / http-equiv /
 * XML declaration, then detection from the bytes. A declared charset is trusted only when the
 * text it gives looks like text: a page labelled GBK that is really UTF-8 (or the reverse,
 * or Big5) is decoded with whatever reads best.
 */
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';
import { CHARSET_ALIASES, COMMON_HANZI, DETECT_CANDIDATES } from './data/charsets.js';

export interface Decoded {
  text: string;
  /** The encoding used, as recorded in the record: "utf-8", "gb18030", "big5", ... */
  encoding: string;
  /** Where the choice came from: bom, header, meta, detected. */
  via: 'bom' | 'header' | 'meta' | 'detected';
}

/** A lookup table over the BMP: 1 for the common characters. */
const COMMON = new Uint8Array(0x10000);
for (let i = 0; i < COMMON_HANZI.length; i++) COMMON[COMMON_HANZI.charCodeAt(i)] = 1;
/** How many bytes detection and plausibility checks look at (decoding always covers all). */
const SAMPLE_BYTES = 256 * 1024;
/** How far into the page <meta charset> is looked for. */
const META_SCAN_BYTES = 16 * 1024;

export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  return CHARSET_ALIASES[key] ?? (iconv.encodingExists(key) ? key : null);
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return normalizeCharset(m?.[1]);
}

/** `<meta charset>`, `<meta http-equiv content="...charset=">` or `<?xml encoding=?>` in the head. */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString('latin1');
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) {
      const cs = normalizeCharset(direct[1]);
      if (cs) return cs;
    }
  }
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return normalizeCharset(xml?.[1]);
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

let cache: { bytes: Uint8Array; encoding: string; text: string; valid: boolean } | null = null;

/** Decodes, remembering the last result (checks and the final decode often read the same bytes). */
function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (cache && cache.bytes === bytes && cache.encoding === encoding) return cache.text;
  const text = rawDecode(bytes, encoding);
  cache = bytes.length <= SAMPLE_BYTES ? { bytes, encoding, text, valid: !text.includes('\ufffd') } : null;
  return text;
}

/** Native decoders (ICU) where Node has them: several times faster than iconv-lite's tables. */
const nativeDecoders = new Map<string, TextDecoder | null>();

function nativeDecoder(encoding: string): TextDecoder | null {
  if (!nativeDecoders.has(encoding)) {
    let d: TextDecoder | null = null;
    try {
      d = new TextDecoder(encoding);
    } catch {
      d = null;
    }
    nativeDecoders.set(encoding, d);
  }
  return nativeDecoders.get(encoding) ?? null;
}

/**
 * Big5 goes through iconv-lite's Big5-HKSCS tables, a superset: Node's ICU decoder drops the
 * Hong Kong characters (啲, 㗎, 嘅) that Hong Kong pages labelled plain Big5 use all the time.
 */
const ICONV_NAME: Record<string, string> = { big5: 'big5hkscs' };

function rawDecode(bytes: Uint8Array, encoding: string): string {
  const viaIconv = ICONV_NAME[encoding];
  if (viaIconv) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), viaIconv);
  const native = nativeDecoder(encoding);
  if (native) return native.decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  if (cache && cache.bytes === bytes && cache.encoding === 'utf-8') return cache.valid;
  let text: string;
  let valid = true;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    valid = false;
    text = '';
  }
  // A valid decode is also the final text: remember it so the page is not decoded twice.
  if (valid && bytes.length <= SAMPLE_BYTES) cache = { bytes, encoding: 'utf-8', text, valid };
  return valid;
}

/** A sample that cuts no multi-byte sequence in half at its end (at worst one bad char). */
function sample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  let end = SAMPLE_BYTES;
  while (end > SAMPLE_BYTES - 4 && (bytes[end] ?? 0) >= 0x80) end--;
  return bytes.subarray(0, end);
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return true;
  return false;
}

/**
 * How text-like a decoding is: common Chinese characters count for it; replacement
 * characters, private-use and C1 control characters, and mojibake-typical Latin-1 runs
 * count against it. Only non-ASCII characters are scored, as ASCII reads the same in all.
 */
export function plausibility(text: string): { score: number; nonAscii: number; bad: number } {
  let score = 0;
  let nonAscii = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) {
      score -= 8;
      bad++;
    } else if ((c >= 0xe000 && c <= 0xf8ff) || (c >= 0x80 && c <= 0x9f)) {
      score -= 4;
      bad++;
    } else if (COMMON[c] === 1) score += 2;
    else if (c >= 0x4e00 && c <= 0x9fff) score += 0.2;
    else if (c >= 0x3000 && c <= 0x303f)
      score += 1; // CJK punctuation
    else if (c >= 0xff00 && c <= 0xffef)
      score += 0.5; // full-width forms
    else if (c >= 0xc0 && c <= 0x24f)
      score -= 0.5; // Latin-1 letters: typical of mojibake
    else if (c >= 0x3400 && c <= 0x4dbf)
      score -= 0.5; // CJK extension A: rare in real text
    else if (c >= 0xd800 && c <= 0xdbff) score -= 1; // astral planes: rare in news
  }
  return { score, nonAscii, bad };
}

/** How many Han characters a text has, and how many of them are common ones (garbage has few). */
export function hanStats(text: string): { han: number; common: number } {
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      if (COMMON[c] === 1) common++;
    }
  }
  return { han, common };
}

function detect(bytes: Uint8Array, preferred: string | null): string {
  const s = sample(bytes);
  if (!hasHighBytes(s) && !hasHighBytes(bytes)) return preferred ?? 'utf-8';
  if (isValidUtf8(s) && hasHighBytes(s)) return 'utf-8';
  const candidates = [...new Set([...(preferred ? [preferred] : []), ...DETECT_CANDIDATES])];
  let best = candidates[0] ?? 'utf-8';
  let bestScore = -Infinity;
  for (const enc of candidates) {
    const { score } = plausibility(decodeWith(s, enc));
    // The declared charset wins ties and near-ties.
    const adjusted = enc === preferred ? score + Math.abs(score) * 0.05 + 1 : score;
    if (adjusted > bestScore) {
      best = enc;
      bestScore = adjusted;
    }
  }
  return best;
}

/** Whether a declared charset reads well enough to be kept without trying the others. */
function declaredReadsWell(bytes: Uint8Array, encoding: string): boolean {
  const s = sample(bytes);
  if (encoding === 'utf-8') return isValidUtf8(s);
  if (isValidUtf8(s) && hasHighBytes(s)) return false; // looks like UTF-8 mislabelled as legacy
  const p = plausibility(decodeWith(s, encoding));
  if (p.nonAscii === 0) return true;
  return p.bad / p.nonAscii < 0.002 && p.score > p.nonAscii * 0.8;
}

export function decode(bytes: Uint8Array, contentType?: string | null): Decoded {
  try {
    return withHkscsLabel(decodeUncached(bytes, contentType));
  } finally {
    cache = null;
  }
}

/**
 * A page read as Big5 that uses Hong Kong characters plain Big5 lacks (佢哋, 㗎: code page 950
 * cannot write them back) is recorded as big5-hkscs, whatever it declared: the record says what
 * the bytes are.
 */
function withHkscsLabel(d: Decoded): Decoded {
  if (d.encoding !== 'big5') return d;
  const back = iconv.encode(d.text, 'cp950');
  let unwritable = 0;
  for (const b of back) if (b === 0x3f) unwritable++;
  for (const c of d.text) if (c === '?') unwritable--;
  return unwritable > 0 ? { ...d, encoding: 'big5-hkscs' } : d;
}

function decodeUncached(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.skip), bom.encoding), encoding: bom.encoding, via: 'bom' };
  const header = charsetFromContentType(contentType);
  const meta = header ? null : charsetFromMarkup(bytes);
  const declared = header ?? meta;
  if (declared && declaredReadsWell(bytes, declared)) {
    return { text: decodeWith(bytes, declared), encoding: declared, via: header ? 'header' : 'meta' };
  }
  const encoding = detect(bytes, declared);
  return { text: decodeWith(bytes, encoding), encoding, via: 'detected' };
}
