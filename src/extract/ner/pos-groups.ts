/**
 * Coarse part-of-speech groups for the lexical features (data, not logic).
 * A jieba tag belongs to the first group one of whose prefixes it starts with; else to `other`.
 * Changing this list changes the model's inputs: bump LEXICAL_FEATURES_VERSION with it.
 */
export const POS_GROUPS: ReadonlyArray<{ name: string; prefixes: readonly string[] }> = [
  { name: 'nr', prefixes: ['nr'] },
  { name: 'ns', prefixes: ['ns'] },
  { name: 'nt', prefixes: ['nt'] },
  { name: 'nz', prefixes: ['nz'] },
  { name: 't', prefixes: ['t'] },
  { name: 'm', prefixes: ['m'] },
  { name: 'q', prefixes: ['q'] },
  { name: 'n', prefixes: ['n'] },
  { name: 'v', prefixes: ['v'] },
  { name: 'fs', prefixes: ['f', 's'] },
  { name: 'eng', prefixes: ['eng'] },
  { name: 'x', prefixes: ['x', 'w'] },
  { name: 'other', prefixes: [] },
];

export const LEXICAL_FEATURES_VERSION = 1;
