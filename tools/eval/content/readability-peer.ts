/**
 * @mozilla/readability on jsdom, the peer measured beside our extractor on the same pages
 * (given the same decoded HTML, so its time excludes decoding). Both are devDependencies:
 * when they are missing the peer is reported as unavailable.
 */
import * as cheerio from 'cheerio';

export interface PeerResult {
  text: string;
  byline: string | null;
  published: string | null;
}
export type Peer = (html: string, url: string | undefined) => PeerResult;

/** Readability's article HTML as text with one line per block, like our output. */
function htmlToText(html: string): string {
  const withBreaks = html.replace(/<\/(?:p|div|h[1-6]|li|tr|blockquote|pre|section|figcaption)>|<br\s*\/?>/gi, '$&\n');
  return cheerio
    .load(withBreaks)
    .root()
    .text()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

export async function loadReadability(): Promise<Peer | null> {
  try {
    const { Readability } = await import('@mozilla/readability');
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const quiet = new VirtualConsole();
    return (html, url) => {
      const dom = new JSDOM(html, { url: url ?? 'https://example.invalid/', virtualConsole: quiet });
      try {
        const article = new Readability(dom.window.document).parse();
        return {
          text: article?.content ? htmlToText(article.content) : '',
          byline: article?.byline ?? null,
          published: article?.publishedTime ?? null,
        };
      } finally {
        dom.window.close();
      }
    };
  } catch {
    return null;
  }
}
