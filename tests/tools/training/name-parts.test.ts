import { describe, expect, it } from 'vitest';
import {
  collectNameParts,
  collectOrgParts,
  collectPlaceParts,
  splitOrgPlace,
  splitPersonName,
  splitPlaceName,
} from '../../../tools/training/name-parts.js';

// Names written for the tests.
describe('splitPersonName', () => {
  it('splits a listed surname from a one- or two-character given name, compound surnames first', () => {
    expect(splitPersonName('王小明')).toEqual(['王', '小明']);
    expect(splitPersonName('李华')).toEqual(['李', '华']);
    expect(splitPersonName('欧阳娜娜')).toEqual(['欧阳', '娜娜']);
  });

  it('leaves transliterations, bare surnames and long names alone', () => {
    expect(splitPersonName('克林顿')).toBeNull();
    expect(splitPersonName('王')).toBeNull();
    expect(splitPersonName('王小明明')).toBeNull();
    expect(splitPersonName('李·华')).toBeNull();
  });

  it('collects surnames with their repeats and distinct given names', () => {
    expect(collectNameParts(['王小明', '王华', '李华', '克林顿'])).toEqual({ surnames: ['王', '王', '李'], given: ['小明', '华'] });
  });
});

describe('splitPlaceName', () => {
  it('splits a generic ending from a name of two to four Han characters', () => {
    expect(splitPlaceName('临汾县')).toEqual(['临汾', '县']);
    expect(splitPlaceName('江苏省')).toEqual(['江苏', '省']);
    expect(splitPlaceName('洞庭湖')).toEqual(['洞庭', '湖']);
    expect(splitPlaceName('乌鲁木齐市')).toEqual(['乌鲁木齐', '市']);
  });

  it('leaves names without a listed ending, one-character names and non-Han names alone', () => {
    expect(splitPlaceName('杭州')).toBeNull();
    expect(splitPlaceName('美国')).toBeNull();
    expect(splitPlaceName('京市')).toBeNull();
    expect(splitPlaceName('A区')).toBeNull();
    expect(splitPlaceName('巴布亚新几内亚岛')).toBeNull();
  });

  it('collects distinct names and endings with their repeats', () => {
    expect(collectPlaceParts(['临汾县', '临汾市', '洞庭湖', '杭州'])).toEqual({ stems: ['临汾', '洞庭'], suffixes: ['县', '市', '湖'] });
  });
});

describe('splitOrgPlace', () => {
  const places = new Set(['河北', '杭州', '临汾', '中国']);

  it('splits the longest known leading place from a remainder of two or more characters', () => {
    expect(splitOrgPlace('河北农业大学', places)).toEqual(['河北', '农业大学']);
    expect(splitOrgPlace('杭州电子科技大学', new Set([...places, '杭州电子']))).toEqual(['杭州电子', '科技大学']);
  });

  it('leaves organisations without a leading place, with a one-character remainder, or whose place was cut short', () => {
    expect(splitOrgPlace('北辰集团', places)).toBeNull();
    expect(splitOrgPlace('中国队', places)).toBeNull();
    expect(splitOrgPlace('临汾市人民医院', places)).toBeNull();
  });

  it('collects leading places with their repeats and distinct remainders', () => {
    expect(collectOrgParts(['河北农业大学', '河北日报社', '杭州日报社', '北辰集团'], [...places])).toEqual({
      places: ['河北', '河北', '杭州'],
      rests: ['农业大学', '日报社'],
    });
  });
});
