/**
 * Plain-text articles (like the supplied one) and JSONL bodies. Both lose junk markup and
 * have their white space normalised. A plain-text article also has its title, date, source
 * and bylines read from its leading lines and its editor from its trailing lines; its text
 * runs from the dateline (or first body paragraph) to the last body paragraph.
 */
import type { ArticleMeta, IngestResult } from '../doc.js';
import { emptyMeta } from '../doc.js';
import { InputError } from '../errors/index.js';
import { normalizeInline } from './blocks.js';
import { isFurnitureLine } from './content.js';
import { squash } from './text-key.js';
import { countVisible } from './dom.js';
import { stripMarkup } from './junk.js';
import { EDITOR } from './data/byline-patterns.js';
import { DATELINE, DATE_NUMERIC, END_MARKER_LINE, PUNCTUATION } from './data/patterns.js';
import { findAuthors, findEditors, findPublisher } from './meta/bylines.js';
import { findDateline } from './meta/dateline.js';
import { detectLanguage } from './meta/language.js';
import { findVisibleDate } from './meta/visible.js';

/** How far down the text the header (title, date, source) may reach. */
const HEADER_LINES = 12;

export function cleanLines(raw: string): string[] {
  return stripMarkup(raw)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(normalizeInline)
    .filter((l) => l.length > 0);
}

/** A JSONL `text`: the body as given, only junk markup removed and white space normalised. */
export function ingestBody(raw: string, encoding: string): IngestResult {
  const lines = cleanLines(raw);
  const text = lines.join('\n');
  if (!text) throw new InputError('empty input: no text left once markup is removed');
  return { encoding, text, meta: { ...emptyMeta(), language: detectLanguage(text, null) } };
}

function isProse(line: string): boolean {
  const punct = line.match(PUNCTUATION)?.length ?? 0;
  return punct >= 1 && countVisible(line) >= 12;
}

function isEditorLine(line: string): boolean {
  const m = EDITOR.exec(line);
  return m !== null && countVisible(line.replace(m[0], '').replace(/[[\]【】()（）\s]/g, '')) === 0;
}

/**
 * A line that reads as a sentence of the article, not as a header line: a title, a date, a
 * source or a byline is short or ends without a full stop.
 */
function isBodySentence(line: string): boolean {
  const n = countVisible(line);
  return isProse(line) && n > 30 && /[。！？!?”」"]$/.test(line) && !isFurnitureLine(line, n) && !DATE_NUMERIC.test(line.slice(0, 24));
}

/**
 * Where the body starts: the dateline, else the first prose line after the header. Lines above
 * a dateline are read as a header only while they look like one: a sentence of the article
 * there starts the body, so that no prose is dropped without notice.
 */
function bodyStart(lines: readonly string[]): number {
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let i = 0; i < limit; i++) {
    if (!DATELINE.test(lines[i] ?? '')) continue;
    const prose = lines.slice(0, i).findIndex(isBodySentence);
    return prose >= 0 ? prose : i;
  }
  // A text that opens with a finished sentence has no header: it is all body.
  if (isProse(lines[0] ?? '') && /[。！？.!?”」"]$/.test(lines[0] ?? '')) return 0;
  for (let i = 1; i < limit; i++) {
    const l = lines[i] ?? '';
    if (isProse(l) && !isFurnitureLine(l, countVisible(l)) && !DATE_NUMERIC.test(l.slice(0, 24))) return i;
  }
  return lines.length > 1 && !isProse(lines[0] ?? '') ? 1 : 0;
}

/** Where the body ends (exclusive): before the trailing editor/source/widget lines. */
function bodyEnd(lines: readonly string[], start: number): number {
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (countVisible(l) <= 30 && END_MARKER_LINE.test(l)) {
      end = i;
      break;
    }
  }
  while (end > start + 1) {
    const l = lines[end - 1] ?? '';
    if (isEditorLine(l) || isFurnitureLine(l, countVisible(l))) end--;
    else break;
  }
  return end;
}

/** `publishedAt`, when the caller gives one, stands for the date in the header and dates the dateline. */
export function ingestPlainText(raw: string, encoding: string, publishedAt: string | null = null): IngestResult {
  const lines = cleanLines(raw);
  if (lines.length === 0) throw new InputError('empty input: no text left once markup is removed');
  const start = bodyStart(lines);
  const end = bodyEnd(lines, start);
  const header = lines.slice(0, start);
  const trailer = lines.slice(end);
  const titleLine =
    start > 0 ? (header.find((l) => !isFurnitureLine(l, countVisible(l)) && !DATE_NUMERIC.test(l.slice(0, 24))) ?? null) : null;
  const title = titleLine && countVisible(titleLine) <= 100 ? titleLine : null;
  const titleKey = title ? squash(title) : null;
  const body = lines.slice(start, end).filter((l, i) => {
    if (titleKey && i < 3 && squash(l) === titleKey) return false;
    return !isEditorLine(l) && !isFurnitureLine(l, countVisible(l));
  });
  const text = body.join('\n');
  if (!text) throw new InputError('empty input: no article text');
  const language = detectLanguage(text, null);
  const zone = language === 'zh' ? '+08:00' : '+00:00';
  const date = publishedAt ?? findVisibleDate(header, zone)?.iso ?? null;
  const first = body[0];
  const meta: ArticleMeta = {
    ...emptyMeta(),
    title,
    publishedAt: date,
    publisher: findPublisher(header) ?? findPublisher(trailer),
    authors: findAuthors([...header, ...(first ? [first] : []), ...trailer]),
    editors: findEditors([...trailer, ...header]),
    dateline: language === 'zh' ? findDateline(first, date) : null,
    language,
  };
  return { encoding, text, meta };
}
