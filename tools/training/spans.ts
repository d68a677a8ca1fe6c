import type { EntityType } from '../../dist/record/schema.js';

/** A labelled span of a sentence, [start, end) in UTF-16 units. */
export type Span = { start: number; end: number; type: EntityType };

/** A sentence with its spans and which entity types its source annotates. */
export type Example = {
  src: string;
  text: string;
  spans: Span[];
  annotated: readonly EntityType[];
  /** The article the sentence belongs to, where the source says (PFR); for document-level evaluation. */
  doc?: string;
};

/** Per-character BIO label names ("O", "B-ORG", "I-ORG", ...); overlapping spans: first wins. */
export function charBio(length: number, spans: readonly Span[]): string[] {
  const out = new Array<string>(length).fill('O');
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of sorted) {
    if (s.start < 0 || s.end > length || s.end <= s.start) continue;
    let free = true;
    for (let i = s.start; i < s.end; i++) if (out[i] !== 'O') free = false;
    if (!free) continue;
    out[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end; i++) out[i] = `I-${s.type}`;
  }
  return out;
}
