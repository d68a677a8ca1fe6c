/**
 * Comments and script/style bodies (other than JSON-LD) cut from a large page before it is
 * parsed, in one pass each. A lazy regex (`<script…>[\s\S]*?</script>`) scans to the end of
 * the page for every opener left unclosed, so a page of many unclosed openers was quadratic
 * (fuzz finding: 2.2 MB took 7 s); here a search that found no closer is not repeated.
 * What is removed is what the regex removed: each opener with the first matching closer.
 */

/** Longest attribute run read inside an opening tag: past it, `<script` is not taken as a tag. */
const MAX_TAG_ATTRS = 4096;

export function removeComments(html: string): string {
  let out = '';
  let last = 0;
  for (let at = html.indexOf('<!--'); at >= 0; at = html.indexOf('<!--', last)) {
    const close = html.indexOf('-->', at + 4);
    if (close < 0) break; // no closer after this one, so none after any later opener either
    out += html.slice(last, at);
    last = close + 3;
  }
  return last === 0 ? html : out + html.slice(last);
}

export function removeScriptsAndStyles(html: string): string {
  const open = new RegExp(`<(script|style)\\b([^>]{0,${MAX_TAG_ATTRS}})>`, 'gi');
  const closers: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };
  /** Where a search for the closer found none: no opener at or after it can close. */
  const noneFrom: Record<string, number> = { script: Infinity, style: Infinity };
  let out = '';
  let last = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const name = m[1]!.toLowerCase();
    const from = m.index + m[0].length;
    if (from >= noneFrom[name]!) continue;
    const closer = closers[name]!;
    closer.lastIndex = from;
    const c = closer.exec(html);
    if (!c) {
      noneFrom[name] = from;
      continue;
    }
    const end = c.index + c[0].length;
    out += html.slice(last, m.index) + (/ld\+json/i.test(m[2]!) ? html.slice(m.index, end) : '');
    last = end;
    open.lastIndex = end;
  }
  return last === 0 ? html : out + html.slice(last);
}
