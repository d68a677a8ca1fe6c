import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/extract/normalize/index.js';

const REF = '2021-12-01T10:00:00+08:00';
const dates = (text: string, rocYears = false) =>
  normalize({ text, entities: [], publishedAt: REF, rocYears }).dates.map((d) => [d.text, d.value]);
const figures = (text: string) => normalize({ text, entities: [], publishedAt: REF }).figures.map((f) => [f.text, f.value, f.currency]);

describe('Republic of China years and the currencies of Taiwan, Hong Kong and Macau', () => {
  it('民国 years are read on any page; bare three-digit years only on a Taiwan page', () => {
    expect(dates('民国110年10月15日召开会议')).toEqual([['民国110年10月15日', '2021-10-15']]);
    expect(dates('民国99年')).toEqual([['民国99年', '2010']]);
    expect(dates('预计110年10月15日完工', true)).toEqual([['110年10月15日', '2021-10-15']]);
    expect(dates('预计110年10月15日完工')).not.toContainEqual(['110年10月15日', '2021-10-15']);
    // A count of years is no ROC year: 500年 is past the range, 5年 too short.
    expect(dates('这座庙已有500年历史', true).some(([, v]) => v === '2411')).toBe(false);
  });

  it('新台币, 港币 and 澳门元 before or after the amount', () => {
    expect(figures('投入新台币3.5亿元')).toEqual([['新台币3.5亿元', 350_000_000, 'TWD']]);
    expect(figures('罚款2万港币')).toEqual([['2万港币', 20_000, 'HKD']]);
    expect(figures('澳门元3亿')).toEqual([['澳门元3亿', 300_000_000, 'MOP']]);
  });

  it("a bare 元 is the page's own currency on a Taiwan or Hong Kong page; a named renminbi stays", () => {
    const money = (text: string, localCurrency: string | null) =>
      normalize({ text, entities: [], publishedAt: REF, localCurrency }).figures.map((f) => [f.text, f.currency]);
    expect(money('票价30元', 'TWD')).toEqual([['30元', 'TWD']]);
    expect(money('票价30元', null)).toEqual([['30元', 'CNY']]);
    expect(money('投资5亿元人民币', 'HKD')).toEqual([['5亿元人民币', 'CNY']]);
    expect(money('罚款2万美元', 'HKD')).toEqual([['2万美元', 'USD']]);
  });
});
