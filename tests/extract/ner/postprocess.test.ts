import { describe, expect, it } from 'vitest';
import { createRuleTagger } from '../../../src/extract/ner/rule-tagger.js';
import { createModelTagger } from '../../../src/extract/ner/model-tagger.js';
import { POSTPROCESS_STEPS, postprocessEntities } from '../../../src/extract/ner/postprocess.js';
import { ingestStage, nerStage, segmentStage } from '../../../src/pipeline/stages.js';
import { createJiebaSegmenter } from '../../../src/extract/segment/jieba.js';
import type { Doc } from '../../../src/doc.js';
import type { Entity, EntityType, Token } from '../../../src/record/schema.js';
import { input } from '../../helpers/ingest.js';

// Sentences written for the tests.
const PARTS = ['“鹏城实验室', '”与广汽合作。', '广汽', '在广州。', '广汽', '和', '广汽', '签约，', '广汽', '说。'];
const TEXT = PARTS.join('');

/**
 * Tokens as a segmenter that tags by context might give them: "广汽" an organisation four times
 * and a place once, and a name that kept the quote before it. The rule tagger reads whatever
 * POS tags the segment stage gives.
 */
function taggedTokens(): Token[] {
  const tags: Record<string, string> = { '“鹏城实验室': 'nt', 广汽: 'nt', 广州: 'ns' };
  const tokens: Token[] = [];
  let at = 0;
  for (const w of [
    '“鹏城实验室',
    '”',
    '与',
    '广汽',
    '合作',
    '。',
    '广汽',
    '在',
    '广州',
    '。',
    '广汽',
    '和',
    '广汽',
    '签约',
    '，',
    '广汽',
    '说',
    '。',
  ]) {
    const start = TEXT.indexOf(w, at);
    at = start + w.length;
    tokens.push({ text: w, start, end: at, pos: tags[w] ?? 'v' });
  }
  tokens[6] = { ...tokens[6]!, pos: 'ns' }; // the second 广汽, read as a place
  return tokens;
}

function docOf(text: string, tokens: Token[], language = 'zh'): Doc {
  const doc = ingestStage(input(text, 'body'), 100_000);
  return { ...doc, text, tokens, meta: { ...doc.meta, language } };
}

const spans = (es: readonly Entity[]) => es.map((e) => `${e.type}:${e.text}@${e.start}`);

describe('the NER stage post-processes every tagger', () => {
  it('trims edges and gives a name one type for the rule tagger (--model rules)', async () => {
    const tokens = taggedTokens();
    const raw = await createRuleTagger().tag(TEXT, tokens);
    expect(raw.filter((e) => e.text === '广汽').map((e) => e.type)).toEqual(['ORG', 'LOC', 'ORG', 'ORG', 'ORG']);
    expect(raw[0]!.text).toBe('“鹏城实验室');

    const doc = await nerStage(docOf(TEXT, tokens), createRuleTagger());
    for (const e of doc.entities) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
    expect(doc.entities[0]).toMatchObject({ type: 'ORG', text: '鹏城实验室', start: 1, end: 6, source: 'rule' });
    expect(doc.entities.filter((e) => e.text === '广汽').map((e) => e.type)).toEqual(['ORG', 'ORG', 'ORG', 'ORG', 'ORG']);
    expect(doc.entities.find((e) => e.text === '广州')?.type).toBe('LOC');
  });

  it('leaves the split types alone when one type per name is turned off, but still trims edges', async () => {
    const doc = await nerStage(docOf(TEXT, taggedTokens()), createRuleTagger(), { oneTypePerName: false });
    expect(doc.entities.filter((e) => e.text === '广汽').map((e) => e.type)).toEqual(['ORG', 'LOC', 'ORG', 'ORG', 'ORG']);
    expect(doc.entities[0]!.text).toBe('鹏城实验室');
  });

  it('records from the shipped model are its raw entities after the same steps', async () => {
    const text = '新华社北京３月８日电 国务院总理李强今天在北京人民大会堂会见了法国总统马克龙。';
    const doc = segmentStage(ingestStage(input(text, 'body'), 100_000), createJiebaSegmenter());
    const tagger = await createModelTagger();
    const staged = await nerStage(doc, tagger);
    expect(staged.entities.length).toBeGreaterThan(0);
    expect(spans(staged.entities)).toEqual(spans(postprocessEntities(await tagger.tag(doc.text, doc.tokens))));
  }, 60_000);

  it('gives an article in a language the tagger does not know no entities at all', async () => {
    const doc = await nerStage(docOf(TEXT, taggedTokens(), 'en'), createRuleTagger());
    expect(doc.entities).toEqual([]);
  });
});

describe('postprocessEntities', () => {
  let at = 0;
  const ent = (text: string, type: EntityType, score: number): Entity => {
    const start = at;
    at += text.length + 1;
    return { type, text, start, end: start + text.length, score, source: 'model' };
  };

  it('trims edges before names vote on their type', () => {
    expect(POSTPROCESS_STEPS.map((s) => s.name)).toEqual(['edges', 'one-type-per-name']);
    // Only once "鹏城实验室“" is "鹏城实验室" is there evidence enough (3.2) to retype the place.
    const ents = [
      ent('鹏城实验室', 'ORG', 0.8),
      ent('鹏城实验室“', 'ORG', 0.8),
      ent('鹏城实验室', 'LOC', 0.8),
      ent('鹏城实验室', 'ORG', 0.8),
    ];
    const out = postprocessEntities(ents);
    expect(out.map((e) => `${e.type}:${e.text}`)).toEqual(Array(4).fill('ORG:鹏城实验室'));
    expect(out[1]!.end).toBe(ents[1]!.end - 1);
    expect(postprocessEntities(ents, { oneTypePerName: false }).map((e) => e.type)).toEqual(['ORG', 'ORG', 'LOC', 'ORG']);
  });

  it('leaves its input alone', () => {
    const ents = [ent('“北辰', 'ORG', 0.9)];
    const copy = structuredClone(ents);
    expect(postprocessEntities(ents)[0]!.text).toBe('北辰');
    expect(ents).toEqual(copy);
  });
});
