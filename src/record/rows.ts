import type { NewsRecord } from './schema.js';

/** One article as a flat row (the `articles` table, the CSV's article file). */
export interface ArticleRow {
  id: string;
  source_uri: string | null;
  source_url: string | null;
  source_sha256: string;
  source_encoding: string;
  source_bytes: number;
  title: string | null;
  published_at: string | null;
  publisher: string | null;
  authors: string;
  editors: string;
  dateline_place: string | null;
  dateline_date: string | null;
  language: string;
  text: string;
  organizations: string;
  /** JSON array of the keywords' texts, highest weight first. */
  keywords: string;
  duplicate_of: string | null;
  n_entities: number;
  n_figures: number;
  n_dates: number;
  pipeline_version: string;
  pipeline_model: string;
  record: string;
}

/**
 * One entity, figure or date (the `entities` table, the CSV's `<name>.entities.csv`).
 * `row_kind` says which list it came from; `type` is the entity type, figure kind or date kind.
 */
export interface EntityRow {
  article_id: string;
  seq: number;
  row_kind: 'entity' | 'figure' | 'date';
  type: string;
  text: string;
  start_offset: number;
  end_offset: number;
  score: number | null;
  /** Figures: the number; dates: null (see date_value). */
  value: number | null;
  value_max: number | null;
  /** Dates: the ISO value at the precision written. */
  date_value: string | null;
  /** Dates: the end of a range or period. */
  date_value_max: string | null;
  unit: string | null;
  currency: string | null;
  approximate: boolean | null;
  bound: string | null;
  granularity: string | null;
  relative: boolean | null;
  source: string | null;
}

export const ARTICLE_COLUMNS = [
  'id',
  'source_uri',
  'source_url',
  'source_sha256',
  'source_encoding',
  'source_bytes',
  'title',
  'published_at',
  'publisher',
  'authors',
  'editors',
  'dateline_place',
  'dateline_date',
  'language',
  'text',
  'organizations',
  'keywords',
  'duplicate_of',
  'n_entities',
  'n_figures',
  'n_dates',
  'pipeline_version',
  'pipeline_model',
  'record',
] as const satisfies readonly (keyof ArticleRow)[];

export const ENTITY_COLUMNS = [
  'article_id',
  'seq',
  'row_kind',
  'type',
  'text',
  'start_offset',
  'end_offset',
  'score',
  'value',
  'value_max',
  'date_value',
  'date_value_max',
  'unit',
  'currency',
  'approximate',
  'bound',
  'granularity',
  'relative',
  'source',
] as const satisfies readonly (keyof EntityRow)[];

export function articleRow(r: NewsRecord): ArticleRow {
  return {
    id: r.id,
    source_uri: r.source.uri,
    source_url: r.source.url,
    source_sha256: r.source.sha256,
    source_encoding: r.source.encoding,
    source_bytes: r.source.bytes,
    title: r.title,
    published_at: r.publishedAt,
    publisher: r.publisher,
    authors: JSON.stringify(r.authors),
    editors: JSON.stringify(r.editors),
    dateline_place: r.dateline?.place ?? null,
    dateline_date: r.dateline?.date ?? null,
    language: r.language,
    text: r.text,
    organizations: JSON.stringify(r.organizations),
    keywords: JSON.stringify(r.keywords.map((k) => k.text)),
    duplicate_of: r.duplicateOf,
    n_entities: r.entities.length,
    n_figures: r.figures.length,
    n_dates: r.dates.length,
    pipeline_version: r.pipeline.version,
    pipeline_model: r.pipeline.model,
    record: JSON.stringify(r),
  };
}

const blank = {
  score: null,
  value: null,
  value_max: null,
  date_value: null,
  date_value_max: null,
  unit: null,
  currency: null,
  approximate: null,
  bound: null,
  granularity: null,
  relative: null,
  source: null,
} as const;

/** Every entity, figure and date of a record, in that order, numbered by `seq`. */
export function entityRows(r: NewsRecord): EntityRow[] {
  const rows: EntityRow[] = [];
  let seq = 0;
  for (const e of r.entities) {
    rows.push({
      ...blank,
      article_id: r.id,
      seq: seq++,
      row_kind: 'entity',
      type: e.type,
      text: e.text,
      start_offset: e.start,
      end_offset: e.end,
      score: e.score,
      source: e.source,
    });
  }
  for (const f of r.figures) {
    rows.push({
      ...blank,
      article_id: r.id,
      seq: seq++,
      row_kind: 'figure',
      type: f.kind,
      text: f.text,
      start_offset: f.start,
      end_offset: f.end,
      value: f.value,
      value_max: f.valueMax,
      unit: f.unit,
      currency: f.currency,
      approximate: f.approximate,
      bound: f.bound,
    });
  }
  for (const d of r.dates) {
    rows.push({
      ...blank,
      article_id: r.id,
      seq: seq++,
      row_kind: 'date',
      type: d.kind,
      text: d.text,
      start_offset: d.start,
      end_offset: d.end,
      date_value: d.value,
      date_value_max: d.valueMax,
      granularity: d.granularity,
      relative: d.relative,
    });
  }
  return rows;
}
