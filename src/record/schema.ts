/**
 * The record contract (../shared/docs/record-contract.md, v1) as a zod schema.
 * This file is the single source of truth: the TypeScript types and the JSON Schema
 * printed by `zhnews schema` are both derived from it.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const ENTITY_TYPES = ['ORG', 'PERSON', 'LOC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL'] as const;
export const FIGURE_KINDS = ['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL'] as const;
export const DATE_KINDS = ['DATE', 'TIME'] as const;
export const GRANULARITIES = ['year', 'half', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/** JSON has no Infinity or NaN; a figure must be a number a spreadsheet can hold. */
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const offset = z.number().int().nonnegative();

const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'ISO 8601 date-time with offset');

export const SourceSchema = z.object({
  uri: z.string().nullable(),
  url: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  bytes: z.number().int().nonnegative(),
});

export const EntitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  text: z.string().min(1),
  start: offset,
  end: offset,
  score: z.number().min(0).max(1),
  source: z.string(),
});

export const OrganizationSchema = z.object({
  name: z.string().min(1),
  /** Other forms of the name in the article (中科院 for 中国科学院); their mentions are counted in `mentions`. */
  aliases: z.array(z.string().min(1)),
  mentions: z.number().int().positive(),
  spans: z.array(z.tuple([offset, offset])),
});

export const FigureSchema = z.object({
  kind: z.enum(FIGURE_KINDS),
  text: z.string().min(1),
  start: offset,
  end: offset,
  value: finite.nullable(),
  valueMax: finite.nullable(),
  unit: z.string().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  approximate: z.boolean(),
  bound: z.enum(['lower', 'upper']).nullable(),
});

export const DateSchema = z.object({
  kind: z.enum(DATE_KINDS),
  text: z.string().min(1),
  start: offset,
  end: offset,
  value: z.string().nullable(),
  /** The end of a range or period (2021年至2023年, 十四五), at the precision written; null otherwise. */
  valueMax: z.string().nullable().default(null),
  granularity: z.enum(GRANULARITIES).nullable(),
  relative: z.boolean(),
});

export const KeywordSchema = z.object({
  text: z.string().min(1),
  /** TF-IDF: the term's share of the article's content words times its IDF. */
  weight: finite.nonnegative(),
});

export const TokenSchema = z.object({
  text: z.string().min(1),
  start: offset,
  end: offset,
  pos: z.string(),
});

export const DatelineSchema = z.object({
  place: z.string().nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
});

export const PipelineInfoSchema = z.object({
  version: z.string(),
  model: z.string(),
  timingsMs: z.object({
    ingest: z.number().nonnegative(),
    segment: z.number().nonnegative(),
    ner: z.number().nonnegative(),
    normalize: z.number().nonnegative(),
    total: z.number().nonnegative(),
  }),
});

type Spanned = { start: number; end: number; text: string };

/** Offsets are the contract's core promise: text.slice(start, end) === text, always. */
function spansMatch(text: string, items: Spanned[]): boolean {
  return items.every((s) => s.end > s.start && s.end <= text.length && text.slice(s.start, s.end) === s.text);
}

export const RecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().regex(/^[0-9a-f]{16,64}$/),
    source: SourceSchema,
    title: z.string().nullable(),
    publishedAt: isoWithOffset.nullable(),
    publisher: z.string().nullable(),
    authors: z.array(z.string()),
    editors: z.array(z.string()),
    dateline: DatelineSchema.nullable(),
    language: z.string().min(2),
    /** The Chinese script: Hans, Hant, mixed (see src/extract/script/detect.ts), or null for other languages. */
    script: z.enum(['Hans', 'Hant', 'mixed']).nullable().default(null),
    text: z.string(),
    entities: z.array(EntitySchema),
    organizations: z.array(OrganizationSchema),
    figures: z.array(FigureSchema),
    dates: z.array(DateSchema),
    /** The top keywords, highest weight first. */
    keywords: z.array(KeywordSchema).default([]),
    /** The representative of this record's (near-)duplicate cluster, when deduplication ran and this record is not it. */
    duplicateOf: z
      .string()
      .regex(/^[0-9a-f]{16,64}$/)
      .nullable()
      .default(null),
    tokens: z.array(TokenSchema).optional(),
    pipeline: PipelineInfoSchema,
  })
  .superRefine((r, ctx) => {
    for (const key of ['entities', 'figures', 'dates', 'tokens'] as const) {
      const items = r[key];
      if (items && !spansMatch(r.text, items)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `${key}: text.slice(start, end) must equal text` });
      }
    }
    for (const org of r.organizations) {
      if (!org.spans.every(([s, e]) => e > s && e <= r.text.length)) {
        ctx.addIssue({ code: 'custom', path: ['organizations'], message: 'organization span out of range' });
      }
    }
  });

export type NewsRecord = z.infer<typeof RecordSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type Organization = z.infer<typeof OrganizationSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type DateMention = z.infer<typeof DateSchema>;
export type Token = z.infer<typeof TokenSchema>;
export type Keyword = z.infer<typeof KeywordSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type Granularity = (typeof GRANULARITIES)[number];

/** The record's JSON Schema, derived from the zod schema (what `zhnews schema` prints). */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
