import { HONG_KONG_HOSTS, HONG_KONG_WORDS, TAIWAN_HOSTS, TAIWAN_WORDS } from './data/regions.js';
import type { Region } from './convert.js';

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const count = (text: string, words: readonly string[]): number => words.reduce((n, w) => n + text.split(w).length - 1, 0);

/** Taiwan, Hong Kong (and Macau), or neither: by the page's domain, then by the words it uses. */
export function regionOf(text: string, url: string | null | undefined): Region {
  const host = hostOf(url);
  if (host && TAIWAN_HOSTS.some((h) => host.endsWith(h))) return 'TW';
  if (host && HONG_KONG_HOSTS.some((h) => host.endsWith(h))) return 'HK';
  const tw = count(text, TAIWAN_WORDS);
  const hk = count(text, HONG_KONG_WORDS);
  return tw > hk ? 'TW' : hk > tw ? 'HK' : 'other';
}
