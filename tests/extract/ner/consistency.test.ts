import { describe, expect, it } from 'vitest';
import { oneTypePerName } from '../../../src/extract/ner/consistency.js';
import type { Entity, EntityType } from '../../../src/record/schema.js';

// Entities written for the tests, as the model might give them over one article.
let at = 0;
function ent(text: string, type: EntityType, score = 0.9): Entity {
  const start = at;
  at += text.length + 1;
  return { type, text, start, end: start + text.length, score, source: 'model' };
}

describe('oneTypePerName', () => {
  it('gives a name the type that holds most of its confidence through the article', () => {
    const ents = [ent('广汽', 'ORG'), ent('广汽', 'ORG'), ent('广汽', 'LOC'), ent('广汽', 'ORG'), ent('广州', 'LOC')];
    const out = oneTypePerName(ents);
    expect(out.map((e) => e.type)).toEqual(['ORG', 'ORG', 'ORG', 'ORG', 'LOC']);
    // offsets, text and score are kept; only the type changes
    expect(out[2]).toEqual({ ...ents[2], type: 'ORG' });
  });

  it('leaves a name alone when no type holds two thirds, or there is too little evidence', () => {
    const split = [ent('华夏', 'ORG'), ent('华夏', 'LOC'), ent('华夏', 'ORG', 0.6), ent('华夏', 'LOC', 0.6)];
    expect(oneTypePerName(split).map((e) => e.type)).toEqual(['ORG', 'LOC', 'ORG', 'LOC']);
    const two = [ent('长城', 'ORG'), ent('长城', 'LOC')];
    expect(oneTypePerName(two).map((e) => e.type)).toEqual(['ORG', 'LOC']);
  });

  it('weighs mentions by their scores', () => {
    const ents = [
      ent('金山', 'PERSON', 0.3),
      ent('金山', 'PERSON', 0.3),
      ent('金山', 'LOC', 0.95),
      ent('金山', 'LOC', 0.95),
      ent('金山', 'LOC', 0.95),
    ];
    expect(oneTypePerName(ents).map((e) => e.type)).toEqual(['LOC', 'LOC', 'LOC', 'LOC', 'LOC']);
  });

  it('never touches one-character names, dates or figures', () => {
    const ents = [
      ent('金', 'PERSON'),
      ent('金', 'ORG'),
      ent('金', 'ORG'),
      ent('金', 'ORG'),
      ent('三月', 'DATE'),
      ent('三月', 'PERSON'),
      ent('三月', 'PERSON'),
      ent('三月', 'PERSON'),
    ];
    expect(oneTypePerName(ents).map((e) => e.type)).toEqual(['PERSON', 'ORG', 'ORG', 'ORG', 'DATE', 'PERSON', 'PERSON', 'PERSON']);
  });
});
