import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Relative paths (with /) of every file under root/rel, sorted: a folder's digest must not depend on readdir's order. */
export function filesUnder(root: string, rel: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join('/'));
    }
  };
  const start = join(root, rel);
  if (statSync(start).isDirectory()) walk(start);
  else out.push(rel);
  return out.sort();
}

/**
 * sha256 over the given files (relative to root; folders are expanded), each framed by its
 * path and length so that moving bytes from one file to the next changes the digest.
 */
export function digestFiles(root: string, rels: readonly string[]): string {
  const h = createHash('sha256');
  const files = [...new Set(rels.flatMap((r) => filesUnder(root, r)))].sort();
  for (const f of files) {
    const bytes = readFileSync(join(root, f));
    h.update(`${f}\0${bytes.length}\0`).update(bytes);
  }
  return h.digest('hex');
}
