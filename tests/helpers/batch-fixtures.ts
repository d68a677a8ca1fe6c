/**
 * Test inputs built from the team's own fixtures (fixtures/articles, fixtures/batch):
 * variants of the articles, and the archives (tar.gz, zip, WARC, JSONL) that hold them,
 * written by the tests themselves, malicious ones included.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zipSync, type ZipOptions } from 'fflate';
import iconv from 'iconv-lite';
import tarStream from 'tar-stream';
import type { InputKind, RawInput } from '../../src/doc.js';
import type { NewsRecord } from '../../src/record/schema.js';
import { chunked } from './warc-builder.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface Article {
  name: string;
  bytes: Buffer;
  kind: InputKind;
  /** For WARC: the page's URL and its HTTP Content-Type. */
  url?: string;
  contentType?: string;
}

function kindOf(name: string): InputKind {
  return name.endsWith('.html') ? 'html' : name.endsWith('.txt') ? 'text' : 'auto';
}

/** The team's fixture articles: the plain-text article(s) and the small HTML pages. */
export function fixtureArticles(): Article[] {
  const out: Article[] = [];
  for (const dir of ['articles', 'batch']) {
    for (const name of readdirSync(join(FIXTURES, dir)).sort()) {
      if (!/\.(txt|html)$/.test(name)) continue;
      out.push({ name, bytes: readFileSync(join(FIXTURES, dir, name)), kind: kindOf(name) });
    }
  }
  return out;
}

const PLACES = ['深圳', '广州', '珠海', '佛山', '东莞', '中山', '惠州', '江门', '肇庆'];

/**
 * `n` distinct articles made from the fixtures: each gets its own title and a closing
 * paragraph with its own number, place and figure, so every one has its own record id.
 */
export function articleVariants(n: number): Article[] {
  const base = fixtureArticles();
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length]!;
    const place = PLACES[i % PLACES.length]!;
    const extra = `${place}市统计局第${i + 1}号通报显示，当地新增企业${100 + i}家，同比增长${(i % 37) + 1}.5%。`;
    let text = src.bytes.toString('utf8');
    if (src.kind === 'html') {
      text = text
        .replace(/<h1>([^<]*)<\/h1>/, `<h1>$1（之${i + 1}）</h1>`)
        .replace(/<title>([^<]*)<\/title>/, `<title>$1（之${i + 1}）</title>`);
      text = text.replace(/(<\/p>)(?![\s\S]*<\/p>[\s\S]*<\/p>)/, `$1\n<p>${extra}</p>`);
    } else {
      const lines = text.split('\n');
      lines[0] = `${lines[0]}（之${i + 1}）`;
      const at = Math.min(8, lines.length);
      lines.splice(at, 0, '', extra);
      text = lines.join('\n');
    }
    const name = `v${String(i).padStart(4, '0')}-${src.name}`;
    out.push({ name, bytes: Buffer.from(text, 'utf8'), kind: src.kind });
  }
  return out;
}

/** What a record is, apart from where it came from and how long it took. */
export function comparable(r: NewsRecord): unknown {
  const { pipeline, source, ...rest } = r;
  return { ...rest, source: { ...source, uri: null }, pipeline: { version: pipeline.version, model: pipeline.model } };
}

export function rawInput(a: Article, uri: string): RawInput {
  return { bytes: a.bytes, kind: a.kind, uri, url: a.url ?? null, contentType: a.contentType ?? null };
}

// ---------- archives ----------

export interface TarEntry {
  name: string;
  data?: Buffer;
  type?: 'file' | 'symlink' | 'link' | 'directory';
  linkname?: string;
  /** Claimed size, when it should differ from the data's. */
  size?: number;
}

export async function writeTar(path: string, entries: TarEntry[], gzip: boolean): Promise<void> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer);
  });
  const ended = new Promise<void>((r) => pack.on('end', () => r()));
  for (const e of entries) {
    await new Promise<void>((resolve, reject) => {
      const header = { name: e.name, type: e.type ?? 'file', linkname: e.linkname, size: e.data?.length ?? 0, mode: 0o644 };
      pack.entry(header, e.data ?? Buffer.alloc(0), (err) => (err ? reject(err) : resolve()));
    });
  }
  pack.finalize();
  await ended;
  const tar = Buffer.concat(chunks);
  writeFileSync(path, gzip ? gzipSync(tar) : tar);
}

export interface ZipEntry {
  name: string;
  data: Buffer;
  symlink?: boolean;
  store?: boolean;
}

export function writeZip(path: string, entries: ZipEntry[]): void {
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const e of entries) {
    const attrs: ZipOptions = { level: e.store ? 0 : 6 };
    if (e.symlink) Object.assign(attrs, { os: 3, attrs: (0o120777 << 16) >>> 0 });
    files[e.name] = [e.data, attrs];
  }
  writeFileSync(path, zipSync(files as never));
}

export interface WarcRecordSpec {
  type: 'response' | 'resource' | 'request' | 'warcinfo';
  url: string;
  /** For responses: the HTTP status line and headers; the body follows them. */
  status?: number;
  httpHeaders?: Record<string, string>;
  /** For resources: the WARC Content-Type. */
  contentType?: string;
  body: Buffer;
  chunked?: boolean;
}

/** A WARC/1.0 file written by hand (not by the reader's library); gzip: one member per record. */
export function writeWarc(path: string, records: WarcRecordSpec[], gzip: boolean): void {
  const out: Buffer[] = [];
  records.forEach((r, i) => {
    let block: Buffer;
    let blockType: string;
    if (r.type === 'response') {
      const headers = { ...(r.httpHeaders ?? {}) };
      const body = r.chunked ? chunked(r.body) : r.body;
      if (r.chunked) headers['Transfer-Encoding'] = 'chunked';
      else headers['Content-Length'] = String(body.length);
      const head = `HTTP/1.1 ${r.status ?? 200} ${r.status === 404 ? 'Not Found' : 'OK'}\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`;
      block = Buffer.concat([Buffer.from(head, 'latin1'), body]);
      blockType = 'application/http; msgtype=response';
    } else if (r.type === 'request') {
      block = Buffer.from(`GET ${new URL(r.url).pathname} HTTP/1.1\r\nHost: ${new URL(r.url).host}\r\n\r\n`);
      blockType = 'application/http; msgtype=request';
    } else {
      block = r.body;
      blockType = r.contentType ?? 'application/warc-fields';
    }
    const head = [
      'WARC/1.0',
      `WARC-Type: ${r.type}`,
      `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}>`,
      'WARC-Date: 2024-05-01T08:00:00Z',
      ...(r.type === 'warcinfo' ? [] : [`WARC-Target-URI: ${r.url}`]),
      `Content-Type: ${blockType}`,
      `Content-Length: ${block.length}`,
    ].join('\r\n');
    const rec = Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'utf8'), block, Buffer.from('\r\n\r\n')]);
    out.push(gzip ? gzipSync(rec) : rec);
  });
  writeFileSync(path, Buffer.concat(out));
}

export function writeJsonlFile(path: string, lines: object[]): void {
  writeFileSync(path, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
}

/** A GB18030 copy of an HTML page without a <meta charset>: only the HTTP header tells. */
export function gbkPage(a: Article): Buffer {
  return iconv.encode(a.bytes.toString('utf8').replace(/<meta charset="utf-8">\n?/i, ''), 'gb18030');
}
