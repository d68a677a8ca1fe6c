/**
 * `npm run eval:orgs -- [<data dir>] [--gold <dir>] [--model M] [--organizations refined|model] [--show] [--json <file>]`
 *
 * Runs the whole pipeline (HTML in) over the Chinese dev pages and the supplied sample article
 * and scores each record's `organizations` (names with their aliases) against the hand-made
 * lists in tests/gold/orgs: micro P/R/F1 over (article, name) pairs, on all articles, without
 * the two articles whose lists hold the most names, and on the tuning and held-out parts apart.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../../../dist/pipeline/pipeline.js';
import { isHeldOut, micro, scoreArticle, type ArticleScore, type Micro } from './score.js';
import { cluenerRecall, type ClueRecall } from './cluener-recall.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = join(ROOT, 'fixtures/articles/000_fc3af1410bc2c826.txt');

export interface OrgsEvalResult {
  all: Micro;
  withoutLargest: Micro;
  tune: Micro;
  heldOut: Micro;
  sample: Micro;
  /** `article: name` for each person of a gold list that came out as an organisation. */
  personsAsOrgs: string[];
  largest: string[];
  articles: ArticleScore[];
  /** Recall of CLUENER dev's organisation mentions (null without the data, or when not asked for: the gate does not). */
  cluener: ClueRecall[] | null;
  digest: string;
}

export interface Article {
  id: string;
  bytes: Uint8Array;
  kind: 'html' | 'text';
  uri: string;
}

export function loadArticles(dataDir: string, goldIds: Set<string>): Article[] {
  const htmlDir = join(dataDir, 'html/zh-content-extraction/html');
  const out: Article[] = [];
  if (existsSync(htmlDir)) {
    for (const name of readdirSync(htmlDir).sort()) {
      const id = name.replace(/\.html?$/i, '');
      if (goldIds.has(id)) out.push({ id, bytes: readFileSync(join(htmlDir, name)), kind: 'html', uri: name });
    }
  }
  const sampleId = '000_fc3af1410bc2c826';
  if (goldIds.has(sampleId) && existsSync(SAMPLE)) out.push({ id: sampleId, bytes: readFileSync(SAMPLE), kind: 'text', uri: SAMPLE });
  return out;
}

export function loadGold(goldDir: string): Map<string, string[]> {
  return new Map([...loadGoldFiles(goldDir)].map(([id, g]) => [id, g.organizations]));
}

/** Each gold file: the organisations, and where written, the article's persons (none may come out as an organisation). */
function loadGoldFiles(goldDir: string): Map<string, { organizations: string[]; persons?: string[] }> {
  const gold = new Map<string, { organizations: string[]; persons?: string[] }>();
  for (const f of readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { id: string; organizations: string[]; persons?: string[] };
    gold.set(g.id, g);
  }
  return gold;
}

const hashHex = (s: string): string => createHash('sha256').update(s).digest('hex');

export async function evalOrgs(
  dataDir: string,
  goldDir: string,
  model?: string,
  organizations: 'refined' | 'model' = 'refined',
  opts: { cluener?: boolean } = {},
): Promise<OrgsEvalResult> {
  const files = loadGoldFiles(goldDir);
  const gold = loadGold(goldDir);
  const articles = loadArticles(dataDir, new Set(gold.keys()));
  const pipeline = await createPipeline({ ...(model ? { model } : {}), organizations });
  const digest = createHash('sha256');
  const scores: ArticleScore[] = [];
  const personsAsOrgs: string[] = [];
  for (const a of articles) {
    digest
      .update(a.id)
      .update(a.bytes)
      .update(JSON.stringify(gold.get(a.id)));
    const record = await pipeline.process({ bytes: a.bytes, kind: a.kind, uri: a.uri });
    const score = scoreArticle(a.id, gold.get(a.id) ?? [], record.organizations);
    const names = new Set(record.organizations.flatMap((o) => [o.name, ...o.aliases]));
    for (const p of files.get(a.id)?.persons ?? []) if (names.has(p)) personsAsOrgs.push(`${a.id}: ${p}`);
    score.sources = Object.fromEntries(record.entities.filter((e) => e.type === 'ORG').map((e) => [e.text, e.source]));
    scores.push(score);
  }
  // The pages are scored apart from the supplied article, as the pages never shown here will be.
  const pages = scores.filter((s) => s.id !== '000_fc3af1410bc2c826');
  const largest = [...pages]
    .sort((x, y) => y.gold.length - x.gold.length)
    .slice(0, 2)
    .map((s) => s.id);
  return {
    all: micro(pages),
    withoutLargest: micro(pages.filter((s) => !largest.includes(s.id))),
    tune: micro(pages.filter((s) => !isHeldOut(hashHex(s.id)))),
    heldOut: micro(pages.filter((s) => isHeldOut(hashHex(s.id)))),
    sample: micro(scores.filter((s) => s.id === '000_fc3af1410bc2c826')),
    personsAsOrgs,
    largest,
    articles: scores,
    cluener: opts.cluener ? await cluenerRecall(dataDir, pipeline) : null,
    digest: digest.digest('hex'),
  };
}

const line = (label: string, m: Micro): string =>
  `${label.padEnd(28)} P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const positional = args.filter(
    (a, i) => !a.startsWith('--') && !['--gold', '--model', '--json', '--organizations'].includes(args[i - 1] ?? ''),
  );
  const dataDir = resolve(positional[0] ?? join(ROOT, '../shared/data'));
  const goldDir = resolve(opt('--gold') ?? join(ROOT, 'tests/gold/orgs'));
  if (!existsSync(goldDir)) {
    console.error(`eval:orgs: no gold folder at ${goldDir}`);
    process.exit(2);
  }
  const r = await evalOrgs(dataDir, goldDir, opt('--model'), opt('--organizations') === 'model' ? 'model' : 'refined', { cluener: true });
  if (args.includes('--show')) {
    // Only the tuning part is shown: the held-out part is for measuring, never for reading errors.
    for (const s of r.articles.filter((a) => !isHeldOut(hashHex(a.id)) || args.includes('--show-held-out'))) {
      console.log(`\n# ${s.id}  gold ${s.gold.length}  tp ${s.tp.length}`);
      if (s.fn.length) console.log(`  missed: ${s.fn.join(' | ')}`);
      if (s.fp.length) console.log(`  wrong:  ${s.fp.map((f) => `${f}<${s.sources?.[f] ?? '?'}>`).join(' | ')}`);
    }
    console.log('');
  }
  console.log(`articles ${r.articles.length}; data digest ${r.digest.slice(0, 16)}`);
  console.log(line('all pages', r.all));
  console.log(line(`without the 2 largest`, r.withoutLargest));
  console.log(line('tuning part', r.tune));
  console.log(line('held-out part', r.heldOut));
  console.log(line('supplied article', r.sample));
  if (r.cluener) {
    const all = r.cluener.reduce((a, c) => ({ mentions: a.mentions + c.mentions, found: a.found + c.found }), { mentions: 0, found: 0 });
    const parts = r.cluener.map((c) => `${c.type} ${(c.found / c.mentions).toFixed(3)}`).join(', ');
    console.log(`CLUENER dev recall           R ${(all.found / all.mentions).toFixed(3)}  (${parts}; ${all.mentions} mentions)`);
  }
  console.log(`persons as organisations      ${r.personsAsOrgs.length}${r.personsAsOrgs.length ? `: ${r.personsAsOrgs.join(', ')}` : ''}`);
  const json = opt('--json');
  if (json) writeFileSync(json, JSON.stringify(r, null, 2) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err: unknown) => {
    console.error(`eval:orgs: ${(err as Error).message}`);
    process.exit(1);
  });
}
