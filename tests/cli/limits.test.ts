import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, zhnews } from '../helpers/cli.js';

const OVER_CAP = 64 * 1024 * 1024 + 1;

describe('extract on inputs it must refuse', () => {
  it('exits 2 with one line for a folder', () => {
    const r = zhnews(['extract', 'fixtures/ingest', '--model', 'rules']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/folder/);
  });

  it('exits 65 for a file over the one-article cap, without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-cap-'));
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, OVER_CAP); // sparse: costs no disk
    closeSync(fd);
    const r = zhnews(['extract', path, '--model', 'rules']);
    expect(r.status).toBe(65);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/over the \d+-byte limit/);
  });

  it('exits 65 for stdin over the cap, having read no more than the cap', () => {
    // The child reads stdin from a pipe that never runs dry before the cap.
    const r = spawnSync(
      'bash',
      [
        '-c',
        `head -c ${OVER_CAP + 1_000_000} /dev/zero | tr '\\0' 'a' | ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} extract - --model rules`,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(r.status).toBe(65);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/over the \d+-byte limit/);
  });
});
