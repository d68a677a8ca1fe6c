import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadGold, loadSentences, scoreOurs, scorePrecision } from '../../../tools/eval/figures/gold.js';

const GOLD = fileURLToPath(new URL('../../gold/figures-dates.jsonl', import.meta.url));

describe('figures-and-dates gold set', () => {
  const items = loadGold(GOLD);
  const outcomes = items.map(scoreOurs);

  it('has at least 200 expressions in sentence context', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    for (const it of items) expect(it.sentence.includes(it.expr)).toBe(true);
  });

  it('gets all fields right on at least 97 %', () => {
    const wrong = outcomes.filter((o) => !o.all);
    const acc = 1 - wrong.length / outcomes.length;
    if (acc < 0.97) console.log(wrong.map((o) => `${o.item.id} ${o.item.expr}: ${JSON.stringify(o.got)}`).join('\n'));
    expect(acc).toBeGreaterThanOrEqual(0.97);
  });

  it('gets every value right (value accuracy 100 %)', () => {
    const wrong = outcomes.filter((o) => !o.core);
    expect(wrong.map((o) => `${o.item.id} ${o.item.expr}: ${JSON.stringify(o.got)}`)).toEqual([]);
  });

  // issue 23: set phrases, names with numbers, versions, codes and standards are on `not` lists
  it('has at least 60 sentences with a `not` list', () => {
    expect(loadSentences(GOLD).filter((g) => g.not.length > 0).length).toBeGreaterThanOrEqual(60);
  });

  it('precision over every emitted span is at least 0.98', () => {
    const p = scorePrecision(loadSentences(GOLD));
    const wrong = [...p.notHits, ...p.unlisted].map((w) => `${w.text} in ${w.sentence}`);
    expect(p.correct / p.emitted, wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(p.notHits).toEqual([]);
  });
});
