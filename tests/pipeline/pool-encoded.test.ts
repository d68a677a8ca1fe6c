import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The pool runs dist/ code on worker threads (npm test builds it first).
import { createPipelinePool, type PipelinePool } from '../../dist/pipeline/pool.js';
import { withDuplicateOf } from '../../src/pipeline/encode-record.js';
import { fingerprint } from '../../src/dedup/index.js';
import { jsonLine } from '../../src/io/json-line.js';
import { SAMPLE } from '../helpers/cli.js';

describe('pipeline pool: records encoded in their thread', () => {
  let pool: PipelinePool;
  beforeAll(async () => {
    pool = await createPipelinePool({ threads: 1, config: { model: 'rules' } });
  });
  afterAll(() => pool.close());

  it('gives the JSONL line of the same record, and its fingerprint, as the object form would', async () => {
    const bytes = readFileSync(SAMPLE);
    const input = { bytes, kind: 'text' as const, uri: 'a' };
    const record = await pool.process(input);
    const r = await pool.run(input, { form: 'line', signature: true });
    const line = Buffer.from(r.encoded!.line).toString('utf8');
    const { pipeline: p1, ...a } = JSON.parse(line);
    const { pipeline: p2, ...b } = JSON.parse(jsonLine(record));
    expect(a).toEqual(b);
    expect(p1.model).toBe(p2.model);
    expect(line).toBe(jsonLine(JSON.parse(line)));
    expect(r.encoded!.id).toBe(record.id);
    expect(Array.from(r.signature!)).toEqual(Array.from(fingerprint(record.text)));
  });

  it('sets duplicateOf in the encoded line without touching the rest', async () => {
    const r = await pool.run({ bytes: Buffer.from('深圳今天下雨。"duplicateOf":null'), kind: 'text', uri: 'b' }, { form: 'line' });
    const plain = JSON.parse(withDuplicateOf(r.encoded!, null).toString('utf8'));
    const marked = JSON.parse(withDuplicateOf(r.encoded!, 'f'.repeat(32)).toString('utf8'));
    expect(plain.duplicateOf).toBeNull();
    expect(marked).toEqual({ ...plain, duplicateOf: 'f'.repeat(32) });
    expect(marked.text).toContain('"duplicateOf":null');
  });
});
