import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TokenizerSpec } from './tokenize.js';
import { LEXICAL_FEATURES } from './lexical.js';

/** The models shipped with the package (quantized ONNX), resolved from the package root. */
const SHIPPED_MODELS_DIR: string = fileURLToPath(new URL('../../../models', import.meta.url));
export const DEFAULT_MODEL_PATH: string = join(SHIPPED_MODELS_DIR, 'zh-news-ner');

export interface ModelLoadOptions {
  /** A model folder, a shipped model's name, or a Hub id (needs allowRemote). Default: the shipped model. */
  model?: string;
  /** Let transformers.js download a Hub model (off by default). */
  allowRemote?: boolean;
  /** Which ONNX file: 'q8' loads onnx/model_quantized.onnx (default), 'fp32' onnx/model.onnx. */
  dtype?: 'q8' | 'fp32' | 'int8' | 'uint8' | 'fp16' | 'q4';
  /** onnxruntime intra-op threads (default: its own, all cores). */
  intraOpThreads?: number;
}

/** One ONNX run over a batch of b rows of t tokens: the logits, b × t × numLabels. */
export type RunModel = (ids: BigInt64Array, mask: BigInt64Array, types: BigInt64Array, b: number, t: number) => Promise<Float32Array>;

/** A token-classification model, ready to run, with what its folder says about it. */
export interface LoadedModel {
  run: RunModel;
  spec: TokenizerSpec;
  clsId: number;
  sepId: number;
  padId: number;
  /** The model's label names by output index (config.json's id2label; 'O' where missing). */
  labels: readonly string[];
  /** Label-transition scores for decoding (`zhnews.transitions`), when the model has them. */
  transitions: number[][] | undefined;
  /** Window budget in tokens (without [CLS]/[SEP]). */
  maxTokens: number;
  /** Whether the model takes the jieba lexical features through token_type_ids. */
  lexical: boolean;
  /** Languages it knows, or undefined for any. */
  languages: readonly string[] | undefined;
}

/** The project's block in a model's config.json (written by training/export.py). */
type ZhnewsBlock = {
  lexical_features?: { kind?: string; version?: number };
  max_tokens?: number;
  transitions?: { scores?: number[][] };
};

/**
 * Where a model comes from: a folder (a path, or a file: URL), a model shipped in the package's
 * models/ folder by its bare name (zh-news-ner-large), or else a Hub id.
 */
export function resolveModel(model: string | undefined): { key: string; local: boolean } {
  if (!model) return { key: DEFAULT_MODEL_PATH, local: true };
  if (model.startsWith('file:')) return { key: fileURLToPath(model), local: true };
  const abs = isAbsolute(model) ? model : resolve(model);
  if (isAbsolute(model) || model.startsWith('.') || existsSync(abs)) return { key: abs, local: true };
  const shipped = join(SHIPPED_MODELS_DIR, model);
  if (/^[\w.-]+$/.test(model) && existsSync(join(shipped, 'config.json'))) return { key: shipped, local: true };
  return { key: model, local: false };
}

/**
 * Whether the tokenizer lowercases (and, as BERT's does, strips accents) before the vocabulary
 * lookup. Read from what it does to "A", through its public tokenize(): the flag itself sits in
 * the tokenizer.json normalizer, which transformers.js (checked against 4.3.2) keeps only in the
 * private _tokenizerJSON field, and which a Sequence or Lowercase normalizer states differently.
 * A vocabulary with neither "A" nor "a" gives [UNK] both ways: read as lowercasing, BERT's default.
 */
function lowercases(tokenizer: { tokenize(text: string): string[] }): boolean {
  return tokenizer.tokenize('A').join(' ') === tokenizer.tokenize('a').join(' ');
}

async function load(key: string, local: boolean, allowRemote: boolean, dtype: string, intraOpThreads?: number): Promise<LoadedModel> {
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
  const tokenizer = await AutoTokenizer.from_pretrained(key, opts);
  const loadOnnx = (d: string) =>
    AutoModelForTokenClassification.from_pretrained(key, {
      ...opts,
      dtype: d as 'q8',
      device: 'cpu',
      ...(intraOpThreads ? { session_options: { intraOpNumThreads: intraOpThreads } } : {}),
    });
  let model: Awaited<ReturnType<typeof loadOnnx>>;
  try {
    model = await loadOnnx(dtype);
  } catch (e) {
    // A folder or Hub model without a quantized file: fall back to the fp32 one.
    if (dtype !== 'q8') throw e;
    model = await loadOnnx('fp32');
  }

  const vocab = tokenizer.get_vocab();
  const unkId = vocab.get('[UNK]') ?? 100;
  const spec: TokenizerSpec = { vocab, unkId, lowercase: lowercases(tokenizer), continuingPrefix: '##', maxInputCharsPerWord: 100 };

  const id2label = (config.id2label ?? {}) as Record<string, string>;
  const numLabels = Object.keys(id2label).length;
  const labels = Array.from({ length: numLabels }, (_, i) => id2label[String(i)] ?? 'O');
  const zh = config.zhnews as ZhnewsBlock | undefined;
  const lf = zh?.lexical_features;
  const lexical = !!lf && lf.kind === LEXICAL_FEATURES.kind && lf.version === LEXICAL_FEATURES.version;
  if (lf && !lexical) throw new Error(`NER model ${key} wants lexical features ${lf.kind} v${lf.version}, not supported`);
  // This project's models (a `zhnews` block) are trained on Chinese news alone; others may know any language.
  const languages = zh ? ['zh'] : undefined;
  const maxPos = Number(config.max_position_embeddings ?? 512);
  const maxTokens = Math.max(8, Math.min(510, zh?.max_tokens ?? 510, maxPos - 2));

  const forward = model as unknown as (x: Record<string, unknown>) => Promise<{ logits: { data: Float32Array } }>;
  const run: RunModel = async (ids, mask, types, b, t) => {
    const out = await forward({
      input_ids: new Tensor('int64', ids, [b, t]),
      attention_mask: new Tensor('int64', mask, [b, t]),
      token_type_ids: new Tensor('int64', types, [b, t]),
    });
    return out.logits.data;
  };
  return {
    run,
    spec,
    labels,
    lexical,
    maxTokens,
    languages,
    transitions: zh?.transitions?.scores,
    clsId: vocab.get('[CLS]') ?? 101,
    sepId: vocab.get('[SEP]') ?? 102,
    padId: vocab.get('[PAD]') ?? 0,
  };
}

const cache = new Map<string, Promise<LoadedModel>>();

/**
 * Resolve a model, load its tokenizer and ONNX session with transformers.js and read its
 * config.json. Once per process per model, dtype and thread count: the promise is cached (and
 * forgotten if it fails, so a later call can try again).
 */
export function loadModel(opts: ModelLoadOptions = {}): Promise<LoadedModel> {
  const { key, local } = resolveModel(opts.model);
  const dtype = opts.dtype ?? 'q8';
  const cacheKey = `${key}\u0000${dtype}\u0000${opts.intraOpThreads ?? 0}`;
  let p = cache.get(cacheKey);
  if (!p) {
    p = load(key, local, opts.allowRemote ?? false, dtype, opts.intraOpThreads);
    cache.set(cacheKey, p);
    p.catch(() => cache.delete(cacheKey));
  }
  return p;
}
