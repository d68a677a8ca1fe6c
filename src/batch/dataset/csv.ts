import { BufferedFile } from '../../io/buffered-file.js';
import type { NewsRecord } from '../../record/schema.js';
import { entityRows } from '../../record/rows.js';

/** RFC 4180: quote a field holding a comma, quote, CR or LF (or edge spaces); double inner quotes. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export const ARTICLE_CSV_HEADER = [
  'id',
  'uri',
  'url',
  'sha256',
  'encoding',
  'bytes',
  'title',
  'publishedAt',
  'publisher',
  'authors',
  'editors',
  'datelinePlace',
  'datelineDate',
  'language',
  'text',
  'entities',
  'figures',
  'dates',
  'organizations',
  'keywords',
  'duplicateOf',
  'pipelineVersion',
  'model',
];

/** The contract's columns first (article id ... relative), then row (entity|figure|date), bound, source. */
export const ENTITY_CSV_HEADER = [
  'articleId',
  'type',
  'text',
  'start',
  'end',
  'score',
  'value',
  'valueMax',
  'unit',
  'currency',
  'approximate',
  'granularity',
  'relative',
  'row',
  'bound',
  'source',
];

/** Lists of names in one cell, "; "-joined (what a spreadsheet shows best). */
const joined = (xs: string[]) => xs.join('; ');

export function articleCsvValues(r: NewsRecord): unknown[] {
  return [
    r.id,
    r.source.uri,
    r.source.url,
    r.source.sha256,
    r.source.encoding,
    r.source.bytes,
    r.title,
    r.publishedAt,
    r.publisher,
    joined(r.authors),
    joined(r.editors),
    r.dateline?.place,
    r.dateline?.date,
    r.language,
    r.text,
    r.entities.length,
    r.figures.length,
    r.dates.length,
    joined(r.organizations.map((o) => o.name)),
    joined(r.keywords.map((k) => k.text)),
    r.duplicateOf,
    r.pipeline.version,
    r.pipeline.model,
  ];
}

export function entityCsvRows(r: NewsRecord): unknown[][] {
  return entityRows(r).map((e) => [
    e.article_id,
    e.type,
    e.text,
    e.start_offset,
    e.end_offset,
    e.score,
    e.value ?? e.date_value,
    e.value_max ?? e.date_value_max,
    e.unit,
    e.currency,
    e.approximate,
    e.granularity,
    e.relative,
    e.row_kind,
    e.bound,
    e.source,
  ]);
}

/** `out.csv` -> `out.entities.csv` (the contract's name for the second file). */
export function entitiesCsvPath(path: string): string {
  return /\.csv$/i.test(path) ? path.replace(/\.csv$/i, '.entities.csv') : `${path}.entities.csv`;
}

/**
 * Two CSV files with headers: one row per article in `path`, one row per entity, figure
 * and date in `<name>.entities.csv`, keyed by article id. CRLF line ends and RFC 4180
 * quoting (the text keeps its newlines inside quotes); `bom` starts both with U+FEFF
 * so spreadsheets read them as UTF-8.
 */
export async function writeCsv(records: AsyncIterable<NewsRecord>, path: string, opts: { bom?: boolean } = {}): Promise<number> {
  const articles = new BufferedFile(path);
  const entities = new BufferedFile(entitiesCsvPath(path));
  const bom = opts.bom ? '\uFEFF' : '';
  articles.write(bom + csvLine(ARTICLE_CSV_HEADER));
  entities.write(bom + csvLine(ENTITY_CSV_HEADER));
  let n = 0;
  try {
    for await (const r of records) {
      articles.write(csvLine(articleCsvValues(r)));
      for (const row of entityCsvRows(r)) entities.write(csvLine(row));
      n += 1;
    }
  } finally {
    articles.close();
    entities.close();
  }
  return n;
}
