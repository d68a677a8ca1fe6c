import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { NewsRecord } from '../../record/schema.js';

type Rep = 'REQUIRED' | 'OPTIONAL' | 'REPEATED';
interface SchemaElement {
  name: string;
  type?: string;
  converted_type?: string;
  repetition_type?: Rep;
  num_children?: number;
}

/** A tiny schema builder: leaves, structs and 3-level LISTs, flattened depth-first as Parquet wants. */
type Node =
  | { kind: 'leaf'; name: string; type: 'STRING' | 'INT32' | 'INT64' | 'DOUBLE' | 'BOOLEAN'; rep: Rep }
  | { kind: 'struct'; name: string; rep: Rep; fields: Node[] }
  | { kind: 'list'; name: string; rep: Rep; element: Node };

const str = (name: string, rep: Rep = 'REQUIRED'): Node => ({ kind: 'leaf', name, type: 'STRING', rep });
const int = (name: string, rep: Rep = 'REQUIRED'): Node => ({ kind: 'leaf', name, type: 'INT32', rep });
const long = (name: string, rep: Rep = 'REQUIRED'): Node => ({ kind: 'leaf', name, type: 'INT64', rep });
const dbl = (name: string, rep: Rep = 'REQUIRED'): Node => ({ kind: 'leaf', name, type: 'DOUBLE', rep });
const bool = (name: string, rep: Rep = 'REQUIRED'): Node => ({ kind: 'leaf', name, type: 'BOOLEAN', rep });
const struct = (name: string, fields: Node[], rep: Rep = 'REQUIRED'): Node => ({ kind: 'struct', name, rep, fields });
const list = (name: string, element: Node, rep: Rep = 'REQUIRED'): Node => ({ kind: 'list', name, rep, element });

function flatten(node: Node, out: SchemaElement[]): void {
  if (node.kind === 'leaf') {
    const el: SchemaElement = { name: node.name, repetition_type: node.rep };
    if (node.type === 'STRING') Object.assign(el, { type: 'BYTE_ARRAY', converted_type: 'UTF8' });
    else el.type = node.type;
    out.push(el);
  } else if (node.kind === 'struct') {
    out.push({ name: node.name, repetition_type: node.rep, num_children: node.fields.length });
    for (const f of node.fields) flatten(f, out);
  } else {
    out.push({ name: node.name, repetition_type: node.rep, converted_type: 'LIST', num_children: 1 });
    out.push({ name: 'list', repetition_type: 'REPEATED', num_children: 1 });
    flatten({ ...node.element, name: 'element' } as Node, out);
  }
}

/** The record, nested as it is: source/dateline/pipeline as structs, lists of structs for the rest. */
export const RECORD_PARQUET_COLUMNS: Node[] = [
  int('schemaVersion'),
  str('id'),
  struct('source', [str('uri', 'OPTIONAL'), str('url', 'OPTIONAL'), str('sha256'), str('encoding'), long('bytes')]),
  str('title', 'OPTIONAL'),
  str('publishedAt', 'OPTIONAL'),
  str('publisher', 'OPTIONAL'),
  list('authors', str('element')),
  list('editors', str('element')),
  struct('dateline', [str('place', 'OPTIONAL'), str('date', 'OPTIONAL')], 'OPTIONAL'),
  str('language'),
  str('text'),
  list('entities', struct('element', [str('type'), str('text'), int('start'), int('end'), dbl('score'), str('source')])),
  list(
    'organizations',
    struct('element', [
      str('name'),
      list('aliases', str('element')),
      int('mentions'),
      list('spans', struct('element', [int('start'), int('end')])),
    ]),
  ),
  list(
    'figures',
    struct('element', [
      str('kind'),
      str('text'),
      int('start'),
      int('end'),
      dbl('value', 'OPTIONAL'),
      dbl('valueMax', 'OPTIONAL'),
      str('unit', 'OPTIONAL'),
      str('currency', 'OPTIONAL'),
      bool('approximate'),
      str('bound', 'OPTIONAL'),
    ]),
  ),
  list(
    'dates',
    struct('element', [
      str('kind'),
      str('text'),
      int('start'),
      int('end'),
      str('value', 'OPTIONAL'),
      str('valueMax', 'OPTIONAL'),
      str('granularity', 'OPTIONAL'),
      bool('relative'),
    ]),
  ),
  list('keywords', struct('element', [str('text'), dbl('weight')])),
  str('duplicateOf', 'OPTIONAL'),
  list('tokens', struct('element', [str('text'), int('start'), int('end'), str('pos')]), 'OPTIONAL'),
  struct('pipeline', [
    str('version'),
    str('model'),
    struct('timingsMs', [dbl('ingest'), dbl('segment'), dbl('ner'), dbl('normalize'), dbl('total')]),
  ]),
];

export function recordParquetSchema(): SchemaElement[] {
  const out: SchemaElement[] = [{ name: 'root', num_children: RECORD_PARQUET_COLUMNS.length }];
  for (const c of RECORD_PARQUET_COLUMNS) flatten(c, out);
  return out;
}

/** Column values for a group of records, in the shapes hyparquet-writer's Dremel encoder takes. */
function columnsOf(records: NewsRecord[]): { name: string; data: unknown[] }[] {
  const col = (name: string, f: (r: NewsRecord) => unknown) => ({ name, data: records.map(f) });
  return [
    col('schemaVersion', (r) => r.schemaVersion),
    col('id', (r) => r.id),
    col('source', (r) => ({ ...r.source, bytes: BigInt(r.source.bytes) })),
    col('title', (r) => r.title),
    col('publishedAt', (r) => r.publishedAt),
    col('publisher', (r) => r.publisher),
    col('authors', (r) => r.authors),
    col('editors', (r) => r.editors),
    col('dateline', (r) => r.dateline),
    col('language', (r) => r.language),
    col('text', (r) => r.text),
    col('entities', (r) => r.entities),
    col('organizations', (r) =>
      r.organizations.map((o) => ({
        name: o.name,
        aliases: o.aliases,
        mentions: o.mentions,
        spans: o.spans.map(([start, end]) => ({ start, end })),
      })),
    ),
    col('figures', (r) => r.figures),
    col('dates', (r) => r.dates),
    col('keywords', (r) => r.keywords),
    col('duplicateOf', (r) => r.duplicateOf),
    col('tokens', (r) => r.tokens ?? null),
    col('pipeline', (r) => r.pipeline),
  ];
}

/** Records per row group: bounds the memory a large export holds at once. */
export const PARQUET_ROW_GROUP = 500;

/**
 * Streams records into a Parquet file, one row group per PARQUET_ROW_GROUP records
 * (snappy-compressed), readable by DuckDB, pyarrow/pandas and Spark. An empty input
 * gives a valid file with the schema and no rows.
 */
export async function writeParquet(records: AsyncIterable<NewsRecord>, path: string): Promise<number> {
  const writer = new ParquetWriter({ writer: fileWriter(path), schema: recordParquetSchema() as never, createdBy: 'zhnews' });
  let group: NewsRecord[] = [];
  let n = 0;
  const flush = async () => {
    if (group.length === 0) return;
    await writer.write({ columnData: columnsOf(group) as never, rowGroupSize: group.length });
    group = [];
  };
  for await (const r of records) {
    group.push(r);
    n += 1;
    if (group.length >= PARQUET_ROW_GROUP) await flush();
  }
  await flush();
  writer.finish();
  return n;
}
