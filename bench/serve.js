// Serve benchmark: `zhnews serve` over a SQLite store of 100,000 articles. The store is made
// with a fixed seed by varying real records of the fixtures (titles, publishers, dates,
// organisation names, an added sentence of text), written straight through the store's API in
// one transaction (not through NER). Then a fixed set of requests goes through the viewer's
// HTTP server, in this process: list pages, searches, filters and article pages; per kind, the
// p50/p95 of the time from request to last byte on loopback (the server's time: no network),
// and the process RSS. Targets (issue #22): list and search p95 <= 100 ms, article p95 <= 50 ms.
// It reports, never asserts.
//
//   node bench/serve.js [--articles N] [--seed S] [--keep FILE]   (after `npm run build`)
//   --keep FILE: build the store there once and reuse it on later runs.
//
// export: benchServe(opts) -> [{ stage, metric, value }]
/* global fetch, URLSearchParams -- Node 20 globals the shared ESLint config does not list */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openSqliteStore } from '../dist/store/sqlite.js';
import { ViewerDb } from '../dist/serve/viewer-db.js';
import { createViewer } from '../dist/serve/server.js';
import { seededRandom } from '../dist-tools/scaffold/seeded-random.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = [
  ['fixtures/articles/000_fc3af1410bc2c826.txt', 'text'],
  ['fixtures/hant/taipei-metro.txt', 'text'],
  ['fixtures/batch/guangzhou-port.html', 'html'],
  ['fixtures/batch/shenzhen-metro.html', 'html'],
];

const PUBLISHERS = [
  '新华社',
  '中新网',
  '央广网',
  '人民网',
  '澎湃新闻',
  '财新网',
  '中央社',
  '联合早报',
  '南方日报',
  '第一财经',
  '经济观察报',
  '21世纪经济报道',
];
const CITIES = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '南京',
  '成都',
  '武汉',
  '西安',
  '苏州',
  '天津',
  '重庆',
  '厦门',
  '青岛',
  '长沙',
  '合肥',
];
const CORES = [
  '华信',
  '瑞丰',
  '中科',
  '远航',
  '腾达',
  '海辰',
  '金石',
  '恒泰',
  '天宇',
  '博远',
  '汇通',
  '新元',
  '弘毅',
  '光启',
  '云帆',
  '嘉禾',
  '启明',
  '鼎盛',
  '安和',
  '星河',
];
const KINDS = ['科技有限公司', '集团', '银行', '证券股份有限公司', '汽车有限公司', '能源集团', '研究院', '医药股份有限公司'];
const TOPICS = [
  '发布年度业绩',
  '宣布战略合作',
  '完成新一轮融资',
  '启动数据中心建设',
  '扩大海外市场',
  '推出新产品',
  '调整管理层',
  '签署投资协议',
];

/** The shared seeded PRNG (mulberry32), so every run builds the same store. */
const rng = seededRandom;

const ORGS = CITIES.flatMap((c) => CORES.flatMap((core) => KINDS.map((k) => `${c}${core}${k}`)));

/** Article i: a base record with a new title, publisher, date and an added sentence naming two organisations. */
function variant(base, i, rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  // A few organisations are common and most are rare, as in news.
  const org = () => ORGS[Math.floor(ORGS.length * rand() ** 3)];
  const [a, b] = [org(), org()];
  const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(rand() * 7 * 365) * 86_400_000).toISOString().slice(0, 10);
  const amount = (1 + Math.floor(rand() * 990)) / 10;
  const sentence = `\n据报道，${a}与${b}于${day.slice(0, 4)}年${Number(day.slice(5, 7))}月签署合作协议，涉及金额${amount}亿元。`;
  const aAt = base.text.length + sentence.indexOf(a);
  const bAt = base.text.length + sentence.lastIndexOf(b);
  const extra = [
    { type: 'ORG', text: a, start: aAt, end: aAt + a.length, score: 0.95, source: 'model' },
    ...(a === b ? [] : [{ type: 'ORG', text: b, start: bAt, end: bAt + b.length, score: 0.95, source: 'model' }]),
  ];
  const orgs = extra.map((e) => ({ name: e.text, aliases: [], mentions: 1, spans: [[e.start, e.end]] }));
  return {
    ...base,
    id: createHash('sha256').update(`serve-bench:${i}`).digest('hex').slice(0, 32),
    title: `${a}${pick(TOPICS)}（${base.title?.slice(0, 12) ?? ''}·${i}）`,
    publisher: pick(PUBLISHERS),
    publishedAt: `${day}T${String(8 + Math.floor(rand() * 12)).padStart(2, '0')}:00:00+08:00`,
    text: base.text + sentence,
    entities: [...base.entities, ...extra],
    organizations: [...base.organizations, ...orgs],
    duplicateOf: null,
  };
}

async function buildStore(path, n, seed) {
  const { createPipeline } = await import('../dist/pipeline/pipeline.js');
  const pipeline = await createPipeline({ model: 'rules' });
  const bases = [];
  for (const [file, kind] of FIXTURES) bases.push(await pipeline.process({ bytes: readFileSync(join(ROOT, file)), kind, uri: file }));
  const rand = rng(seed);
  const store = await openSqliteStore(path);
  const t0 = performance.now();
  store.db.exec('BEGIN');
  for (let i = 0; i < n; i++) await store.put(variant(bases[i % bases.length], i, rand));
  store.db.exec('COMMIT');
  const insertMs = performance.now() - t0;
  await store.close();
  return { insertMs };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

/** The fixed set of requests, by kind; drawn with the same seed as the store. */
function requests(db, seed) {
  const rand = rng(seed + 1);
  const ids = db.db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all();
  const topOrgs = db.db
    .prepare("SELECT text FROM entities WHERE row_kind = 'entity' AND type = 'ORG' GROUP BY text ORDER BY count(*) DESC LIMIT 50")
    .pluck()
    .all();
  const rareOrgs = ORGS.slice(-200);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const q = (params) => `/?${new URLSearchParams(params)}`;
  const kinds = { list: [], search: [], filter: [], article: [] };
  for (let i = 0; i < 40; i++) {
    kinds.list.push(q({ page: String(1 + Math.floor(rand() ** 2 * 2000)) }));
    kinds.search.push(
      q({
        q: pick([
          pick(topOrgs),
          pick(rareOrgs),
          pick(CORES) + pick(['科技', '集团', '银行']),
          pick(TOPICS),
          pick(CITIES),
          '有限公司',
          '签署合作协议',
        ]),
      }),
    );
    kinds.filter.push(
      q(
        pick([
          { org: pick(topOrgs) },
          { org: pick(rareOrgs) },
          { publisher: pick(PUBLISHERS) },
          { from: '2021-01-01', to: '2021-03-31' },
          { publisher: pick(PUBLISHERS), from: '2020-01-01', to: '2020-12-31', page: '3' },
          { org: pick(topOrgs), from: '2019-01-01', to: '2022-12-31' },
        ]),
      ),
    );
    kinds.article.push(`/article/${pick(ids)}`);
  }
  return kinds;
}

export async function benchServe(opts = {}) {
  const n = opts.articles ?? 100_000;
  const seed = opts.seed ?? 22;
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-bench-serve-'));
  const path = opts.keep ?? join(dir, 'serve.db');
  const rows = [];
  try {
    if (!existsSync(path)) {
      process.stderr.write(`bench serve: building a store of ${n} articles (seed ${seed}) ...\n`);
      // In a child process, so that the RSS measured below is the server's alone (no pipeline).
      const child = spawnSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--build', path, '--articles', String(n), '--seed', String(seed)],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      if (child.status !== 0) throw new Error(`building the store failed (exit ${child.status})`);
      rows.push({ stage: 'serve build', metric: `insert ${n} records s`, value: Number(child.stdout.trim()) / 1000 });
    }
    const t0 = performance.now();
    const db = new ViewerDb(path);
    rows.push({ stage: 'serve build', metric: 'open (search index, first time) s', value: (performance.now() - t0) / 1000 });
    const server = createViewer({ db, token: null, allowActions: false, queue: null });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      const kinds = requests(db, seed);
      // One warm-up pass (prepared statements, page cache), then the timed pass.
      for (const paths of Object.values(kinds)) for (const p of paths.slice(0, 3)) await (await fetch(base + p)).text();
      for (const [kind, paths] of Object.entries(kinds)) {
        const ms = [];
        let slowest = { ms: 0, path: '' };
        for (const p of paths) {
          const t = performance.now();
          const res = await fetch(base + p);
          await res.text();
          const took = performance.now() - t;
          if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status}`);
          ms.push(took);
          if (took > slowest.ms) slowest = { ms: took, path: p };
        }
        rows.push({ stage: `serve ${kind}`, metric: `p50 ms (${paths.length} requests)`, value: quantile(ms, 0.5) });
        rows.push({ stage: `serve ${kind}`, metric: 'p95 ms', value: quantile(ms, 0.95) });
        if (opts.verbose)
          process.stderr.write(`bench serve: slowest ${kind}: ${slowest.ms.toFixed(1)} ms ${decodeURIComponent(slowest.path)}\n`);
      }
      rows.push({ stage: 'serve', metric: 'server process RSS MB', value: process.memoryUsage().rss / 2 ** 20 });
      rows.push({ stage: 'serve', metric: 'articles', value: await db.count() });
    } finally {
      server.close();
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  if (arg('--build')) {
    const { insertMs } = await buildStore(arg('--build'), Number(arg('--articles') ?? 100_000), Number(arg('--seed') ?? 22));
    console.log(String(insertMs));
    process.exit(0);
  }
  const rows = await benchServe({
    articles: arg('--articles') ? Number(arg('--articles')) : undefined,
    seed: arg('--seed') ? Number(arg('--seed')) : undefined,
    keep: arg('--keep'),
    verbose: true,
  });
  console.table(rows.map((r) => ({ ...r, value: Number(r.value.toFixed(2)) })));
}
