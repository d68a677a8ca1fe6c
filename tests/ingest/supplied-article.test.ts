import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingest } from '../../src/ingest/index.js';
import { input, SAMPLE } from '../helpers/ingest.js';

// The user's supplied plain-text article (fixtures/articles), with junk tags injected at its end.
const RAW = readFileSync(SAMPLE, 'utf8');
// What a reader calls the body: from the dateline paragraph to the paragraph before the editor line.
const BODY_LINES = RAW.slice(RAW.indexOf('央广网广州10月11日消息'), RAW.indexOf('[编辑'))
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

describe('the supplied article', () => {
  for (const kind of ['text', 'auto'] as const) {
    describe(`as kind '${kind}'`, () => {
      const r = ingest(input(readFileSync(SAMPLE), kind));
      const lines = r.text.split('\n');

      it('reads the metadata from its leading and trailing lines', () => {
        expect(r.encoding).toBe('utf-8');
        expect(r.meta.title).toBe('广深“双城记”:科技创新“乘数效应”正在叠加');
        expect(r.meta.publishedAt).toBe('2021-10-15T15:27:00+08:00');
        expect(r.meta.publisher).toBe('央广网');
        expect(r.meta.authors).toEqual(['夏燕']);
        expect(r.meta.editors).toEqual(['马静欣']);
        expect(r.meta.dateline).toEqual({ place: '广州', date: '2021-10-11' });
        expect(r.meta.language).toBe('zh');
      });

      it('starts at the dateline and ends at the last body paragraph', () => {
        expect(lines[0]?.startsWith('央广网广州10月11日消息(记者 夏燕)一个是科教重地')).toBe(true);
        expect(lines[lines.length - 1]).toBe('大湾区、大未来,广深“双城联动”还将碰撞出更多精彩。');
      });

      it('has no junk tags, repeated title, read-aloud label or editor line', () => {
        expect(r.text).not.toMatch(/[<>]/);
        expect(r.text).not.toContain('广深“双城记”:科技创新“乘数效应”正在叠加');
        expect(r.text).not.toContain('人工智能朗读');
        expect(r.text).not.toContain('编辑');
        expect(r.text).not.toContain('来源');
        expect(r.text).not.toContain('2021-10-15 15:27');
      });

      it('keeps sub-headings and photo captions as body lines, one paragraph per line', () => {
        expect(lines).toContain('城中城');
        expect(lines).toContain('共建综合性国家科学中心');
        expect(lines).toContain('琶洲人工智能与数字经济试验区高楼耸立。(央广网记者 官文清 摄)');
        expect(lines).toEqual(BODY_LINES);
        expect(r.text).not.toMatch(/\n\n|^\s|\s$/);
      });
    });
  }
});
