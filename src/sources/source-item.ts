import type { RawInput } from '../doc.js';

/** One article found in the inputs, or one entry that could not be read, with the reason. */
export type SourceItem = { ok: true; input: RawInput } | { ok: false; uri: string; reason: string };
