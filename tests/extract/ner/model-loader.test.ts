import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PATH, loadModel, resolveModel } from '../../../src/extract/ner/model-loader.js';

const LARGE = join(DEFAULT_MODEL_PATH, '..', 'zh-news-ner-large');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('resolveModel', () => {
  it('finds the shipped models, folders and file: URLs locally, and takes anything else for a Hub id', () => {
    expect(resolveModel(undefined)).toEqual({ key: DEFAULT_MODEL_PATH, local: true });
    expect(resolveModel('zh-news-ner-large')).toEqual({ key: LARGE, local: true });
    expect(resolveModel(pathToFileURL(LARGE).href)).toEqual({ key: LARGE, local: true });
    expect(resolveModel('./no/such/folder')).toEqual({ key: resolve('no/such/folder'), local: true });
    expect(resolveModel('some-org/some-ner-model')).toEqual({ key: 'some-org/some-ner-model', local: false });
  });
});

describe('loadModel', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('reads the shipped model: its labels, zhnews block and lowercasing tokenizer', async () => {
    const cfg = readJson(join(LARGE, 'config.json'));
    const m = await loadModel({ model: 'zh-news-ner-large' });
    expect(m.labels).toEqual(Object.keys(cfg.id2label).map((k) => cfg.id2label[k]));
    expect(m.lexical).toBe(true);
    expect(m.languages).toEqual(['zh']);
    expect(m.transitions).toEqual(cfg.zhnews.transitions.scores);
    expect(m.maxTokens).toBe(Math.min(510, cfg.zhnews.max_tokens ?? 510, cfg.max_position_embeddings - 2));
    expect(m.spec.lowercase).toBe(true);
    expect(m.clsId).toBe(m.spec.vocab.get('[CLS]'));
    expect(await loadModel({ model: LARGE })).toBe(m); // once per process
    const logits = await m.run(
      new BigInt64Array([BigInt(m.clsId), BigInt(m.sepId)]),
      new BigInt64Array([1n, 1n]),
      new BigInt64Array(2),
      1,
      2,
    );
    expect(logits).toHaveLength(2 * m.labels.length);
  }, 60_000);

  it('reads a folder without the zhnews block as a stock model, and sees a tokenizer that keeps case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-loader-'));
    dirs.push(dir);
    cpSync(DEFAULT_MODEL_PATH, dir, { recursive: true });
    const cfg = readJson(join(dir, 'config.json'));
    delete cfg.zhnews;
    writeFileSync(join(dir, 'config.json'), JSON.stringify(cfg));
    const tok = readJson(join(dir, 'tokenizer.json'));
    tok.normalizer.lowercase = false;
    writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tok));
    const tokCfg = readJson(join(dir, 'tokenizer_config.json'));
    tokCfg.do_lower_case = false;
    writeFileSync(join(dir, 'tokenizer_config.json'), JSON.stringify(tokCfg));

    const m = await loadModel({ model: dir });
    expect(m.spec.lowercase).toBe(false);
    expect(m.lexical).toBe(false);
    expect(m.languages).toBeUndefined();
    expect(m.transitions).toBeUndefined();
    expect(m.maxTokens).toBe(Math.min(510, cfg.max_position_embeddings - 2));
  }, 60_000);

  it('refuses a Hub id while remote models are off, and says when a folder is missing', async () => {
    await expect(loadModel({ model: 'some-org/some-ner-model' })).rejects.toThrow(/remote/);
    await expect(loadModel({ model: './no/such/model/folder' })).rejects.toThrow(/not found/);
  });
});
