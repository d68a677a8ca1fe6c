/**
 * The one-pass removal of comments and script/style bodies removes what the lazy regexes it
 * replaced removed (fast-check draws pages from fragments that open and close them in any
 * order), and a page of many unclosed openers keeps its text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeComments, removeScriptsAndStyles } from '../../src/ingest/heavy-blocks.js';

const FRAGMENTS = [
  '<!--',
  '-->',
  '<!-->',
  '<script>',
  '<SCRIPT type="text/javascript">',
  '<script type="application/ld+json">',
  '</script>',
  '</script >',
  '</SCRIPT>',
  '<style>',
  '</style>',
  '<scripts>',
  '<p>正文</p>',
  'var a = "</p>";',
  '<div>',
  '文字',
  '>',
  '<',
];
const page = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(''));

const oldComments = (html: string): string => html.replace(/<!--[\s\S]*?-->/g, '');
const oldBlocks = (html: string): string =>
  html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, (m, _tag: string, attrs: string) => (/ld\+json/i.test(attrs) ? m : ''));

describe('removing comments and script/style bodies', () => {
  it('removes what the lazy regexes removed', () => {
    fc.assert(
      fc.property(page, (html) => {
        expect(removeComments(html)).toBe(oldComments(html));
        expect(removeScriptsAndStyles(html)).toBe(oldBlocks(html));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the text of a page of many unclosed openers (fuzz finding: was quadratic)', () => {
    const html = `${'<script><!--<style>'.repeat(50_000)}<p>正文还在。</p>`;
    expect(removeScriptsAndStyles(removeComments(html))).toBe(html);
  });
});
