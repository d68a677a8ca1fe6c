/** Hand-given "model" entities and the refiner's organisations, for the organisation tests. */
import { collectOrganizations, refineOrganizations } from '../../src/extract/orgs/index.js';
import { createJiebaSegmenter } from '../../src/extract/segment/jieba.js';
import type { Entity } from '../../src/record/schema.js';

export const seg = createJiebaSegmenter();

/** The entity of `sub`'s first occurrence in `text` at or after `from`. */
export const ent = (text: string, sub: string, type: Entity['type'] = 'ORG', score = 0.9, from = 0): Entity => {
  const start = text.indexOf(sub, from);
  if (start < 0) throw new Error(`${sub} not in text`);
  return { type, text: sub, start, end: start + sub.length, score, source: 'model' };
};

export const orgs = (text: string, model: Entity[]): string[] =>
  refineOrganizations(text, seg.segment(text), model)
    .filter((e) => e.type === 'ORG')
    .map((e) => e.text);

/** The article's organisation entries (name, aliases, mentions) after the refiner, as a record has them. */
export const entries = (text: string, model: Entity[]): [string, string[], number][] => {
  const tokens = seg.segment(text);
  return collectOrganizations(refineOrganizations(text, tokens, model), tokens, text).map((o) => [o.name, o.aliases, o.mentions]);
};
