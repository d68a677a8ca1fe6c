import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InputKind, RawInput } from '../../src/doc.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../../fixtures/articles/000_fc3af1410bc2c826.txt', import.meta.url));

export function fixture(name: string): Buffer {
  return readFileSync(FIXTURES + name);
}

export function input(bytes: Uint8Array | string, kind: InputKind = 'auto', extra: Partial<RawInput> = {}): RawInput {
  return { bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, kind, uri: null, ...extra };
}
