import { describe, expect, it } from 'vitest';
import { parseMsraLine } from '../../../tools/training/msra.js';
import { parsePfrLine, pfrSpans, figureFor, pfrExample } from '../../../tools/training/pfr.js';
import { parseCluenerLine } from '../../../tools/training/cluener.js';
import { charBio } from '../../../tools/training/spans.js';

const show = (text: string, spans: { start: number; end: number; type: string }[]) =>
  spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('MSRA lines', () => {
  it('joins words into text and tags nr/ns/nt words', () => {
    const ex = parseMsraLine('王小明/nr 昨天/o 在/o 杭州/ns 参观/o 了/o 星河科技公司/nt 。/o')!;
    expect(ex.text).toBe('王小明昨天在杭州参观了星河科技公司。');
    expect(show(ex.text, ex.spans)).toEqual(['PERSON:王小明', 'LOC:杭州', 'ORG:星河科技公司']);
    expect(ex.annotated).toEqual(['PERSON', 'LOC', 'ORG']);
  });
  it('keeps adjacent tagged words as separate entities and skips blank lines', () => {
    const ex = parseMsraLine('中/ns 美/ns 会谈/o')!;
    expect(show(ex.text, ex.spans)).toEqual(['LOC:中', 'LOC:美']);
    expect(parseMsraLine('   ')).toBeNull();
  });
});

describe('PFR paragraphs', () => {
  const line =
    '19980203-02-003-001/m  [北方/f  钢铁/n  集团/n]nt  总经理/n  赵/nr  大山/nr  说/v  ，/w  ' +
    '２月/t  ３日/t  上午/t  ，/w  公司/n  投资/v  １２．５亿/m  元/q  在/p  [西宁/ns  新区/n]ns  建厂/v  ，/w  ' +
    '利润/n  增长/v  ８％/m  ，/w  占地/v  ３０/m  公顷/q  ，/w  第三/m  季度/n  招聘/v  ２００/m  名/q  工人/n  。/w';
  const p = parsePfrLine(line)!;
  it('reads the id, day and text', () => {
    expect(p.id).toBe('19980203-02-003-001');
    expect(p.day).toBe(3);
    expect(p.text.startsWith('北方钢铁集团总经理赵大山说，')).toBe(true);
  });
  it('names the article a paragraph belongs to', () => {
    expect(pfrExample(p).doc).toBe('19980203-02-003');
  });
  it('derives organisations, persons, places, times and figures', () => {
    expect(show(p.text, pfrSpans(p))).toEqual([
      'ORG:北方钢铁集团',
      'PERSON:赵大山',
      'TIME:２月３日上午',
      'MONEY:１２．５亿元',
      'LOC:西宁新区',
      'PERCENT:８％',
      'QUANTITY:３０公顷',
      'ORDINAL:第三',
      'CARDINAL:２００名',
    ]);
  });
  it('keeps dates without a time of day as DATE', () => {
    const q = parsePfrLine('19980110-01-001-001/m  一九九八年/t  一月/t  十日/t  ，/w  他/r  来/v  了/y  三/m  天/q')!;
    expect(show(q.text, pfrSpans(q))).toEqual(['DATE:一九九八年一月十日', 'DATE:三天']);
  });
  it('classifies numerals with their measure words', () => {
    expect(figureFor('５０', '美元')).toEqual({ type: 'MONEY', withUnit: true });
    expect(figureFor('百分之三十', null)).toEqual({ type: 'PERCENT', withUnit: false });
    expect(figureFor('十分', null)).toBeNull();
    expect(figureFor('一', null)).toBeNull();
    expect(figureFor('两', '个')).toEqual({ type: 'CARDINAL', withUnit: true });
  });
  it('returns null for blank lines', () => {
    expect(parsePfrLine('')).toBeNull();
  });
});

describe('CLUENER lines', () => {
  it('reads inclusive end offsets and maps the kept classes', () => {
    const ex = parseCluenerLine(
      JSON.stringify({
        text: '李雷在蓝海银行上班，住在东城区。',
        label: { name: { 李雷: [[0, 1]] }, company: { 蓝海银行: [[3, 6]] }, address: { 东城区: [[12, 14]] } },
      }),
    )!;
    expect(show(ex.text, ex.spans)).toEqual(['PERSON:李雷', 'ORG:蓝海银行']);
    expect(ex.annotated).toEqual(['PERSON', 'ORG']);
  });
});

describe('charBio', () => {
  it('writes B-/I- labels and ignores overlapping spans', () => {
    const bio = charBio(6, [
      { start: 0, end: 2, type: 'PERSON' },
      { start: 1, end: 3, type: 'LOC' },
      { start: 4, end: 6, type: 'ORG' },
    ]);
    expect(bio).toEqual(['B-PERSON', 'I-PERSON', 'O', 'O', 'B-ORG', 'I-ORG']);
  });
});
