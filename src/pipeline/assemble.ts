import type { Doc } from '../doc.js';
import { collectOrganizations } from '../extract/orgs/collect.js';
import { RecordSchema, SCHEMA_VERSION, type NewsRecord } from '../record/schema.js';
import { RecordInvalidError } from '../errors/record-invalid-error.js';
import { recordId } from './hash.js';

export interface AssembleOptions {
  version: string;
  model: string;
  includeTokens: boolean;
}

/** Builds the record from a finished Doc and validates it; nothing leaves unvalidated. */
export function assemble(doc: Doc, opts: AssembleOptions): NewsRecord {
  const { ingest, segment, ner, normalize } = doc.timings;
  const bySpan = <T extends { start: number; end: number }>(a: T, b: T) => a.start - b.start || a.end - b.end;
  const source = {
    uri: doc.input.uri,
    url: doc.input.url ?? doc.meta.canonicalUrl ?? null,
    sha256: doc.sha256,
    encoding: doc.encoding,
    bytes: doc.input.bytes.length,
  };
  const candidate = {
    schemaVersion: SCHEMA_VERSION,
    id: recordId(source),
    source,
    title: doc.meta.title,
    publishedAt: doc.meta.publishedAt,
    publisher: doc.meta.publisher,
    authors: doc.meta.authors,
    editors: doc.meta.editors,
    dateline: doc.meta.dateline,
    language: doc.meta.language,
    script: doc.script,
    text: doc.text,
    entities: [...doc.entities].sort(bySpan),
    organizations: collectOrganizations([...doc.entities].sort(bySpan), doc.tokens, doc.text),
    figures: [...doc.figures].sort(bySpan),
    dates: [...doc.dates].sort(bySpan),
    keywords: doc.keywords,
    duplicateOf: null,
    ...(opts.includeTokens ? { tokens: doc.tokens } : {}),
    pipeline: {
      version: opts.version,
      model: opts.model,
      timingsMs: { ingest, segment, ner, normalize, total: Math.round((ingest + segment + ner + normalize) * 100) / 100 },
    },
  };
  const parsed = RecordSchema.safeParse(candidate);
  if (!parsed.success) throw new RecordInvalidError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
