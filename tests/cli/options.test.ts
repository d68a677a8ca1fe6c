import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UsageError } from '../../src/errors/index.js';
import { optionHelp, parseOptions, usageText, wholeNumber } from '../../src/cli/options.js';

const specs = {
  out: { type: 'string', arg: 'FILE', required: true, schema: z.string().min(1), help: 'where it goes' },
  limit: { type: 'string', arg: 'N', schema: wholeNumber, help: ['at most N', 'then stop'] },
  pretty: { type: 'boolean', schema: z.boolean(), help: 'indent' },
} as const;

describe('one declaration per option', () => {
  it('parses, validates and transforms from the same specs', () => {
    const { values, positionals } = parseOptions(['a.txt', '--out', 'x.jsonl', '--limit', '3'], specs);
    expect(values).toEqual({ out: 'x.jsonl', limit: 3 });
    expect(positionals).toEqual(['a.txt']);
  });
  it('turns an unknown flag, a bad value and a missing required flag into one UsageError', () => {
    expect(() => parseOptions(['--out', 'x', '--nope'], specs)).toThrow(UsageError);
    expect(() => parseOptions(['--out', 'x', '--limit', 'two'], specs)).toThrow(/--limit: must be a whole number/);
    expect(() => parseOptions([], specs)).toThrow(/--out is required/);
  });
  it('writes the help from the specs, every flag once', () => {
    const help = optionHelp(specs);
    expect(help).toEqual([
      '  --out FILE         where it goes',
      '  --limit N          at most N',
      '                     then stop',
      '  --pretty           indent',
    ]);
    const usage = usageText({ synopsis: ['Usage: x'], options: specs, notes: ['Done.'] });
    for (const name of Object.keys(specs)) expect(usage.match(new RegExp(`--${name}\\b`, 'g'))).toHaveLength(1);
  });
});
