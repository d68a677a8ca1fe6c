/**
 * The viewer's query and path parameters, validated at the edge: a value it cannot use is a 400
 * with a message naming the parameter, never a stack trace or a silently ignored filter.
 */
import { z } from 'zod';
import { BadQueryError } from '../errors/index.js';
import type { ArticleFilter } from './viewer-db.js';

const MAX_TEXT = 200;
const MAX_PAGE = 100_000;

const text = z.string().trim().max(MAX_TEXT, `at most ${MAX_TEXT} characters`).optional();
/** An empty form field means the filter is not set. */
const unsetIfEmpty = <T extends z.ZodType>(t: T) => z.preprocess((v) => (v === '' ? undefined : v), t.optional());
const day = unsetIfEmpty(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'a real calendar date'),
);
const page = unsetIfEmpty(
  z
    .string()
    .regex(/^\d+$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'at least 1').max(MAX_PAGE, `at most ${MAX_PAGE}`)),
);

const filterSchema = z.object({ q: text, org: text, person: text, place: text, publisher: text, from: day, to: day, page });
const orgSchema = z.object({ name: z.string().trim().min(1, 'an organisation name').max(MAX_TEXT, `at most ${MAX_TEXT} characters`) });

/** A record id as the store writes it: lower-case hex. */
export const ARTICLE_ID = /^[0-9a-f]{16,64}$/;

function parse<T>(schema: z.ZodType<T>, query: Record<string, string>): T {
  const r = schema.safeParse(query);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const name = String(issue.path[0] ?? 'query');
  throw new BadQueryError(`bad parameter "${name}": expected ${issue.message}`);
}

/** The article list's filter from a request's query (empty values mean "no filter"). */
export function filterOf(query: Record<string, string>): ArticleFilter {
  const f = parse(filterSchema, query);
  const out: ArticleFilter = { page: f.page ?? 1 };
  for (const k of ['q', 'org', 'person', 'place', 'publisher', 'from', 'to'] as const) if (f[k]) out[k] = f[k];
  if (out.from && out.to && out.from > out.to) throw new BadQueryError(`bad parameters: "from" (${out.from}) is after "to" (${out.to})`);
  return out;
}

export const orgNameOf = (query: Record<string, string>): string => parse(orgSchema, query).name;

export function articleIdOf(id: string): string {
  if (!ARTICLE_ID.test(id)) throw new BadQueryError(`bad article id "${id.slice(0, 80)}": expected 16 to 64 lower-case hex digits`);
  return id;
}
