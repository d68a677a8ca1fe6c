import { readFileSync } from 'node:fs';
import { specFromVocabList, tokenize, type TokenizerSpec, type TokenSpan } from '../../dist/extract/ner/tokenize.js';
import { tokenTypeIds } from '../../dist/extract/ner/lexical.js';
import { windowTokens } from '../../dist/extract/ner/windowing.js';
import { LABEL_INDEX } from '../../dist/extract/ner/labels.js';
import { charBio, type Example, type Span } from './spans.js';

/** One model input as written to the JSONL files (ids include [CLS]/[SEP]; label -1 = ignored). */
export type EncodedExample = {
  src: string;
  text: string;
  ids: number[];
  types: number[];
  labels: number[];
  ann: string[];
  ents: [number, number, string][];
  doc?: string;
};

export type EncodeOptions = { spec: TokenizerSpec; clsId: number; sepId: number; maxTokens: number; lexical: boolean };

/** Encoding options from a BERT vocab.txt (one token a line), with the jieba lexical features on. */
export function encodeOptionsFromVocab(vocabPath: string, maxTokens: number): EncodeOptions {
  const vocab = readFileSync(vocabPath, 'utf8').split(/\r?\n/);
  while (vocab.length && vocab[vocab.length - 1] === '') vocab.pop();
  const spec = specFromVocabList(vocab, true);
  return { spec, clsId: spec.vocab.get('[CLS]')!, sepId: spec.vocab.get('[SEP]')!, maxTokens, lexical: true };
}

/** Token labels: the BIO label of the token's first character, or a B- found inside it. */
export function tokenLabels(text: string, tokens: readonly TokenSpan[], spans: readonly Span[]): number[] {
  const bio = charBio(text.length, spans);
  return tokens.map((t) => {
    let l = bio[t.start] ?? 'O';
    if (l === 'O') {
      for (let i = t.start + 1; i < t.end; i++)
        if (bio[i]!.startsWith('B-')) {
          l = bio[i]!;
          break;
        }
    }
    return LABEL_INDEX.get(l) ?? 0;
  });
}

/** Encode one example, cut into sentence windows of at most maxTokens; spans crossing a cut are dropped. */
export function encodeExample(ex: Example, o: EncodeOptions): { out: EncodedExample[]; dropped: number } {
  const all = tokenize(ex.text, o.spec);
  const out: EncodedExample[] = [];
  let kept = 0;
  for (const w of windowTokens(ex.text, all, o.maxTokens)) {
    const from = all[w.from]!.start;
    const to = all[w.to - 1]!.end;
    const text = ex.text.slice(from, to);
    const spans = ex.spans.filter((s) => s.start >= from && s.end <= to).map((s) => ({ ...s, start: s.start - from, end: s.end - from }));
    kept += spans.length;
    const toks = tokenize(text, o.spec);
    const types = o.lexical ? tokenTypeIds(text, toks) : toks.map(() => 0);
    out.push({
      src: ex.src,
      text,
      ids: [o.clsId, ...toks.map((t) => t.id), o.sepId],
      types: [0, ...types, 0],
      labels: [-1, ...tokenLabels(text, toks, spans), -1],
      ann: [...ex.annotated],
      ents: spans.map((s) => [s.start, s.end, s.type]),
      ...(ex.doc ? { doc: ex.doc } : {}),
    });
  }
  return { out, dropped: ex.spans.length - kept };
}
