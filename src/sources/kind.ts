import type { InputKind } from '../doc.js';

export function kindFromName(name: string): InputKind {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  return 'auto';
}
