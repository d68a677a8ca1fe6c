/**
 * Cheap checks on the raw bytes before any parsing: empty input, binary input (NUL bytes,
 * control characters, known binary signatures), and whether text looks like HTML.
 */
import { InputError } from '../errors/index.js';
import { BINARY_SIGNATURES } from './data/selectors.js';

const SNIFF_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Throws InputError when the bytes cannot be an article: empty, or binary. */
export function assertUsableBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError('empty input: the file has no bytes');
  const head = bytes.subarray(0, SNIFF_BYTES);
  let blank = true;
  for (let i = 0; i < head.length && blank; i++) {
    const b = head[i] ?? 0;
    if (!(b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0xef || b === 0xbb || b === 0xbf)) blank = false;
  }
  if (blank && head.length === bytes.length) throw new InputError('empty input: only white space');
  for (const { name, bytes: sig } of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) throw new InputError(`binary input: looks like ${name}, not a text or HTML article`);
  }
  if (isUtf16Bom(bytes)) return;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] ?? 0;
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (nul > 0) throw new InputError(`binary input: ${nul} NUL byte(s) in the first ${head.length} bytes`);
  if (control / head.length > 0.05) {
    throw new InputError(`binary input: ${Math.round((100 * control) / head.length)}% control characters`);
  }
}

/** Whether decoded text is an HTML page (or fragment with real structure), not plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b/i.test(head)) return true;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const structural = sample.match(/<(p|div|br|table|td|li|h[1-6]|article|section|span|a)\b[^>]*>/gi)?.length ?? 0;
  if (structural === 0) return false;
  // Plain text with junk tags appended has its text outside the tags; HTML has text inside.
  const closers = sample.match(/<\/(p|div|td|li|h[1-6]|article|section)>/gi)?.length ?? 0;
  const lines = sample.split('\n').filter((l) => l.trim() !== '');
  const taggedLines = lines.filter((l) => /<[a-z!/][^>]*>/i.test(l)).length;
  return closers >= 2 && taggedLines / Math.max(1, lines.length) > 0.3;
}
