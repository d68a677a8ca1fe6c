/**
 * The document object that flows through the pipeline's stages (modelled on spaCy's Doc):
 * each stage takes a Doc and returns a new Doc with its own fields filled in.
 */
import type { DateMention, Dateline, Entity, Figure, Keyword, Token } from './record/schema.js';

/** How the raw bytes are to be read. `body` is a JSONL `text`: the body as given, no metadata read off. */
export type InputKind = 'auto' | 'html' | 'text' | 'body';

export interface RawInput {
  bytes: Uint8Array;
  kind: InputKind;
  /** Where the article came from: a path, `archive!entry`, `file.jsonl#L12`, or null for stdin. */
  uri: string | null;
  /** The page's own URL, when the caller knows it (WARC target URI, JSONL `url`, `--url`). */
  url?: string | null;
  /** An HTTP-style Content-Type header, used as an encoding hint. */
  contentType?: string | null;
  /**
   * Overrides any date found in the article (JSONL `publishedAt`, `--published-at`); ingest
   * also resolves the dateline against it.
   */
  publishedAt?: string | null;
  /** Supplied title (JSONL `title`). */
  title?: string | null;
  /** Hex SHA-256 of `bytes`, when the caller has already computed it (the batch runner does, for its journal). */
  sha256?: string;
}

export interface ArticleMeta {
  title: string | null;
  publishedAt: string | null;
  publisher: string | null;
  authors: string[];
  editors: string[];
  dateline: Dateline | null;
  language: string;
  canonicalUrl: string | null;
}

export interface StageTimings {
  ingest: number;
  segment: number;
  ner: number;
  normalize: number;
}

export interface Doc {
  input: RawInput;
  sha256: string;
  encoding: string;
  /** The clean main text; paragraphs joined by "\n". All offsets index into it. */
  text: string;
  /** The Chinese script of the text (null: not Chinese). */
  script: 'Hans' | 'Hant' | 'mixed' | null;
  /** Taiwan, Hong Kong or neither, for a Traditional text (the calendar and the conversion's vocabulary). */
  region: 'TW' | 'HK' | 'other' | null;
  meta: ArticleMeta;
  tokens: Token[];
  entities: Entity[];
  figures: Figure[];
  dates: DateMention[];
  /** The top keywords (TF-IDF), highest weight first. */
  keywords: Keyword[];
  timings: StageTimings;
}

/** What the ingest stage hands on: everything but the analysis. */
export interface IngestResult {
  encoding: string;
  text: string;
  meta: ArticleMeta;
}

export function emptyMeta(): ArticleMeta {
  return {
    title: null,
    publishedAt: null,
    publisher: null,
    authors: [],
    editors: [],
    dateline: null,
    language: 'zh',
    canonicalUrl: null,
  };
}
