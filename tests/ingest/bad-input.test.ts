import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { ingest } from '../../src/ingest/index.js';
import { capDepth } from '../../src/ingest/limits.js';
import { fixture, input } from '../helpers/ingest.js';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).exitCode).toBe(65);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('bad input: InputError (exit 65) with a reason', () => {
  it('empty and white-space-only input', () => {
    expect(inputError(() => ingest(input(fixture('empty.txt')))).message).toMatch(/empty/);
    expect(inputError(() => ingest(input(fixture('whitespace-only.txt'), 'text'))).message).toMatch(/empty/);
    expect(inputError(() => ingest(input('<b></b><i></i>', 'body'))).message).toMatch(/empty/);
  });

  it('binary input: a known signature, NUL bytes, control characters', () => {
    expect(inputError(() => ingest(input(fixture('binary.png')))).message).toMatch(/binary.*PNG/);
    expect(inputError(() => ingest(input(fixture('binary-control.dat')))).message).toMatch(/binary/);
    const control = Buffer.alloc(4096, 0x41);
    for (let i = 0; i < control.length; i += 8) control[i] = 0x07;
    expect(inputError(() => ingest(input(control))).message).toMatch(/control characters/);
  });

  it('undecodable bytes', () => {
    const junk = Buffer.alloc(3000);
    for (let i = 0; i < junk.length; i++) junk[i] = 0x80 + ((i * 37) % 0x7f);
    expect(inputError(() => ingest(input(junk, 'text'))).message).toMatch(/undecodable|no article/);
  });

  it('a frameset, an empty <body>, a page with no body text', () => {
    expect(inputError(() => ingest(input(fixture('frameset.html'), 'html'))).message).toMatch(/frameset/);
    expect(inputError(() => ingest(input(fixture('empty-body.html'), 'html'))).message).toMatch(/no article text/);
    expect(inputError(() => ingest(input(fixture('no-body-text.html'), 'html'))).message).toMatch(/no article text/);
  });
});

describe('bad input: still a record', () => {
  it('truncated HTML keeps what arrived', () => {
    const r = ingest(input(fixture('truncated.html'), 'html'));
    expect(r.text).toBe('第一段正文完整，说明页面开始时一切正常。\n第二段正文在传输过程中被截断，后面的内容丢失了，只剩下');
  });

  it('unclosed tags', () => {
    const r = ingest(input(fixture('unclosed-tags.html'), 'html'));
    expect(r.text.split('\n')[0]).toBe('第一段，段落标签没有闭合。');
    expect(r.text).toContain('第四段，最后一段正文。');
  });

  it('invalid UTF-8 in the middle of a page', () => {
    const bytes = Buffer.concat([
      Buffer.from('<html><body><p>正文开始，'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from('后面还有正文。</p></body></html>'),
    ]);
    const r = ingest(input(bytes, 'html'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('正文开始');
    expect(r.text).toContain('后面还有正文。');
    expect(r.text).not.toContain('\ufffd');
  });

  it('100,000 nested <div>s (no stack overflow)', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>深层内容，这里有一段正文。</p>${'</div>'.repeat(100_000)}</body></html>`;
    expect(ingest(input(html, 'html')).text).toBe('深层内容，这里有一段正文。');
    const unclosed = `<html><body>${'<div><span>'.repeat(60_000)}正文在这里，很深。`;
    expect(ingest(input(unclosed, 'auto')).text).toBe('正文在这里，很深。');
  });

  it('caps nesting depth before parsing and keeps the text', () => {
    const { html, dropped } = capDepth(`${'<div>'.repeat(1000)}文字${'</div>'.repeat(1000)}`, 100);
    expect(dropped).toBe(900);
    expect((html.match(/<div>/g) ?? []).length).toBe(100);
    expect((html.match(/<\/div>/g) ?? []).length).toBe(100);
    expect(html).toContain('文字');
  });

  it('caps depth linearly past a long unclosed tag name (fuzz finding: was quadratic, 200 KB took 17 s)', () => {
    const html = `${'<div>'.repeat(300)}<s${'a'.repeat(200_000)}<p>文字</p>${'</div>'.repeat(300)}`;
    const { html: out, dropped } = capDepth(html);
    expect(dropped).toBe(300 - 256);
    expect(out).toContain('文字');
    // A name ending in "-" still counts as a tag (the old \\b needed a backtrack there).
    expect(capDepth(`${'<a- x>'.repeat(300)}`, 10).dropped).toBe(290);
  });

  it('a 50 MB page gives a record', () => {
    const para = '<p>这是一段用于测试的新闻正文，包含标点符号，也包含数字和日期2021年10月15日。</p>\n';
    const nav = '<ul class="nav"><li><a href="/a">首页</a></li><li><a href="/b">新闻</a></li></ul>\n';
    const unit = nav + para.repeat(5);
    const head = '<html><head><meta charset="utf-8"><title>很大的页面</title></head><body><script>' + 'x'.repeat(1000) + '</script>';
    const count = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(unit));
    const bytes = Buffer.from(head + unit.repeat(count) + '</body></html>');
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
    const r = ingest(input(bytes, 'html'));
    expect(r.text.startsWith('这是一段用于测试的新闻正文')).toBe(true);
    expect(r.text).not.toContain('首页');
  });

  it('a 50 MB plain text gives a record', () => {
    const line = '这是一段很长的纯文本正文，用来测试大文件的处理能力。\n';
    const text = line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)));
    const r = ingest(input(text, 'text'));
    expect(r.text.length).toBeGreaterThan(1_000_000);
  });
});
