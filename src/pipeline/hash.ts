import { createHash } from 'node:crypto';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The record id: a hash of the clean text, so the same article twice gets the same id. */
export function recordId(text: string): string {
  return sha256Hex(text).slice(0, 32);
}
