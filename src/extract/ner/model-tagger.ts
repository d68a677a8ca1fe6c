import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, Token } from '../../record/schema.js';
import type { NerTagger } from './tagger.js';
import { tokenize, type TokenizerSpec, type TokenSpan } from './tokenize.js';
import { windowTokens } from './windowing.js';
import { charFeatures, featuresFromTokens, LEXICAL_FEATURES } from './lexical.js';
import { createBioDecoder, groupTags, type BioDecoder } from './bio.js';
import { entityBreaks } from './breaks.js';
import { oneTypePerName } from './consistency.js';
import { trimEdgePunctuation } from './edges.js';

/** The model shipped with the package (quantized ONNX), resolved from the package root. */
const SHIPPED_MODELS_DIR: string = fileURLToPath(new URL('../../../models', import.meta.url));
export const DEFAULT_MODEL_PATH: string = join(SHIPPED_MODELS_DIR, 'zh-news-ner');

export interface ModelTaggerOptions {
  /** A model folder, or a Hub id (needs allowRemote). Default: the shipped model. */
  model?: string;
  /** Let transformers.js download a Hub model (off by default). */
  allowRemote?: boolean;
  /** Which ONNX file: 'q8' loads onnx/model_quantized.onnx (default), 'fp32' onnx/model.onnx. */
  dtype?: 'q8' | 'fp32' | 'int8' | 'uint8' | 'fp16' | 'q4';
  /** Windows per ONNX run (default 32). */
  batchSize?: number;
  /** onnxruntime intra-op threads (default: its own, all cores); pools of pipelines set 1 each. */
  intraOpThreads?: number;
  /** Give a name one type per text (oneTypePerName); default true. */
  oneTypePerName?: boolean;
}

/** A NerTagger that can also tag many texts in one batched pass. */
export interface ModelTagger extends NerTagger {
  /**
   * tokens[i], when given, are text i's jieba tokens from the segment stage (createJiebaSegmenter):
   * the lexical features then come from them instead of a second jieba pass.
   */
  tagMany(texts: readonly string[], tokens?: ReadonlyArray<readonly Token[] | undefined>): Promise<Entity[][]>;
  /** Window budget in tokens (without [CLS]/[SEP]). */
  readonly maxTokens: number;
  /** Whether the model takes the jieba lexical features through token_type_ids. */
  readonly lexical: boolean;
}

type Loaded = {
  run: (ids: BigInt64Array, mask: BigInt64Array, types: BigInt64Array, b: number, t: number) => Promise<Float32Array>;
  spec: TokenizerSpec;
  clsId: number;
  sepId: number;
  padId: number;
  decoder: BioDecoder;
  numLabels: number;
  maxTokens: number;
  lexical: boolean;
  languages: readonly string[] | undefined;
};

const cache = new Map<string, Promise<Loaded>>();

function resolveModel(model: string | undefined): { key: string; local: boolean } {
  if (!model) return { key: DEFAULT_MODEL_PATH, local: true };
  if (model.startsWith('file:')) return { key: fileURLToPath(model), local: true };
  const abs = isAbsolute(model) ? model : resolve(model);
  if (isAbsolute(model) || model.startsWith('.') || existsSync(abs)) return { key: abs, local: true };
  // A bare name of a model shipped in the package's models/ folder (zh-news-ner-large).
  const shipped = join(SHIPPED_MODELS_DIR, model);
  if (/^[\w.-]+$/.test(model) && existsSync(join(shipped, 'config.json'))) return { key: shipped, local: true };
  return { key: model, local: false };
}

async function load(key: string, local: boolean, allowRemote: boolean, dtype: string, intraOpThreads?: number): Promise<Loaded> {
  const tf = await import('@huggingface/transformers');
  const { env, AutoConfig, AutoTokenizer, AutoModelForTokenClassification, Tensor } = tf;
  env.allowLocalModels = true;
  env.allowRemoteModels = allowRemote;
  if (local && !existsSync(key)) throw new Error(`NER model folder not found: ${key}`);
  if (!local && !allowRemote) {
    throw new Error(`NER model "${key}" is not a local folder and remote models are off (allow them with --allow-remote)`);
  }
  const opts = { local_files_only: !allowRemote };
  const config = (await AutoConfig.from_pretrained(key, opts)) as unknown as Record<string, unknown>;
  const tokenizer = (await AutoTokenizer.from_pretrained(key, opts)) as unknown as {
    get_vocab(): Map<string, number>;
    _tokenizerJSON?: { normalizer?: { lowercase?: boolean; type?: string } };
    _tokenizerConfig?: { do_lower_case?: boolean };
  };
  const loadModel = (d: string) =>
    AutoModelForTokenClassification.from_pretrained(key, {
      ...opts,
      dtype: d as 'q8',
      device: 'cpu',
      ...(intraOpThreads ? { session_options: { intraOpNumThreads: intraOpThreads } } : {}),
    });
  let model: Awaited<ReturnType<typeof loadModel>>;
  try {
    model = await loadModel(dtype);
  } catch (e) {
    // A folder or Hub model without a quantized file: fall back to the fp32 one.
    if (dtype !== 'q8') throw e;
    model = await loadModel('fp32');
  }

  const vocab = tokenizer.get_vocab();
  const norm = tokenizer._tokenizerJSON?.normalizer;
  const lowercase = norm?.lowercase ?? tokenizer._tokenizerConfig?.do_lower_case ?? true;
  const unkId = vocab.get('[UNK]') ?? 100;
  const spec: TokenizerSpec = { vocab, unkId, lowercase, continuingPrefix: '##', maxInputCharsPerWord: 100 };

  const id2label = (config.id2label ?? {}) as Record<string, string>;
  const numLabels = Object.keys(id2label).length;
  const labels = Array.from({ length: numLabels }, (_, i) => id2label[String(i)] ?? 'O');
  const zh = config.zhnews as
    | { lexical_features?: { kind?: string; version?: number }; max_tokens?: number; transitions?: { scores?: number[][] } }
    | undefined;
  const lf = zh?.lexical_features;
  const lexical = !!lf && lf.kind === LEXICAL_FEATURES.kind && lf.version === LEXICAL_FEATURES.version;
  // This project's models (a `zhnews` block) are trained on Chinese news alone; others may know any language.
  const languages = zh ? ['zh'] : undefined;
  if (lf && !lexical) throw new Error(`NER model ${key} wants lexical features ${lf.kind} v${lf.version}, not supported`);
  const maxPos = Number(config.max_position_embeddings ?? 512);
  const maxTokens = Math.max(8, Math.min(510, zh?.max_tokens ?? 510, maxPos - 2));

  const run: Loaded['run'] = async (ids, mask, types, b, t) => {
    const out = (await (model as unknown as (x: Record<string, unknown>) => Promise<{ logits: { data: Float32Array } }>)({
      input_ids: new Tensor('int64', ids, [b, t]),
      attention_mask: new Tensor('int64', mask, [b, t]),
      token_type_ids: new Tensor('int64', types, [b, t]),
    }));
    return out.logits.data;
  };
  return {
    run, spec, lexical, maxTokens, numLabels, languages,
    clsId: vocab.get('[CLS]') ?? 101,
    sepId: vocab.get('[SEP]') ?? 102,
    padId: vocab.get('[PAD]') ?? 0,
    decoder: createBioDecoder(labels, zh?.transitions?.scores),
  };
}

/** Probability of label `c` at a token whose logits start at `base`. */
function softmaxAt(logits: Float32Array, base: number, L: number, c: number): number {
  let mx = -Infinity;
  for (let k = 0; k < L; k++) mx = Math.max(mx, logits[base + k]!);
  let z = 0;
  for (let k = 0; k < L; k++) z += Math.exp(logits[base + k]! - mx);
  return Math.exp(logits[base + c]! - mx) / z;
}

type Win = { doc: number; offset: number; toks: TokenSpan[]; types: ArrayLike<number> | null; breaks: Uint8Array | null };

/** Tag windows in batches of similar length; returns entities per document. */
async function tagWindows(m: Loaded, wins: Win[], docs: readonly string[], batchSize: number): Promise<Entity[][]> {
  const out: Entity[][] = docs.map(() => []);
  const order = wins.map((_, i) => i).sort((a, b) => wins[a]!.toks.length - wins[b]!.toks.length);
  const L = m.numLabels;
  for (let s = 0; s < order.length; s += batchSize) {
    const batch = order.slice(s, s + batchSize).map((i) => wins[i]!);
    const b = batch.length;
    const t = Math.max(...batch.map((w) => w.toks.length)) + 2;
    const ids = new BigInt64Array(b * t).fill(BigInt(m.padId));
    const mask = new BigInt64Array(b * t);
    const types = new BigInt64Array(b * t);
    batch.forEach((w, r) => {
      const n = w.toks.length;
      ids[r * t] = BigInt(m.clsId);
      mask[r * t] = 1n;
      for (let k = 0; k < n; k++) {
        ids[r * t + 1 + k] = BigInt(w.toks[k]!.id);
        mask[r * t + 1 + k] = 1n;
        if (w.types) types[r * t + 1 + k] = BigInt(w.types[k]!);
      }
      ids[r * t + n + 1] = BigInt(m.sepId);
      mask[r * t + n + 1] = 1n;
    });
    const logits = await m.run(ids, mask, types, b, t);
    batch.forEach((w, r) => {
      const n = w.toks.length;
      const row0 = (r * t + 1) * L;
      const path = m.decoder.decode(logits.subarray(row0, row0 + n * L), n, w.breaks);
      const docText = docs[w.doc]!;
      for (const g of groupTags(m.decoder.tags, path)) {
        const start = w.offset + w.toks[g.from]!.start;
        const end = w.offset + w.toks[g.to - 1]!.end;
        let sc = 0;
        for (let k = g.from; k < g.to; k++) sc += softmaxAt(logits, row0 + k * L, L, path[k]!);
        const score = Math.min(1, Math.max(0, sc / (g.to - g.from)));
        out[w.doc]!.push({ type: g.type, text: docText.slice(start, end), start, end, score, source: 'model' });
      }
    });
  }
  for (const ents of out) ents.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** Windows of a text: sentence-aware, at most maxTokens tokens each, covering every token. */
function windowsOf(m: Loaded, text: string, doc: number, words?: readonly Token[]): Win[] {
  const toks = tokenize(text, m.spec);
  const wins: Win[] = [];
  const docFeatures = m.lexical && words && words.length ? featuresFromTokens(text, words) : null;
  for (const w of windowTokens(text, toks, m.maxTokens)) {
    const offset = toks[w.from]!.start;
    const end = toks[w.to - 1]!.end;
    const wtext = text.slice(offset, end);
    const local = toks.slice(w.from, w.to).map((t) => ({ id: t.id, start: t.start - offset, end: t.end - offset }));
    let types: number[] | null = null;
    if (m.lexical) {
      const f = docFeatures ? docFeatures.subarray(offset, end) : charFeatures(wtext);
      types = local.map((t) => f[t.start] ?? 0);
    }
    wins.push({ doc, offset, toks: local, types, breaks: entityBreaks(wtext, local) });
  }
  return wins;
}

/**
 * Create a tagger backed by a token-classification ONNX model run with transformers.js.
 * The model loads once per process (per model): the promise is cached.
 */
export async function createModelTagger(opts: ModelTaggerOptions = {}): Promise<ModelTagger> {
  const { key, local } = resolveModel(opts.model);
  const dtype = opts.dtype ?? 'q8';
  const cacheKey = `${key}\u0000${dtype}\u0000${opts.intraOpThreads ?? 0}`;
  let p = cache.get(cacheKey);
  if (!p) {
    p = load(key, local, opts.allowRemote ?? false, dtype, opts.intraOpThreads);
    cache.set(cacheKey, p);
    p.catch(() => cache.delete(cacheKey));
  }
  const m = await p;
  const batchSize = opts.batchSize ?? 32;
  const name = opts.model ?? 'zh-news-ner';
  const tagMany: ModelTagger['tagMany'] = async (texts, tokens) => {
    const wins = texts.flatMap((t, i) => windowsOf(m, t, i, tokens?.[i]));
    const perText = (await tagWindows(m, wins, texts, batchSize)).map(trimEdgePunctuation);
    return opts.oneTypePerName === false ? perText : perText.map(oneTypePerName);
  };
  return {
    name,
    maxTokens: m.maxTokens,
    lexical: m.lexical,
    languages: m.languages,
    tagMany,
    async tag(text: string, tokens?: Token[]): Promise<Entity[]> {
      return (await tagMany([text], [tokens]))[0]!;
    },
  };
}
