import { describe, expect, it } from 'vitest';
import { squash } from '../../src/ingest/text-key.js';

describe('squash', () => {
  it('drops ASCII, no-break and ideographic spaces and lower-cases, so a spaced-out or capitalised heading matches its title', () => {
    expect(squash(' 国务院\u3000常务 会议\u00a0召开\n')).toBe('国务院常务会议召开');
    expect(squash('APPLE Unveils New iPhone')).toBe(squash('Apple unveils new iPhone'));
    expect(squash('Ｆｕｌｌ')).toBe('ｆｕｌｌ');
  });
});
