import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ProgressLine, type ProgressStream } from '../../src/io/progress-line.js';

function stream(tty: boolean, columns?: number): { out: ProgressStream; text: () => string } {
  const s = new PassThrough();
  let written = '';
  s.on('data', (c: Buffer) => {
    written += c.toString('utf8');
  });
  return { out: Object.assign(s, { isTTY: tty, columns }), text: () => written };
}

describe('ProgressLine', () => {
  it('on a terminal redraws one line in place, clipped to the width, behind a bar when given a fraction', () => {
    const { out, text } = stream(true, 41);
    const line = new ProgressLine(out);
    line.update('enqueue: 1 added');
    line.update(`batch: ${'9'.repeat(100)}`, 0.5);
    line.clear();
    line.clear();
    const draws = text().split('\r\x1b[K');
    expect(draws).toEqual(['', 'enqueue: 1 added', `[${'#'.repeat(12)}${'-'.repeat(12)}] batch: 999999`, '']);
    expect(draws.every((d) => d.length <= 40 && !d.includes('\n'))).toBe(true);
  });

  it('on a terminal that reports no width, clips to 80 columns', () => {
    const { out, text } = stream(true, 0);
    new ProgressLine(out).update('x'.repeat(200));
    expect(text()).toBe(`\r\x1b[K${'x'.repeat(79)}`);
  });

  it('off a terminal writes plain lines when asked to, else nothing', () => {
    const plain = stream(false);
    const a = new ProgressLine(plain.out, { plain: true });
    a.update('batch: 1 done', 0.1);
    a.update('batch: 2 done', 0.2);
    a.clear();
    expect(plain.text()).toBe('batch: 1 done\nbatch: 2 done\n');
    const silent = stream(false);
    const b = new ProgressLine(silent.out);
    b.update('enqueue: 1 added');
    b.clear();
    expect(silent.text()).toBe('');
  });

  it('drops updates that come sooner than minIntervalMs after the last one drawn', () => {
    const { out, text } = stream(false);
    const line = new ProgressLine(out, { plain: true, minIntervalMs: 3_600_000 });
    line.update('first');
    line.update('second');
    expect(text()).toBe('first\n');
  });
});
