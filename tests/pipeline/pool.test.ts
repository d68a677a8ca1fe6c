import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The pool runs dist/ code on worker threads (npm test builds it first).
import { createPipelinePool, type PipelinePool } from '../../dist/pipeline/pool.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { SAMPLE } from '../helpers/cli.js';

describe('pipeline pool', () => {
  let pool: PipelinePool;
  beforeAll(async () => {
    pool = await createPipelinePool({ threads: 2, config: { model: 'rules' } });
  });
  afterAll(() => pool.close());

  it('gives the same records as the in-process pipeline', async () => {
    const bytes = readFileSync(SAMPLE);
    const inline = await (await createPipeline({ model: 'rules' })).process({ bytes, kind: 'text', uri: 'a' });
    const pooled = await Promise.all([1, 2, 3].map(() => pool.process({ bytes, kind: 'text', uri: 'a' })));
    for (const r of pooled) {
      expect(r.id).toBe(inline.id);
      expect(r.entities).toEqual(inline.entities);
    }
  });

  it('keeps the error name and exit code of a bad article and goes on', async () => {
    const err = await pool.process({ bytes: new Uint8Array(), kind: 'text', uri: 'empty' }).catch((e) => e);
    expect(err.name).toBe('InputError');
    expect(err.exitCode).toBe(65);
    const ok = await pool.process({ bytes: Buffer.from('深圳今天下雨。'), kind: 'text', uri: 'b' });
    expect(ok.text).toBe('深圳今天下雨。');
  });
});
