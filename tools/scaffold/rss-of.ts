/** A process's resident set size, from /proc (Linux), or null when it cannot be read (the process is gone). */
import { readFileSync } from 'node:fs';

export function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
