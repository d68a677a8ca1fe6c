import type { EntityType } from '../../dist/record/schema.js';
import type { Example, Span } from './spans.js';

const MSRA_TAGS: Readonly<Record<string, EntityType>> = { nr: 'PERSON', ns: 'LOC', nt: 'ORG' };
export const MSRA_ANNOTATED: readonly EntityType[] = ['PERSON', 'LOC', 'ORG'];

/** Parse one MSRA line (`word/tag word/tag ...`, tags o/nr/ns/nt); each tagged word is one entity. */
export function parseMsraLine(line: string): Example | null {
  let text = '';
  const spans: Span[] = [];
  for (const item of line.trim().split(/\s+/)) {
    if (!item) continue;
    const slash = item.lastIndexOf('/');
    const word = slash > 0 ? item.slice(0, slash) : item;
    const tag = slash > 0 ? item.slice(slash + 1).toLowerCase() : 'o';
    const type = MSRA_TAGS[tag];
    if (type) spans.push({ start: text.length, end: text.length + word.length, type });
    text += word;
  }
  if (!text) return null;
  return { src: 'msra', text, spans, annotated: MSRA_ANNOTATED };
}
