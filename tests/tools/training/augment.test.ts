import { describe, expect, it } from 'vitest';
import {
  buildMentionPool,
  parseAugmentArgs,
  replaceMentions,
  seededRandom,
  type MentionPool,
  type ReplaceOptions,
} from '../../../tools/training/augment.js';
import {
  collectNameParts,
  collectOrgParts,
  collectPlaceParts,
  splitPersonName,
  splitPlaceName,
} from '../../../tools/training/name-parts.js';
import type { EntityType } from '../../../src/record/schema.js';
import type { Example } from '../../../tools/training/spans.js';

// Sentences written for the tests.
const records = [
  {
    text: '王小明在杭州见到了李华。',
    ents: [
      [0, 3, 'PERSON'],
      [4, 6, 'LOC'],
      [9, 11, 'PERSON'],
    ] as [number, number, string][],
  },
  {
    text: '北辰集团在成都开会，2024年。',
    ents: [
      [0, 4, 'ORG'],
      [5, 7, 'LOC'],
      [10, 15, 'DATE'],
    ] as [number, number, string][],
  },
  { text: '杭州的天气很好。', ents: [[0, 2, 'LOC']] as [number, number, string][] },
];

const example: Example = {
  src: 'msra',
  text: '王小明在杭州代表北辰集团致辞。',
  annotated: ['PERSON', 'LOC', 'ORG'],
  spans: [
    { start: 0, end: 3, type: 'PERSON' },
    { start: 4, end: 6, type: 'LOC' },
    { start: 8, end: 12, type: 'ORG' },
  ],
};

describe('buildMentionPool', () => {
  it('keeps distinct person, place and organisation mentions in first-seen order, and no dates', () => {
    const pool = buildMentionPool(records);
    expect(pool.get('PERSON')).toEqual(['王小明', '李华']);
    expect(pool.get('LOC')).toEqual(['杭州', '成都']);
    expect(pool.get('ORG')).toEqual(['北辰集团']);
    expect(pool.has('DATE')).toBe(false);
  });
});

describe('replaceMentions', () => {
  const pool: MentionPool = new Map<EntityType, string[]>([
    ['PERSON', ['王小明', '欧阳娜娜', '李华']],
    ['LOC', ['杭州', '乌鲁木齐']],
    ['ORG', ['北辰集团', '国家统计局']],
  ]);

  it('moves every span to its new offsets, so that text.slice gives the new mention', () => {
    const random = seededRandom(1);
    for (let k = 0; k < 50; k++) {
      const out = replaceMentions(example, pool, 1, random);
      if (!out) continue;
      expect(out.spans.map((s) => s.type)).toEqual(['PERSON', 'LOC', 'ORG']);
      for (const s of out.spans) expect(pool.get(s.type)).toContain(out.text.slice(s.start, s.end));
      // the text between the mentions is untouched
      const between = out.spans.slice(1).map((s, i) => out.text.slice(out.spans[i]!.end, s.start));
      expect(between).toEqual(['在', '代表']);
      expect(out.text.endsWith('致辞。')).toBe(true);
    }
  });

  it('returns null when nothing changed, and changes something at p = 1 once the draws differ', () => {
    expect(replaceMentions(example, pool, 1e-9, seededRandom(3))).toBeNull();
    const outs = Array.from({ length: 20 }, (_, i) => replaceMentions(example, pool, 1, seededRandom(i)));
    expect(outs.some((o) => o !== null && o.text !== example.text)).toBe(true);
  });

  it('is reproducible from its seed', () => {
    const a = Array.from({ length: 5 }, () => replaceMentions(example, pool, 0.5, seededRandom(42))?.text);
    expect(new Set(a).size).toBe(1);
    const r1 = seededRandom(9),
      r2 = seededRandom(9);
    expect(Array.from({ length: 10 }, r1)).toEqual(Array.from({ length: 10 }, r2));
  });
});

/**
 * Swaps every mention of `example` 40 times and checks the mention at span `index` of each copy;
 * returns how many of those mentions the pool did not have (new names).
 */
function newMentions(pool: MentionPool, opts: ReplaceOptions, seed: number, index: number, check: (m: string) => void): number {
  const random = seededRandom(seed);
  const type = example.spans[index]!.type;
  let made = 0;
  for (let k = 0; k < 40; k++) {
    const out = replaceMentions(example, pool, 1, random, opts);
    if (!out) continue;
    const mention = out.text.slice(out.spans[index]!.start, out.spans[index]!.end);
    check(mention);
    if (!pool.get(type)!.includes(mention)) made++;
  }
  return made;
}

describe('new person names', () => {
  const pool: MentionPool = new Map<EntityType, string[]>([
    ['PERSON', ['王小明', '欧阳娜娜', '李华', '克林顿']],
    ['LOC', ['杭州', '乌鲁木齐']],
    ['ORG', ['北辰集团', '国家统计局']],
  ]);
  const parts = collectNameParts(pool.get('PERSON')!);

  it('at synth = 1 every swapped person is a surname joined to a given name, with its span moved', () => {
    const made = newMentions(pool, { synth: 1, parts }, 5, 0, (person) => {
      const split = splitPersonName(person);
      expect(split).not.toBeNull();
      expect(parts.surnames).toContain(split![0]);
      expect(parts.given).toContain(split![1]);
    });
    expect(made).toBeGreaterThan(0);
    // Organisations still come from the pool.
    expect(newMentions(pool, { synth: 1, parts }, 5, 2, (org) => expect(org).toMatch(/^(北辰集团|国家统计局)$/))).toBe(0);
  });

  it('draws the same sequence as before when synth is 0', () => {
    const a = replaceMentions(example, pool, 0.7, seededRandom(8));
    const b = replaceMentions(example, pool, 0.7, seededRandom(8), { synth: 0, parts });
    expect(b).toEqual(a);
  });
});

describe('new places and organisations', () => {
  const pool: MentionPool = new Map<EntityType, string[]>([
    ['PERSON', ['王小明', '李华']],
    ['LOC', ['杭州', '临汾县', '洞庭湖', '乌鲁木齐市', '美国']],
    ['ORG', ['北辰集团', '杭州电子科技大学', '美国航空航天局', '临汾县人民政府']],
  ]);
  const places = collectPlaceParts(pool.get('LOC')!);
  const orgs = collectOrgParts(pool.get('ORG')!, pool.get('LOC')!);

  it('at synthPlaces = 1 every swapped place is a training name with a training ending', () => {
    const made = newMentions(pool, { synthPlaces: 1, places }, 3, 1, (place) => {
      const split = splitPlaceName(place);
      expect(split).not.toBeNull();
      expect(places.stems).toContain(split![0]);
      expect(places.suffixes).toContain(split![1]);
    });
    expect(made).toBeGreaterThan(0);
    expect(newMentions(pool, { synthPlaces: 1, places }, 3, 0, (person) => expect(person).toMatch(/^(王小明|李华)$/))).toBe(0);
  });

  it('at synthOrgs = 1 every swapped organisation is a leading place joined to another remainder', () => {
    const made = newMentions(pool, { synthOrgs: 1, orgs }, 4, 2, (org) => {
      expect(orgs.places.some((p) => org.startsWith(p) && orgs.rests.includes(org.slice(p.length)))).toBe(true);
    });
    expect(made).toBeGreaterThan(0);
  });

  it('draws the same sequence as without them when their rates are 0', () => {
    const a = replaceMentions(example, pool, 0.7, seededRandom(8));
    const b = replaceMentions(example, pool, 0.7, seededRandom(8), { synthPlaces: 0, places, synthOrgs: 0, orgs });
    expect(b).toEqual(a);
  });
});

describe('parseAugmentArgs', () => {
  it('reads the pool, the rate of new names and the output name', () => {
    expect(parseAugmentArgs(['--pool', 'msra,pfr', '--synth-persons', '0.5', '--out', 'train-aug2.jsonl'])).toMatchObject({
      pool: 'msra,pfr',
      synthPersons: 0.5,
      out: 'train-aug2.jsonl',
    });
    expect(parseAugmentArgs([])).toMatchObject({ synthPersons: 0, out: 'train-aug.jsonl' });
    expect(() => parseAugmentArgs(['--out', '../x.jsonl'])).toThrow();
    expect(() => parseAugmentArgs(['--synth-persons', '2'])).toThrow();
    expect(parseAugmentArgs(['--synth-places', '0.5', '--synth-orgs', '0.25'])).toMatchObject({ synthPlaces: 0.5, synthOrgs: 0.25 });
    expect(parseAugmentArgs([])).toMatchObject({ synthPlaces: 0, synthOrgs: 0 });
    expect(() => parseAugmentArgs(['--synth-orgs', '-1'])).toThrow();
  });

  it('reads the folder and options and rejects bad values', () => {
    expect(parseAugmentArgs(['d', '--copies', '2', '--p', '0.3'])).toMatchObject({ dir: 'd', copies: 2, p: 0.3, src: 'msra' });
    expect(() => parseAugmentArgs(['--p', '0'])).toThrow();
    expect(() => parseAugmentArgs(['--nope'])).toThrow(/unknown option/);
  });
});
