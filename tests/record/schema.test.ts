import { describe, expect, it } from 'vitest';
import { RecordSchema, recordJsonSchema, type NewsRecord } from '../../src/record/schema.js';

function record(overrides: Partial<NewsRecord> = {}): NewsRecord {
  const text = '央广网广州10月11日消息，成交额137.51亿元。';
  return {
    schemaVersion: 1,
    id: '0123456789abcdef0123456789abcdef',
    source: { uri: 'a.txt', url: null, sha256: 'a'.repeat(64), encoding: 'utf-8', bytes: 10 },
    title: null,
    publishedAt: '2021-10-15T15:27:00+08:00',
    publisher: null,
    authors: [],
    editors: [],
    dateline: { place: '广州', date: '2021-10-11' },
    language: 'zh',
    text,
    entities: [{ type: 'LOC', text: '广州', start: 3, end: 5, score: 0.9, source: 'model' }],
    organizations: [],
    figures: [
      {
        kind: 'MONEY',
        text: '137.51亿元',
        start: text.indexOf('137.51'),
        end: text.indexOf('137.51') + 8,
        value: 13751000000,
        valueMax: null,
        unit: null,
        currency: 'CNY',
        approximate: false,
        bound: null,
      },
    ],
    dates: [],
    pipeline: { version: '0.1.0', model: 'rules', timingsMs: { ingest: 1, segment: 1, ner: 1, normalize: 1, total: 4 } },
    ...overrides,
  };
}

describe('record schema', () => {
  it('accepts a well-formed record', () => {
    expect(RecordSchema.safeParse(record()).success).toBe(true);
  });

  it('rejects an entity whose offsets do not slice its text', () => {
    const bad = record({ entities: [{ type: 'LOC', text: '广州', start: 2, end: 4, score: 0.9, source: 'model' }] });
    expect(RecordSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects Infinity and NaN figure values', () => {
    const base = record().figures[0]!;
    expect(RecordSchema.safeParse(record({ figures: [{ ...base, value: Infinity }] })).success).toBe(false);
    expect(RecordSchema.safeParse(record({ figures: [{ ...base, value: Number.NaN }] })).success).toBe(false);
  });

  it('rejects a publishedAt without an offset', () => {
    expect(RecordSchema.safeParse(record({ publishedAt: '2021-10-15T15:27:00' })).success).toBe(false);
  });

  it('exports a JSON Schema listing every contract field', () => {
    const schema = recordJsonSchema() as { required: string[] };
    for (const key of [
      'schemaVersion',
      'id',
      'source',
      'title',
      'publishedAt',
      'publisher',
      'authors',
      'editors',
      'dateline',
      'language',
      'text',
      'entities',
      'organizations',
      'figures',
      'dates',
      'pipeline',
    ]) {
      expect(schema.required).toContain(key);
    }
  });
});
