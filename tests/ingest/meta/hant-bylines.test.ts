import { describe, expect, it } from 'vitest';
import { findAuthors, findPublisher } from '../../../src/ingest/meta/bylines.js';

describe('Hong Kong and Taiwan bylines', () => {
  it('a reporting word after the name is no second name', () => {
    expect(findAuthors(['記者 張家豪 報道'])).toEqual(['張家豪']);
    expect(findAuthors(['記者鄭文彬／臺北報導'])).toEqual(['鄭文彬']);
    expect(findAuthors(['（中央社記者陳小華台北15日電）'])).toEqual(['陳小華']);
  });
  it("a Hong Kong paper's own lead names the publisher", () => {
    expect(findPublisher(['【明報專訊】港府昨日公布新措施'])).toBe('明報');
    expect(findPublisher(['來源：中央社'])).toBe('中央社');
    expect(findPublisher(['【圖】港府昨日公布新措施'])).toBeNull();
  });
});
