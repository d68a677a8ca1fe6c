// Throughput of each pipeline stage on the fixture articles (articles/s and MB/s of input).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestStage, segmentStage, nerStage, normalizeStage } from '../dist/pipeline/stages.js';
import { createSegmenter } from '../dist/extract/segment/index.js';
import { createTagger } from '../dist/pipeline/tagger-factory.js';
import { PipelineConfigSchema } from '../dist/pipeline/config.js';
import { assemble } from '../dist/pipeline/assemble.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/articles', import.meta.url));

function loadArticles() {
  return readdirSync(FIXTURES)
    .filter((f) => statSync(join(FIXTURES, f)).isFile())
    .map((f) => ({ bytes: readFileSync(join(FIXTURES, f)), kind: f.endsWith('.txt') ? 'text' : 'auto', uri: f }));
}

async function time(label, rounds, bytes, fn) {
  await fn(); // warm-up: lazy model and dictionary loads are not throughput
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) await fn();
  const secs = (performance.now() - t0) / 1000;
  return [
    { stage: label, metric: 'articles/s', value: rounds / secs },
    { stage: label, metric: 'MB/s', value: (rounds * bytes) / 1e6 / secs },
  ];
}

export async function benchStages({ rounds = 20, model } = {}) {
  const articles = loadArticles();
  const bytes = articles.reduce((n, a) => n + a.bytes.length, 0);
  const config = PipelineConfigSchema.parse({ model });
  const segmenter = createSegmenter('jieba');
  const tagger = await createTagger(config);
  const docs = articles.map((a) => ingestStage(a, config.maxTextChars));
  const segmented = docs.map((d) => segmentStage(d, segmenter));
  const tagged = await Promise.all(segmented.map((d) => nerStage(d, tagger)));
  const n = articles.length;
  const rows = [];
  rows.push(...(await time('ingest', rounds, bytes, () => articles.forEach((a) => ingestStage(a, config.maxTextChars)))));
  rows.push(...(await time('segment', rounds, bytes, () => docs.forEach((d) => segmentStage(d, segmenter)))));
  rows.push(...(await time(`ner (${tagger.name})`, rounds, bytes, () => Promise.all(segmented.map((d) => nerStage(d, tagger))))));
  rows.push(...(await time('normalize', rounds, bytes, () => tagged.forEach((d) => normalizeStage(d)))));
  const opts = { version: 'bench', model: tagger.name, includeTokens: false };
  rows.push(
    ...(await time('assemble+validate', rounds, bytes, () => tagged.map((d) => normalizeStage(d)).forEach((d) => assemble(d, opts)))),
  );
  rows.push(
    ...(await time('whole pipeline', rounds, bytes, async () => {
      for (const a of articles) {
        let d = segmentStage(ingestStage(a, config.maxTextChars), segmenter);
        d = normalizeStage(await nerStage(d, tagger));
        assemble(d, opts);
      }
    })),
  );
  // rows count whole fixture sets; scale to articles
  return rows.map((r) => (r.metric === 'articles/s' ? { ...r, value: r.value * n } : r));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await benchStages();
  console.table(rows.map((r) => ({ ...r, value: Number(r.value.toFixed(2)) })));
}
