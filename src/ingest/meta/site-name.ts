/**
 * The outlet a page belongs to when nothing names a source: its declared site name
 * (og:site_name, application-name), else the site-name suffix of its <title>, else its Twitter
 * handle; and its copyright holder. When the site name begins with the holder, the holder is
 * the outlet and the site name its website (香港電台網站 and 香港電台, 自由時報電子報 and
 * 自由時報). Otherwise the site name wins (星島日報 over the group 星島新聞集團), and the holder
 * serves only when there is no site name.
 */
import { COPYRIGHT_HOLDER, COPYRIGHT_STOCK, MAX_SITE_NAME, NOT_HOLDER, SOFTWARE_CREDIT, TITLE_SEPARATOR } from './publisher-patterns.js';

const HAN_NAME = /^[\u3400-\u9fff·・]+$/;
const HAN_ONLY = /^[\u3400-\u9fff·・]{2,10}$/;

/** Display width: a Han character is as wide as two Latin letters. */
const width = (s: string): number => s.length + (s.match(/[\u3400-\u9fff]/g)?.length ?? 0);

/** "中央社 CNA" → 中央社: a Han name followed by its Latin initials or English name. */
function hanPart(name: string): string {
  const m = /^([\u3400-\u9fff·・]{2,})\s+[A-Za-z][A-Za-z .&'-]*$/.exec(name);
  return m ? m[1]! : name;
}

/**
 * The last part of "headline - Site" when it is short enough to be a site name and is not the
 * headline itself (`headlines`: the page's <h1>s). An unspaced hyphen ("标题-搜狐汽车") counts
 * only before a short all-Han name, as headlines use hyphens too (COVID-19).
 */
export function titleSuffix(title: string | null, headlines: readonly string[] = []): string | null {
  if (!title) return null;
  let parts = title
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) {
    const m = /^(.+?)[-－]([^-－]+)$/.exec(title.trim());
    if (!m || !HAN_ONLY.test(m[2]!)) return null;
    parts = [m[1]!, m[2]!];
  }
  const last = hanPart(parts.at(-1)!);
  if (headlines.some((h) => h.includes(last))) return null;
  // A site name is narrower than the headline it follows ("Joel on Software - 给计算机系学生的建议" is the other way round).
  return last.length >= 2 && last.length <= MAX_SITE_NAME && width(last) < width(parts.slice(0, -1).join(' ')) ? last : null;
}

/** The holder named by a copyright line ("香港電台 版權所有", "Copyright © 2024 新华网"). */
export function copyrightHolder(line: string): string | null {
  if (SOFTWARE_CREDIT.test(line)) return null;
  const rest = line.replace(COPYRIGHT_STOCK, ' ');
  for (const re of COPYRIGHT_HOLDER) {
    const name = re.exec(rest)?.[1]?.replace(/[.,]+$/, '');
    if (name && name.length >= 2 && name.length <= MAX_SITE_NAME && !NOT_HOLDER.test(name)) return name;
  }
  return null;
}

export interface SiteNameSources {
  declared: string | null;
  title: string | null;
  /** The page's <h1>s: a title part that is the headline is no site name. */
  headlines: readonly string[];
  twitter: string | null;
  /** Copyright lines, in page order. */
  copyright: readonly string[];
}

export function siteName(s: SiteNameSources): string | null {
  const site = s.declared ?? titleSuffix(s.title, s.headlines) ?? (s.twitter ? s.twitter.replace(/^@/, '') || null : null);
  // Footers come last: the holder is read from the last copyright line that names one.
  let holder: string | null = null;
  for (let i = s.copyright.length - 1; i >= 0 && !holder; i--) holder = copyrightHolder(s.copyright[i]!);
  if (!site || !holder) return site ?? holder;
  // The outlet and its website: only Han names are compared so (a Latin name's first word is no outlet).
  return HAN_NAME.test(site) && HAN_NAME.test(holder) && site.startsWith(holder) ? holder : site;
}
