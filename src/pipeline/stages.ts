/**
 * The pipeline's stages, each a function from Doc to Doc. They are small on purpose: the
 * work lives in src/ingest and src/extract; a stage only moves results into the Doc and
 * times itself.
 */
import type { Doc, RawInput } from '../doc.js';
import { ingest } from '../ingest/index.js';
import { InputError } from '../errors/index.js';
import type { NerTagger } from '../extract/ner/tagger.js';
import { postprocessEntities, type PostprocessOptions } from '../extract/ner/postprocess.js';
import { normalize } from '../extract/normalize/index.js';
import { extractKeywords, type IdfTable } from '../extract/keywords/index.js';
import { refineOrganizations } from '../extract/orgs/index.js';
import type { Segmenter } from '../extract/segment/segmenter.js';
import { sha256Hex } from './hash.js';
import { toSimplified } from '../extract/script/convert.js';
import { detectScript } from '../extract/script/detect.js';
import { mapBack } from '../extract/script/map-back.js';
import { regionOf } from '../extract/script/region.js';

function since(t0: number): number {
  return Math.round((performance.now() - t0) * 100) / 100;
}

export function ingestStage(input: RawInput, maxTextChars: number): Doc {
  const t0 = performance.now();
  const { encoding, text, meta } = ingest(input);
  if (text.length > maxTextChars) {
    throw new InputError(`not an article: ${text.length} characters of text, over the limit of ${maxTextChars}`);
  }
  const title = input.title ?? meta.title;
  return {
    input,
    sha256: input.sha256 ?? sha256Hex(input.bytes),
    encoding,
    text,
    script: null,
    region: null,
    meta: { ...meta, title },
    tokens: [],
    entities: [],
    figures: [],
    dates: [],
    keywords: [],
    timings: { ingest: since(t0), segment: 0, ner: 0, normalize: 0 },
  };
}

export function segmentStage(doc: Doc, segmenter: Segmenter): Doc {
  const t0 = performance.now();
  const tokens = segmenter.segment(doc.text);
  return { ...doc, tokens, timings: { ...doc.timings, segment: since(t0) } };
}

/**
 * Articles in a language the tagger does not know get no entities from it; their figures and
 * dates still come from the normalise stage's grammar. Whatever the tagger, its entities then
 * go through the same post-processing (edges, one type per name: src/extract/ner/postprocess.ts).
 */
export async function nerStage(doc: Doc, tagger: NerTagger, post: PostprocessOptions = {}): Promise<Doc> {
  const t0 = performance.now();
  const known = !tagger.languages || tagger.languages.includes(doc.meta.language);
  const entities = known ? postprocessEntities(await tagger.tag(doc.text, doc.tokens), post) : [];
  return { ...doc, entities, timings: { ...doc.timings, ner: since(t0) } };
}

/**
 * Organisations the way a reader finds them (src/extract/orgs): the model's names repaired,
 * completed from the lexicon, the names' own structure and the whole article. Timed with NER.
 */
export function orgStage(doc: Doc): Doc {
  const t0 = performance.now();
  const known = doc.meta.language === 'zh';
  const entities = known ? refineOrganizations(doc.text, doc.tokens, doc.entities) : doc.entities;
  return { ...doc, entities, timings: { ...doc.timings, ner: doc.timings.ner + since(t0) } };
}

export function normalizeStage(doc: Doc): Doc {
  const t0 = performance.now();
  const { entities, figures, dates } = normalize({
    text: doc.text,
    entities: doc.entities,
    publishedAt: doc.meta.publishedAt,
    rocYears: doc.region === 'TW',
    localCurrency: doc.region === 'TW' ? 'TWD' : doc.region === 'HK' ? 'HKD' : null,
  });
  return { ...doc, entities, figures, dates, timings: { ...doc.timings, normalize: since(t0) } };
}

/** Keywords from the tokens; timed with segmentation, whose output they read. */
export function keywordStage(doc: Doc, idf: IdfTable): Doc {
  const t0 = performance.now();
  const keywords = extractKeywords(doc.tokens, idf);
  return { ...doc, keywords, timings: { ...doc.timings, segment: doc.timings.segment + since(t0) } };
}

/**
 * Traditional and mixed texts are analysed in Simplified (the models and word lists learned
 * it) and mapped back to the page's characters: `analyse` runs the other stages on the
 * converted Doc. Script detection is timed with ingest.
 */
export async function scriptStage(doc: Doc, analyse: (d: Doc) => Promise<Doc>, mode: 'convert' | 'as-is' = 'convert'): Promise<Doc> {
  const t0 = performance.now();
  const script = doc.meta.language === 'zh' ? detectScript(doc.text) : null;
  const convert = mode === 'convert' && (script === 'Hant' || script === 'mixed');
  const region = convert ? regionOf(doc.text, doc.input.url ?? doc.meta.canonicalUrl) : null;
  const conv = convert ? toSimplified(doc.text, region!) : null;
  const ms = since(t0);
  const base = { ...doc, script, region, timings: { ...doc.timings, ingest: doc.timings.ingest + ms } };
  if (!conv) return analyse(base);
  const done = await analyse({ ...base, text: conv.text });
  return mapBack(done, doc.text, conv);
}
