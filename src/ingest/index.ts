// PLACEHOLDER until the ingest stage lands (issue 3).
import type { IngestResult, RawInput } from '../doc.js';
import { emptyMeta } from '../doc.js';
import { InputError } from '../errors/index.js';

export function ingest(input: RawInput): IngestResult {
  if (input.bytes.length === 0) throw new InputError('empty input');
  const text = new TextDecoder('utf-8').decode(input.bytes).replace(/<[^>]*>/g, '').trim();
  return { encoding: 'utf-8', text, meta: emptyMeta() };
}
