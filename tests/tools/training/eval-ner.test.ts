import { describe, expect, it } from 'vitest';
import { bySeen, joinDocuments } from '../../../tools/training/eval-ner.js';

describe('joinDocuments', () => {
  it('joins consecutive sentences of one article by newlines and moves their spans along', () => {
    const recs = [
      {
        text: '王明到杭州。',
        ents: [
          [0, 2, 'PERSON'],
          [3, 5, 'LOC'],
        ] as [number, number, string][],
        ann: ['PERSON', 'LOC'],
        doc: 'a',
      },
      { text: '他见了李华。', ents: [[3, 5, 'PERSON']] as [number, number, string][], ann: ['PERSON', 'LOC'], doc: 'a' },
      { text: '北京下雪。', ents: [[0, 2, 'LOC']] as [number, number, string][], ann: ['PERSON', 'LOC'], doc: 'b' },
      { text: '没有文章号。', ents: [] as [number, number, string][], ann: ['PERSON', 'LOC'] },
      { text: '也没有。', ents: [] as [number, number, string][], ann: ['PERSON', 'LOC'] },
    ];
    const docs = joinDocuments(recs);
    expect(docs.map((d) => d.text)).toEqual(['王明到杭州。\n他见了李华。', '北京下雪。', '没有文章号。', '也没有。']);
    expect(docs[0]!.ents.map(([s, e, t]) => `${t}:${docs[0]!.text.slice(s, e)}`)).toEqual(['PERSON:王明', 'LOC:杭州', 'PERSON:李华']);
    expect(recs[0]!.ents).toHaveLength(2); // the input is not changed
  });
});

describe('bySeen', () => {
  it('splits persons, places and organisations by whether training had that text as that type', () => {
    const text = '王明到杭州见李华，2024年。';
    const spans = [
      { start: 0, end: 2, type: 'PERSON' },
      { start: 3, end: 5, type: 'LOC' },
      { start: 6, end: 8, type: 'PERSON' },
      { start: 9, end: 14, type: 'DATE' },
    ];
    const mentions = new Set(['PERSON:王明', 'ORG:杭州']);
    expect(bySeen(text, spans, mentions).map((x) => x.type)).toEqual(['PERSON seen', 'LOC novel', 'PERSON novel']);
  });
});
