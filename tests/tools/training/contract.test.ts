import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import contract from '../../../src/extract/ner/contract.json' with { type: 'json' };
import { BIO_LABELS, NAME_TYPES, NER_TYPES } from '../../../src/extract/ner/labels.js';
import { LEXICAL_FEATURES } from '../../../src/extract/ner/lexical.js';
import { POS_GROUPS } from '../../../src/extract/ner/pos-groups.js';

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

describe('the NER contract (src/extract/ner/contract.json)', () => {
  // The shipped models were trained with these ids: a reordered list would mislabel every entity.
  for (const model of ['models/zh-news-ner', 'models/zh-news-ner-large']) {
    it(`matches ${model}/config.json`, () => {
      const cfg = readJson(`${model}/config.json`) as {
        id2label: Record<string, string>;
        label2id: Record<string, number>;
        type_vocab_size: number;
        zhnews: { lexical_features: Record<string, unknown> };
      };
      expect(Object.keys(cfg.id2label).map((k) => [Number(k), cfg.id2label[k]])).toEqual(contract.labels.map((l, i) => [i, l]));
      expect(cfg.label2id).toEqual(Object.fromEntries(contract.labels.map((l, i) => [l, i])));
      expect(cfg.type_vocab_size).toBe(contract.lexicalFeatures.typeVocabSize);
      expect(cfg.zhnews.lexical_features).toEqual(LEXICAL_FEATURES);
    });
  }

  it('is what labels.ts and lexical.ts export', () => {
    expect(BIO_LABELS).toEqual(contract.labels);
    expect(NER_TYPES).toEqual(contract.types);
    expect(NAME_TYPES).toEqual(contract.nameTypes);
    expect(LEXICAL_FEATURES.posGroups).toEqual(POS_GROUPS.map((g) => g.name));
    expect(LEXICAL_FEATURES.typeVocabSize).toBe(1 + POS_GROUPS.length * 4);
  });

  it('ships in dist/ beside the modules that import it', () => {
    expect(readJson('dist/extract/ner/contract.json')).toEqual(contract);
  });
});

describe('training recipes and their configs', () => {
  const configs = readdirSync('training/configs').filter((f) => f.endsWith('.json'));

  it('name only configs that exist', () => {
    for (const script of ['train.sh', 'train-gpu.sh', 'continue.sh']) {
      const text = readFileSync(`training/${script}`, 'utf8');
      expect(text, script).toMatch(/--config/);
      expect(text, script).not.toMatch(/--budget-min|--lr |--epochs /);
    }
    // The stage names the scripts pass to their stage() helpers.
    const named = [
      ...[1, 2, 3, 4, 5, 6].map((n) => `stage${n}`),
      ...[1, 2, 3, 4, 5].map((n) => `gpu${n}`),
      'continue-teacher',
      'continue-student',
      'continue-teacher-gpu',
      'continue-student-gpu',
    ];
    expect(configs.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(named.sort());
  });

  it('give every stage a step count and no wall-clock budget', () => {
    for (const f of configs) {
      const cfg = readJson(`training/configs/${f}`);
      expect(Number.isInteger(cfg.steps) && (cfg.steps as number) > 0, f).toBe(true);
      expect(
        Object.keys(cfg).filter((k) => /budget|_min$|^(data|out|init|teacher)$/.test(k)),
        f,
      ).toEqual([]);
    }
  });
});
