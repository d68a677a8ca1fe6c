/**
 * Figures and dates: the share of the gold expressions with every field right (the strictest
 * of the README's three rows). The gold ships in the repository, so this gate needs no data folder.
 */
import { fileURLToPath } from 'node:url';
import { dirname, basename } from 'node:path';
import { digestFiles } from './digest.js';
import type { Gate } from './gate.js';

const GOLD = fileURLToPath(new URL('../../tests/gold/figures-dates.jsonl', import.meta.url));

export function figuresGate(name: string, gold = GOLD): Gate {
  return {
    name,
    needs: [],
    async run() {
      const { loadGold, scoreOurs } = await import('../eval/figures/gold.js');
      const items = loadGold(gold);
      const right = items.map(scoreOurs).filter((o) => o.all).length;
      return { figure: items.length ? right / items.length : 0, digest: digestFiles(dirname(gold), [basename(gold)]) };
    },
  };
}
