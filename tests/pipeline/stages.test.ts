import { describe, expect, it } from 'vitest';
import { ingestStage, normalizeStage } from '../../src/pipeline/stages.js';
import { sha256Hex } from '../../src/pipeline/hash.js';
import { input } from '../helpers/ingest.js';

const ARTICLE = [
  '城区积水点全部清除',
  '2021-10-15 15:27 来源：江城晚报',
  '本报台州3月2日讯 记者从市城管局获悉，截至当天下午，城区十二处积水点已全部清除，交通恢复正常。',
  '据介绍，此次降雨从1日夜间开始，最大小时雨量达到六十毫米。',
].join('\n');

describe('ingestStage', () => {
  it('gives the dateline the same date as the normalise stage gives the same words under an override', () => {
    const doc = normalizeStage(ingestStage(input(ARTICLE, 'text', { publishedAt: '2022-03-03T00:00:00+08:00' }), 100_000));
    expect(doc.meta.publishedAt).toBe('2022-03-03T00:00:00+08:00');
    const mention = doc.dates.find((d) => d.text === '3月2日');
    expect(mention?.value).toBe('2022-03-02');
    expect(doc.meta.dateline?.date).toBe(mention?.value);
  });

  it('hashes the bytes only when the caller has not', () => {
    expect(ingestStage(input(ARTICLE, 'text'), 100_000).sha256).toBe(sha256Hex(Buffer.from(ARTICLE, 'utf8')));
    const given = 'a'.repeat(64);
    expect(ingestStage(input(ARTICLE, 'text', { sha256: given }), 100_000).sha256).toBe(given);
  });
});
