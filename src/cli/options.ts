/**
 * A command's options, declared once: each flag's type, its zod check and its help line. The
 * `node:util` parseArgs options, the validation and the usage text all come from the same list.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from '../errors/index.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Checks (and may transform) the parsed value; the flag is optional unless `required`. */
  schema: z.ZodType;
  /** The value's name in the help (FILE, N, URL); none for a boolean. */
  arg?: string;
  /** One or more help lines (the first beside the flag, the rest under it). */
  help: string | readonly string[];
  required?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type Value<S extends OptionSpec> = S['required'] extends true ? z.output<S['schema']> : z.output<S['schema']> | undefined;
export type OptionValues<T extends OptionSpecs> = { [K in keyof T]: Value<T[K]> };

/** Options every command takes. */
const COMMON = { help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean' } } as const;
/** Where help text starts, as the hand-written usage texts had it. */
const HELP_COLUMN = 21;

/** Parses argv against the specs; unknown flags and bad values become one UsageError line. */
export function parseOptions<T extends OptionSpecs>(argv: string[], specs: T): { values: OptionValues<T>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(specs).map(([name, s]) => [name, { type: s.type }]));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, ...COMMON }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const shape = Object.fromEntries(Object.entries(specs).map(([name, s]) => [name, s.required ? s.schema : s.schema.optional()]));
  const result = z.object(shape).safeParse(parsed.values);
  if (!result.success) {
    const issue = result.error.issues[0];
    const flag = issue?.path.join('.') ?? '?';
    const missing = issue?.code === 'invalid_type' && (parsed.values as Record<string, unknown>)[flag] === undefined;
    throw new UsageError(missing ? `--${flag} is required` : `--${flag}: ${issue?.message ?? 'invalid'}`);
  }
  return { values: result.data as OptionValues<T>, positionals: parsed.positionals };
}

/** The help lines for the specs, flags in the first column. */
export function optionHelp(specs: OptionSpecs): string[] {
  const out: string[] = [];
  for (const [name, s] of Object.entries(specs)) {
    const flag = `  --${name}${s.arg ? ` ${s.arg}` : ''}`;
    const [first = '', ...rest] = typeof s.help === 'string' ? [s.help] : s.help;
    out.push(flag.length + 2 <= HELP_COLUMN ? `${flag.padEnd(HELP_COLUMN)}${first}` : `${flag}  ${first}`);
    for (const line of rest) out.push(`${' '.repeat(HELP_COLUMN)}${line}`);
  }
  return out;
}

/** A command's whole usage text: synopsis, what it does, its options, then notes. */
export function usageText(parts: {
  synopsis: readonly string[];
  about?: readonly string[];
  options: OptionSpecs;
  notes?: readonly string[];
}): string {
  return [
    ...parts.synopsis,
    ...(parts.about?.length ? ['', ...parts.about] : []),
    ...(Object.keys(parts.options).length ? ['', ...optionHelp(parts.options)] : []),
    ...(parts.notes?.length ? ['', ...parts.notes] : []),
  ].join('\n');
}

/** Shared checks. */
export const wholeNumber = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .refine((n) => n >= 1, 'must be at least 1');
/** A positive number of seconds -> ms. */
export const seconds = z.coerce
  .number()
  .positive()
  .transform((s) => Math.round(s * 1000));
