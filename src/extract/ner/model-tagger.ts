import type { Entity, Token } from '../../record/schema.js';
import type { NerTagger } from './tagger.js';
import { tokenize, type TokenSpan } from './tokenize.js';
import { windowTokens } from './windowing.js';
import { charFeatures, featuresFromTokens } from './lexical.js';
import { createBioDecoder, groupTags, type BioDecoder } from './bio.js';
import { entityBreaks } from './breaks.js';
import { loadModel, type LoadedModel, type ModelLoadOptions } from './model-loader.js';

export { DEFAULT_MODEL_PATH } from './model-loader.js';

export interface ModelTaggerOptions extends ModelLoadOptions {
  /** Windows per ONNX run (default 32). */
  batchSize?: number;
}

/**
 * A NerTagger that can also tag many texts in one batched pass. Its entities are the model's
 * own: edge trimming and one type per name are the NER stage's (./postprocess.ts).
 */
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

/** A loaded model with the decoder for its labels. */
type Tagging = LoadedModel & { decoder: BioDecoder; numLabels: number };

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
async function tagWindows(m: Tagging, wins: Win[], docs: readonly string[], batchSize: number): Promise<Entity[][]> {
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
function windowsOf(m: Tagging, text: string, doc: number, words?: readonly Token[]): Win[] {
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
 * The model loads once per process (per model): see ./model-loader.ts.
 */
export async function createModelTagger(opts: ModelTaggerOptions = {}): Promise<ModelTagger> {
  const loaded = await loadModel(opts);
  const m: Tagging = { ...loaded, numLabels: loaded.labels.length, decoder: createBioDecoder(loaded.labels, loaded.transitions) };
  const batchSize = opts.batchSize ?? 32;
  const name = opts.model ?? 'zh-news-ner';
  const tagMany: ModelTagger['tagMany'] = async (texts, tokens) => {
    const wins = texts.flatMap((t, i) => windowsOf(m, t, i, tokens?.[i]));
    return tagWindows(m, wins, texts, batchSize);
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
