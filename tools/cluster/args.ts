/**
 * `npm run cluster-test` flags, validated at the edge. `--short` is the CI form (200 jobs,
 * a 5 s outage); a flag given explicitly wins over it.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

/** `--model shipped` runs the shipped model instead. */
export const DEFAULT_MODEL = 'rules';

const count = z.coerce.number().int().positive();
const ms = z.coerce.number().int().min(0);

const schema = z.object({
  jobs: count.optional(),
  'outage-ms': ms.optional(),
  'host-down-ms': ms.default(5000),
  'postgres-down-ms': ms.default(3000),
  short: z.boolean().default(false),
  'skip-if-unsupported': z.boolean().default(false),
  // The rule-based tagger by default: the test is about distribution and faults, and the shipped
  // model does about 2 articles/s with three workers on two shared cores (docs/deploy.md).
  model: z.string().min(1).default(DEFAULT_MODEL),
  concurrency: count.default(1),
  hosts: z.coerce.number().int().min(2).max(80).default(3),
  'deadline-minutes': count.default(30),
  report: z.string().min(1).optional(),
});

export interface ClusterArgs {
  jobs: number;
  outageMs: number;
  hostDownMs: number;
  postgresDownMs: number;
  short: boolean;
  skipIfUnsupported: boolean;
  model: string | null;
  concurrency: number;
  hosts: number;
  deadlineMinutes: number;
  report: string | null;
}

export const FULL = { jobs: 1000, outageMs: 20_000 } as const;
export const SHORT = { jobs: 200, outageMs: 5000 } as const;

export class ClusterArgsError extends Error {
  override name = 'ClusterArgsError';
}

export function parseClusterArgs(argv: string[]): ClusterArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        jobs: { type: 'string' },
        'outage-ms': { type: 'string' },
        'host-down-ms': { type: 'string' },
        'postgres-down-ms': { type: 'string' },
        short: { type: 'boolean' },
        'skip-if-unsupported': { type: 'boolean' },
        model: { type: 'string' },
        concurrency: { type: 'string' },
        hosts: { type: 'string' },
        'deadline-minutes': { type: 'string' },
        report: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new ClusterArgsError((err as Error).message);
  }
  const r = schema.safeParse(values);
  if (!r.success) throw new ClusterArgsError(r.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const v = r.data;
  const base = v.short ? SHORT : FULL;
  return {
    jobs: v.jobs ?? base.jobs,
    outageMs: v['outage-ms'] ?? base.outageMs,
    hostDownMs: v['host-down-ms'],
    postgresDownMs: v['postgres-down-ms'],
    short: v.short,
    skipIfUnsupported: v['skip-if-unsupported'],
    model: v.model === 'shipped' ? null : v.model,
    concurrency: v.concurrency,
    hosts: v.hosts,
    deadlineMinutes: v['deadline-minutes'],
    report: v.report ?? null,
  };
}
