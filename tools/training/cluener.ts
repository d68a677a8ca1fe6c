import type { EntityType } from '../../dist/record/schema.js';
import type { Example, Span } from './spans.js';

/** CLUENER classes kept, and the record type each becomes; the others are left untagged. */
const CLUENER_TYPES: Readonly<Record<string, EntityType>> = {
  name: 'PERSON',
  company: 'ORG',
  government: 'ORG',
  organization: 'ORG',
};
/** CLUENER addresses and scenes follow other conventions than MSRA places: LOC stays masked. */
export const CLUENER_ANNOTATED: readonly EntityType[] = ['PERSON', 'ORG'];

/** Parse one CLUENER JSON line; its end offsets are inclusive. */
export function parseCluenerLine(line: string): Example | null {
  if (!line.trim()) return null;
  const obj = JSON.parse(line) as { text: string; label?: Record<string, Record<string, number[][]>> };
  const spans: Span[] = [];
  for (const [cls, mentions] of Object.entries(obj.label ?? {})) {
    const type = CLUENER_TYPES[cls];
    if (!type) continue;
    for (const [mention, ranges] of Object.entries(mentions)) {
      for (const [s, e] of ranges) {
        if (s === undefined || e === undefined) continue;
        if (obj.text.slice(s, e + 1) !== mention) continue;
        spans.push({ start: s, end: e + 1, type });
      }
    }
  }
  return { src: 'cluener', text: obj.text, spans, annotated: CLUENER_ANNOTATED };
}
