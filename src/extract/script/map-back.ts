/**
 * The analysis ran on the Simplified text; the record quotes the page. Every span is moved to
 * the original offsets and takes the original characters, so `text.slice(start, end)` is
 * still the span's text. Keywords, which carry no offsets, take the original form of their
 * first occurrence.
 */
import type { Doc } from '../../doc.js';
import type { Converted } from './convert.js';

function moved<T extends { start: number; end: number; text: string }>(items: T[], original: string, conv: Converted): T[] {
  const out: T[] = [];
  for (const it of items) {
    const start = conv.back(it.start, false);
    const end = conv.back(it.end, true);
    if (end > start) out.push({ ...it, start, end, text: original.slice(start, end) });
  }
  return out;
}

export function mapBack(work: Doc, original: string, conv: Converted): Doc {
  const keywords = work.keywords.map((k) => {
    const at = conv.text.indexOf(k.text);
    return at < 0 ? k : { ...k, text: original.slice(conv.back(at, false), conv.back(at + k.text.length, true)) || k.text };
  });
  return {
    ...work,
    text: original,
    tokens: moved(work.tokens, original, conv),
    entities: moved(work.entities, original, conv),
    figures: moved(work.figures, original, conv),
    dates: moved(work.dates, original, conv),
    keywords,
  };
}
