/**
 * Archives and dumps built in memory from mutated fixture articles, with the libraries the
 * readers face in the wild (tar-stream, fflate, zlib), then damaged in format-aware ways:
 * a tar header's size rewritten (checksum fixed so the reader believes it), a zip header's
 * sizes or name length rewritten, WARC and HTTP lengths that lie, gzip members cut or
 * followed by garbage, and decompression bombs.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import tarStream from 'tar-stream';
import { concat } from './mutate-bytes.js';

export const ENTRY_NAMES = [
  'a.html',
  'dir/b.txt',
  'c',
  '../evil.html',
  '/abs/x.html',
  'a/../../b.html',
  'c:\\win.html',
  '..',
  './.hidden.html',
  `${'长'.repeat(120)}.html`,
  '新闻/文章.html',
  'a\u0000b.html',
  '',
  'dir/',
  'x\\..\\y.txt',
  ' .html',
];

export interface TarEntryPlan {
  name: string;
  data: Uint8Array;
  type: 'file' | 'symlink' | 'link' | 'directory';
}

export async function buildTar(entries: TarEntryPlan[]): Promise<Uint8Array> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer);
  });
  const ended = new Promise<void>((resolve, reject) => {
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  for (const e of entries) {
    const file = e.type === 'file';
    await new Promise<void>((resolve) => {
      try {
        pack.entry(
          {
            name: e.name || 'unnamed',
            type: e.type,
            linkname: file ? undefined : '../../etc/passwd',
            size: file ? e.data.length : 0,
            mode: 0o644,
          },
          file ? Buffer.from(e.data) : Buffer.alloc(0),
          () => resolve(),
        );
      } catch {
        resolve(); // a name tar-stream cannot write is simply left out
      }
    });
  }
  pack.finalize();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Rewrites the size field of the nth tar header and fixes its checksum, so the lie is believed. */
export function lieTarSize(tar: Uint8Array, nth: number, size: number): Uint8Array {
  const out = tar.slice();
  let off = 0;
  for (let k = 0; off + 512 <= out.length; k++) {
    const claimed =
      parseInt(
        Buffer.from(out.subarray(off + 124, off + 136))
          .toString('latin1')
          .replace(/\0.*$/, '')
          .trim() || '0',
        8,
      ) || 0;
    if (k === nth) {
      Buffer.from(`${size.toString(8).padStart(11, '0').slice(-11)}\0`, 'latin1').copy(out, off + 124);
      out.fill(0x20, off + 148, off + 156);
      let sum = 0;
      for (let i = off; i < off + 512; i++) sum += out[i]!;
      Buffer.from(`${sum.toString(8).padStart(6, '0')}\0 `, 'latin1').copy(out, off + 148);
      return out;
    }
    off += 512 + Math.ceil(claimed / 512) * 512;
  }
  return out;
}

export function buildZip(entries: { name: string; data: Uint8Array; store: boolean }[]): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  entries.forEach((e, i) => {
    files[e.name in files ? `${i}-${e.name}` : e.name] = [e.data, { level: e.store ? 0 : 6 }];
  });
  return zipSync(files);
}

/** Rewrites a 16- or 32-bit field in the nth local (PK\3\4) or central (PK\1\2) zip header. */
export function lieZipField(
  zip: Uint8Array,
  central: boolean,
  nth: number,
  field: 'csize' | 'usize' | 'namelen' | 'method',
  value: number,
): Uint8Array {
  const sig = central ? [0x50, 0x4b, 0x01, 0x02] : [0x50, 0x4b, 0x03, 0x04];
  const offsets = central ? { csize: 20, usize: 24, namelen: 28, method: 10 } : { csize: 18, usize: 22, namelen: 26, method: 8 };
  const hits: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (sig.every((b, j) => zip[i + j] === b)) hits.push(i);
  if (hits.length === 0) return zip;
  const out = Buffer.from(zip);
  const at = hits[nth % hits.length]! + offsets[field];
  if (at + 4 > out.length) return zip;
  if (field === 'namelen' || field === 'method') out.writeUInt16LE(value & 0xffff, at);
  else out.writeUInt32LE(value >>> 0, at);
  return new Uint8Array(out);
}

let bombs: Promise<{ zip: Uint8Array; tgz: Uint8Array }> | null = null;

/** A zip and a tar.gz whose one entry inflates to 200 MB of zeros from a few hundred KB: built once, reused. */
export function decompressionBombs(): Promise<{ zip: Uint8Array; tgz: Uint8Array }> {
  bombs ??= (async () => {
    const zeros = new Uint8Array(200 * 1024 * 1024);
    const tar = await buildTar([{ name: 'bomb.html', data: zeros, type: 'file' }]);
    return { zip: zipSync({ 'bomb.html': [zeros, { level: 9 }] }), tgz: new Uint8Array(gzipSync(tar, { level: 9 })) };
  })();
  return bombs;
}

export interface HttpPlan {
  status: number;
  charset: string | null;
  encoding: 'none' | 'gzip' | 'deflate' | 'br' | 'bogus';
  chunked: boolean;
  /** Added to the true Content-Length of the HTTP body (0: honest). */
  lengthLie: number;
}

export function httpBlock(body: Uint8Array, p: HttpPlan): Uint8Array {
  let data: Uint8Array = body;
  const headers: string[] = [`Content-Type: text/html${p.charset === null ? '' : `; charset=${p.charset}`}`];
  if (p.encoding !== 'none') {
    data =
      p.encoding === 'gzip'
        ? gzipSync(data)
        : p.encoding === 'deflate'
          ? deflateSync(data)
          : p.encoding === 'br'
            ? brotliCompressSync(data)
            : data;
    headers.push(`Content-Encoding: ${p.encoding === 'bogus' ? 'x-rot13' : p.encoding}`);
  }
  if (p.chunked) {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < data.length; i += 300) {
      const c = data.subarray(i, i + 300);
      parts.push(Buffer.from(`${c.length.toString(16)}\r\n`), c, Buffer.from('\r\n'));
    }
    parts.push(Buffer.from('0\r\n\r\n'));
    data = concat(parts);
    headers.push('Transfer-Encoding: chunked');
  } else {
    headers.push(`Content-Length: ${Math.max(0, data.length + p.lengthLie)}`);
  }
  return concat([Buffer.from(`HTTP/1.1 ${p.status} X\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`, 'latin1'), data]);
}

export interface WarcRecordPlan {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'metadata' | 'revisit';
  url: string | null;
  /** Added to the true WARC Content-Length (0: honest). */
  lengthLie: number;
  version: '1.0' | '1.1' | '0.9';
}

export function warcRecord(block: Uint8Array, p: WarcRecordPlan, id: number): Uint8Array {
  const contentType =
    p.type === 'response' ? 'application/http; msgtype=response' : p.type === 'resource' ? 'text/html' : 'application/warc-fields';
  const head = [
    `WARC/${p.version}`,
    `WARC-Type: ${p.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(id).padStart(12, '0')}>`,
    'WARC-Date: 2024-05-01T08:00:00Z',
    ...(p.url === null ? [] : [`WARC-Target-URI: ${p.url}`]),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length + p.lengthLie}`,
  ].join('\r\n');
  return concat([Buffer.from(`${head}\r\n\r\n`, 'utf8'), block, Buffer.from('\r\n\r\n')]);
}
