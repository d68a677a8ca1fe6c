// NER throughput: createModelTagger (transformers.js, with tokenization, jieba features,
// windowing, decoding) against raw onnxruntime-node on the same model and the same 300
// sentences of ~60 characters (written for this benchmark), whose inputs are prepared before
// the clock starts. Two tagger figures: as the pipeline's NER stage runs it (the jieba tokens
// come from the segment stage) and on bare text (the tagger runs jieba for its features).
// Both shipped models, the default and zh-news-ner-large. Run: node bench/ner.js
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ort from 'onnxruntime-node';
import { createModelTagger, DEFAULT_MODEL_PATH } from '../dist/extract/ner/model-tagger.js';
import { tokenize } from '../dist/extract/ner/tokenize.js';
import { windowTokens } from '../dist/extract/ner/windowing.js';
import { charFeatures } from '../dist/extract/ner/lexical.js';
import { createJiebaSegmenter } from '../dist/extract/segment/jieba.js';
import { postprocessEntities } from '../dist/extract/ner/postprocess.js';
import { refineOrganizations } from '../dist/extract/orgs/index.js';

const PEOPLE = ['张建国', '李红梅', '王志强', '陈晓东', '刘海燕', '赵文博', '孙立平', '周敏'];
const PLACES = ['杭州', '成都', '青岛', '西安', '南宁', '大连', '昆明', '武汉'];
const ORGS = ['华东理工大学', '国家统计局', '长江电力公司', '市人民医院', '省教育厅', '中国科学院', '北辰集团', '市政府'];
const TEMPLATES = [
  (p, l, o, n) =>
    `${n}年${(n % 12) + 1}月${(n % 28) + 1}日，${o}负责人${p}在${l}宣布，新项目总投资${(n % 90) + 10}亿元，预计带动当地就业${n * 3}人，明年6月正式投产。`,
  (p, l, o, n) =>
    `记者从${o}获悉，${l}今年前三季度地区生产总值同比增长${(n % 9) + 1}.${n % 10}%，${p}表示增速明显好于年初的预期，消费和投资都在回升。`,
  (p, l, o, n) =>
    `${p}上午10时在${l}召开座谈会，听取${o}关于${(n % 50) + 5}个重点工程进展的汇报，要求各有关部门密切配合，确保年底前全部完工。`,
  (p, l, o, n) =>
    `据${o}统计，${l}去年共接待游客${(n % 80) + 20}00万人次，旅游收入${(n % 700) + 100}亿元，比上年增加${(n % 30) + 2}%，创下历史最好成绩。`,
  (p, l, o, n) =>
    `${l}的${o}昨天与外方签署合作协议，双方将在${(n % 5) + 2}年内共同建设第${(n % 9) + 1}条生产线，${p}等出席了当天的签约仪式并致辞。`,
];

/** ~100 sentences of about 60 characters. */
export function benchSentences(count = 100) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[i % TEMPLATES.length];
    out.push(t(PEOPLE[i % PEOPLE.length], PLACES[(i * 3) % PLACES.length], ORGS[(i * 5) % ORGS.length], 2000 + i));
  }
  return out;
}

function modelInputs(modelDir, texts, batchSize) {
  const tok = JSON.parse(readFileSync(join(modelDir, 'tokenizer.json'), 'utf8'));
  const cfg = JSON.parse(readFileSync(join(modelDir, 'config.json'), 'utf8'));
  const vocab = new Map(Object.entries(tok.model.vocab));
  const spec = {
    vocab,
    unkId: vocab.get('[UNK]'),
    lowercase: tok.normalizer?.lowercase ?? true,
    continuingPrefix: '##',
    maxInputCharsPerWord: 100,
  };
  const lexical = !!cfg.zhnews?.lexical_features;
  const wins = [];
  for (const text of texts) {
    const toks = tokenize(text, spec);
    for (const w of windowTokens(text, toks, cfg.zhnews?.max_tokens ?? 510)) {
      const off = toks[w.from].start;
      const wt = text.slice(off, toks[w.to - 1].end);
      const f = lexical ? charFeatures(wt) : null;
      wins.push(toks.slice(w.from, w.to).map((t) => [t.id, f ? f[t.start - off] : 0]));
    }
  }
  wins.sort((a, b) => a.length - b.length);
  const feeds = [];
  for (let s = 0; s < wins.length; s += batchSize) {
    const batch = wins.slice(s, s + batchSize);
    const b = batch.length;
    const t = Math.max(...batch.map((w) => w.length)) + 2;
    const ids = new BigInt64Array(b * t);
    const mask = new BigInt64Array(b * t);
    const types = new BigInt64Array(b * t);
    batch.forEach((w, r) => {
      ids[r * t] = 101n;
      mask[r * t] = 1n;
      w.forEach(([id, ty], k) => {
        ids[r * t + 1 + k] = BigInt(id);
        types[r * t + 1 + k] = BigInt(ty);
        mask[r * t + 1 + k] = 1n;
      });
      ids[r * t + w.length + 1] = 102n;
      mask[r * t + w.length + 1] = 1n;
    });
    feeds.push({
      input_ids: new ort.Tensor('int64', ids, [b, t]),
      attention_mask: new ort.Tensor('int64', mask, [b, t]),
      token_type_ids: new ort.Tensor('int64', types, [b, t]),
    });
  }
  return feeds;
}

/** Median seconds per variant; variants alternate within each round so that drift hits them alike. */
async function timeInterleaved(variants, rounds) {
  for (const fn of Object.values(variants)) await fn(); // warm-up
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) {
    for (const [k, fn] of Object.entries(variants)) {
      // Let the previous session's onnxruntime threads stop spinning before the clock starts.
      await new Promise((r) => setTimeout(r, 30));
      const t0 = performance.now();
      await fn();
      times[k].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([k, ts]) => {
      ts.sort((x, y) => x - y);
      return [k, ts[Math.floor(ts.length / 2)] / 1000];
    }),
  );
}

/** Rows {stage, metric, value}: sentences/s through the tagger and through raw onnxruntime-node. */
export async function benchNer({ model = DEFAULT_MODEL_PATH, rounds = 21, batchSize = 32, stage = 'ner' } = {}) {
  const sentences = benchSentences(300);
  const chars = sentences.reduce((n, s) => n + s.length, 0) / sentences.length;
  const tagger = await createModelTagger({ model, batchSize });
  // In the pipeline the NER stage gets the segment stage's jieba tokens (timed in that stage).
  const seg = createJiebaSegmenter();
  const words = sentences.map((s) => seg.segment(s));
  const session = await ort.InferenceSession.create(join(model, 'onnx', 'model_quantized.onnx'));
  const feeds = modelInputs(model, sentences, batchSize);
  const {
    bare: tPipe,
    stage: tStage,
    orgs: tOrgs,
    raw: tRaw,
  } = await timeInterleaved(
    {
      bare: () => tagger.tagMany(sentences),
      stage: () => tagger.tagMany(sentences, words),
      // Today's NER stage followed by the organisation layers (src/extract/orgs), as the pipeline runs them.
      orgs: async () => {
        const tagged = await tagger.tagMany(sentences, words);
        tagged.forEach((es, i) => refineOrganizations(sentences[i], words[i], postprocessEntities(es)));
      },
      raw: async () => {
        for (const f of feeds) await session.run(f);
      },
    },
    rounds,
  );
  const pipe = sentences.length / tPipe;
  const raw = sentences.length / tRaw;
  return [
    { stage, metric: 'sentences', value: sentences.length },
    { stage, metric: 'mean characters per sentence', value: Number(chars.toFixed(1)) },
    { stage, metric: 'raw onnxruntime-node sentences/s', value: Number(raw.toFixed(1)) },
    { stage, metric: 'NER stage, with the segment stage tokens, sentences/s', value: Number((sentences.length / tStage).toFixed(1)) },
    { stage, metric: 'NER stage overhead ratio (stage time / raw time)', value: Number((tStage / tRaw).toFixed(3)) },
    { stage, metric: 'NER stage + organisation layers, sentences/s', value: Number((sentences.length / tOrgs).toFixed(1)) },
    { stage, metric: 'NER stage + organisation layers overhead ratio (time / raw time)', value: Number((tOrgs / tRaw).toFixed(3)) },
    { stage, metric: 'NER stage + organisation layers throughput / NER stage throughput', value: Number((tStage / tOrgs).toFixed(3)) },
    { stage, metric: 'tagger on bare text (runs jieba itself) sentences/s', value: Number(pipe.toFixed(1)) },
    { stage, metric: 'bare-text overhead ratio (tagger time / raw time)', value: Number((tPipe / tRaw).toFixed(3)) },
  ];
}

/** The same for the larger shipped model (`--model zh-news-ner-large`). */
export function benchNerLarge(opts = {}) {
  return benchNer({ model: join(DEFAULT_MODEL_PATH, '..', 'zh-news-ner-large'), stage: 'ner-large', ...opts });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = [...(await benchNer()), ...(await benchNerLarge())];
  for (const r of rows) console.log(`${r.stage}\t${r.metric}\t${r.value}`);
}
