/**
 * One fast-check arbitrary per target: it draws a plan (which seed, which mutations), and
 * `build` turns the plan into bytes. fc.sample with a seed gives the same plans every run.
 */
import fc from 'fast-check';
import {
  ENTRY_NAMES,
  buildTar,
  buildZip,
  decompressionBombs,
  httpBlock,
  lieTarSize,
  lieZipField,
  warcRecord,
  type WarcRecordPlan,
} from './archives.js';
import type { CaseEntity, FuzzCase, Target } from './case.js';
import { applyByteOps, byteOps, concat } from './mutate-bytes.js';
import { applyMarkupOp, encode, encodingPlan, markupOps } from './mutate-markup.js';
import { articleText, seeds } from './seeds.js';

export type Build = () => Promise<FuzzCase>;

/** A fixture article, mutated as markup, encoded in some charset, then maybe as bytes. */
const article = fc.record({ seed: fc.nat(), markup: markupOps(), enc: encodingPlan, bytes: byteOps(2) }).map((p) => () => {
  const all = seeds();
  const s = all[p.seed % all.length]!;
  const untouched = p.markup.length === 0 && p.enc.declare === null && p.enc.encodeAs === null && p.enc.bom === null;
  const b = untouched ? s.bytes : encode(p.markup.reduce(applyMarkupOp, s.text), p.enc);
  return applyByteOps(b, p.bytes);
});

const CONTENT_TYPES = [
  null,
  'text/html',
  'text/html; charset=utf-8',
  'text/html; charset=gbk',
  'text/html; charset=big5',
  'text/plain; charset=shift_jis',
  'text/html; charset="',
  'application/octet-stream',
  'text/html; charset=utf-16le',
];
const PUBLISHED = [
  null,
  '2021-10-15T15:27:00+08:00',
  '2024-02-29T23:59:59Z',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59+14:00',
  '0000-01-01T00:00:00-12:00',
];

const ingestLike = (target: Target): fc.Arbitrary<Build> =>
  fc
    .record({
      a: article,
      kind: fc.constantFrom('auto' as const, 'html' as const, 'text' as const, 'body' as const),
      ct: fc.nat(CONTENT_TYPES.length - 1),
      pub: fc.nat(PUBLISHED.length - 1),
    })
    .map((p) => async () => ({
      target,
      bytes: p.a(),
      meta: { kind: p.kind, contentType: CONTENT_TYPES[p.ct]!, publishedAt: PUBLISHED[p.pub]! },
    }));

const ODD_DATES = [
  '2021-10-15T15:27:00+08:00',
  '2021-02-30T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '99999-12-31T00:00:00Z',
  '2021-10-15',
  'yesterday',
  '',
  ' 2021-10-15t15:27:00z ',
  '2021-10-15T24:00:00+15:00',
  '1e400',
  'NaN',
  '0000-00-00T00:00:00Z',
  '2021-10-15T15:27:00.123456789012345678+08:00',
];

/** The supplied article's text, mutated, with NER-like entities on real spans of it. */
const normalizeCase = fc
  .record({
    markup: markupOps(6),
    cut: fc.nat(),
    len: fc.integer({ min: 0, max: 20000 }),
    pub: fc.option(fc.oneof(fc.constantFrom(...ODD_DATES), fc.string())),
    ents: fc.array(
      fc.record({
        at: fc.nat(),
        len: fc.integer({ min: 1, max: 12 }),
        type: fc.constantFrom('ORG', 'PERSON', 'LOC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL'),
        score: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 30 },
    ),
  })
  .map((p) => async (): Promise<FuzzCase> => {
    const full = p.markup.reduce(applyMarkupOp, articleText());
    const start = full.length === 0 ? 0 : p.cut % full.length;
    const text = full.slice(start, start + p.len);
    const entities: CaseEntity[] = [];
    for (const e of p.ents) {
      if (text.length === 0) break;
      const s = e.at % text.length;
      const t = text.slice(s, s + e.len);
      if (t.trim()) entities.push({ type: e.type, text: t, start: s, end: s + t.length, score: e.score, source: 'model' });
    }
    return { target: 'normalize', bytes: new Uint8Array(Buffer.from(text, 'utf16le')), meta: { publishedAt: p.pub, entities } };
  });

const oddValue = fc.oneof(
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.double(),
  fc.string({ maxLength: 8 }),
);
/** Mostly absent, sometimes odd: most lines should be articles, so the readers' article path is reached. */
const rarely = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: a });

/** JSONL: articles with odd field values, broken JSON, junk lines and odd line ends. */
const jsonlCase = fc
  .record({
    lines: fc.array(
      fc.record({
        shape: fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom('html', 'text', 'both') },
          { weight: 3, arbitrary: fc.constantFrom('neither', 'broken', 'junk', 'empty', 'array') },
          { weight: 1, arbitrary: fc.constant('huge') },
        ),
        a: article,
        html: rarely(oddValue),
        pub: fc.option(fc.oneof(fc.constantFrom(...ODD_DATES), oddValue)),
        url: rarely(oddValue),
        title: fc.option(fc.oneof(fc.string(), oddValue)),
        cut: fc.nat(),
        junk: fc.string({ unit: 'binary', maxLength: 60 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r', '\u2028', '\n\n'),
    bom: fc.nat(9).map((n) => n === 0),
    bytes: byteOps(1),
  })
  .map((p) => async (): Promise<FuzzCase> => {
    const lines = p.lines.map((l) => {
      const body = Buffer.from(l.a()).toString('utf8');
      const obj: Record<string, unknown> = {};
      if (l.shape === 'html' || l.shape === 'both' || l.shape === 'broken') obj.html = l.html ?? body;
      if (l.shape === 'text' || l.shape === 'both') obj.text = body;
      if (l.shape === 'huge') obj.html = body.repeat(50);
      if (l.pub !== null) obj.publishedAt = l.pub;
      if (l.url !== null) obj.url = l.url;
      if (l.title !== null) obj.title = l.title;
      const json = l.shape === 'array' ? JSON.stringify([obj]) : JSON.stringify(obj);
      if (l.shape === 'broken') return json.slice(0, l.cut % (json.length + 1));
      return l.shape === 'junk' ? l.junk : l.shape === 'empty' ? '' : json;
    });
    const text = (p.bom ? '\uFEFF' : '') + lines.join(p.eol);
    return { target: 'jsonl', bytes: applyByteOps(new Uint8Array(Buffer.from(text, 'utf8')), p.bytes), meta: { ext: '.jsonl' } };
  });

const entries = fc.array(
  fc.record({
    name: fc.oneof(fc.constantFrom(...ENTRY_NAMES), fc.string({ maxLength: 30 })),
    a: article,
    type: fc.constantFrom('file' as const, 'file' as const, 'file' as const, 'symlink' as const, 'link' as const, 'directory' as const),
    store: fc.boolean(),
  }),
  { minLength: 1, maxLength: 5 },
);
const sizeLie = fc.option(fc.record({ nth: fc.nat(6), size: fc.oneof(fc.nat(), fc.constantFrom(0, 511, 512, 8 ** 11 - 1)) }));

const tarBytes = (
  es: { name: string; a: () => Uint8Array; type: 'file' | 'symlink' | 'link' | 'directory' }[],
  lie: { nth: number; size: number } | null,
) => buildTar(es.map((e) => ({ name: e.name, data: e.a(), type: e.type }))).then((t) => (lie ? lieTarSize(t, lie.nth, lie.size) : t));

const tarCase = fc.record({ es: entries, lie: sizeLie, bytes: byteOps(3) }).map((p) => async (): Promise<FuzzCase> => ({
  target: 'tar',
  bytes: applyByteOps(await tarBytes(p.es, p.lie), p.bytes),
  meta: { ext: '.tar' },
}));

const zipCase = fc
  .record({
    es: entries,
    bomb: fc.nat(19).map((n) => n === 0),
    bytes: byteOps(3),
    lie: fc.option(
      fc.record({
        central: fc.boolean(),
        nth: fc.nat(6),
        field: fc.constantFrom('csize' as const, 'usize' as const, 'namelen' as const, 'method' as const),
        value: fc.oneof(fc.nat(), fc.constantFrom(0, 0xffff, 0xffffffff, 99)),
      }),
    ),
  })
  .map((p) => async (): Promise<FuzzCase> => {
    let zip = p.bomb ? (await decompressionBombs()).zip : buildZip(p.es.map((e) => ({ name: e.name, data: e.a(), store: e.store })));
    if (p.lie) zip = lieZipField(zip, p.lie.central, p.lie.nth, p.lie.field, p.lie.value);
    return { target: 'zip', bytes: applyByteOps(zip, p.bytes), meta: { ext: '.zip' } };
  });

const warcRecords = fc.array(
  fc.record({
    type: fc.constantFrom(
      'response' as const,
      'response' as const,
      'resource' as const,
      'warcinfo' as const,
      'request' as const,
      'metadata' as const,
      'revisit' as const,
    ),
    url: fc.option(fc.constantFrom('http://news.example.cn/a.html', 'not a url', '', 'http://例子.中国/新闻?id=1#x')),
    lengthLie: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -400, max: 400 })),
    version: fc.constantFrom('1.0' as const, '1.1' as const, '0.9' as const),
    a: article,
    http: fc.record({
      status: fc.constantFrom(200, 200, 301, 404, 500, 99),
      charset: fc.option(fc.constantFrom('utf-8', 'gbk', 'big5', 'shift_jis', 'bogus', '')),
      encoding: fc.constantFrom('none' as const, 'none' as const, 'gzip' as const, 'deflate' as const, 'br' as const, 'bogus' as const),
      chunked: fc.boolean(),
      lengthLie: fc.oneof(fc.constant(0), fc.integer({ min: -200, max: 200 })),
    }),
  }),
  { minLength: 1, maxLength: 5 },
);

const warcBytes = (
  rs: (Omit<WarcRecordPlan, 'url'> & { url: string | null; a: () => Uint8Array; http: Parameters<typeof httpBlock>[1] })[],
): Uint8Array[] => rs.map((r, i) => warcRecord(r.type === 'response' ? httpBlock(r.a(), r.http) : r.a(), r, i + 1));

const warcCase = fc.record({ rs: warcRecords, bytes: byteOps(3) }).map((p) => async (): Promise<FuzzCase> => ({
  target: 'warc',
  bytes: applyByteOps(concat(warcBytes(p.rs)), p.bytes),
  meta: { ext: '.warc' },
}));

/** gzip: a tar.gz or a WARC compressed whole or per record, damaged as compressed bytes. */
const gzipCase = fc
  .record({
    inner: fc.constantFrom('tar' as const, 'warc-file' as const, 'warc-record' as const),
    es: entries,
    rs: warcRecords,
    lie: sizeLie,
    garbage: fc.option(fc.uint8Array({ maxLength: 40 })),
    bomb: fc.nat(19).map((n) => n === 0),
    bytes: byteOps(3),
  })
  .map((p) => async (): Promise<FuzzCase> => {
    const { gzipSync } = await import('node:zlib');
    let gz: Uint8Array;
    if (p.bomb) gz = (await decompressionBombs()).tgz;
    else if (p.inner === 'tar') gz = gzipSync(await tarBytes(p.es, p.lie));
    else if (p.inner === 'warc-file') gz = gzipSync(concat(warcBytes(p.rs)));
    else gz = concat(warcBytes(p.rs).map((r) => gzipSync(r)));
    if (p.garbage) gz = concat([gz, p.garbage]);
    const ext = p.inner === 'tar' || p.bomb ? (p.es.length % 2 ? '.tgz' : '.tar.gz') : '.warc.gz';
    return { target: 'gzip', bytes: applyByteOps(gz, p.bytes), meta: { ext } };
  });

/** Flags for `extract`, well-formed and not: a bad one must end in one error line and exit 2. */
const EXTRACT_FLAGS: string[][] = [
  [],
  ['--pretty'],
  ['--tokens'],
  ['--published-at', '2021-10-15T15:27:00+08:00'],
  ['--published-at', 'yesterday'],
  ['--published-at', '2021-02-30T10:00:00+08:00'],
  ['--published-at'],
  ['--url', 'http://例子.中国/新闻?id=1'],
  ['--url', 'not a url'],
  ['--bogus'],
];

/** The CLI in-process: `extract` on a mutated article, `batch` on a mutated JSONL file or archive. */
const cliCase = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({ a: article, ext: fc.constantFrom('.html', '.htm', '.txt', '', '.md'), flags: fc.nat(EXTRACT_FLAGS.length - 1) })
      .map((p) => async (): Promise<FuzzCase> => ({
        target: 'cli',
        bytes: p.a(),
        meta: { ext: p.ext, cli: { command: 'extract', args: EXTRACT_FLAGS[p.flags]! } },
      })),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(jsonlCase, tarCase, zipCase, warcCase, gzipCase).map((b) => async (): Promise<FuzzCase> => {
      const c = await b();
      return { target: 'cli', bytes: c.bytes, meta: { ext: c.meta.ext, cli: { command: 'batch', args: [] } } };
    }),
  },
);

export const GENERATORS: Record<Target, fc.Arbitrary<Build>> = {
  ingest: ingestLike('ingest'),
  normalize: normalizeCase,
  jsonl: jsonlCase,
  tar: tarCase,
  zip: zipCase,
  gzip: gzipCase,
  warc: warcCase,
  'pipeline-rules': ingestLike('pipeline-rules'),
  'pipeline-model': ingestLike('pipeline-model'),
  cli: cliCase,
};

/** `n` inputs for a target, the same for the same seed. */
export async function generate(target: Target, seed: number, n: number): Promise<FuzzCase[]> {
  const builds = fc.sample(GENERATORS[target], { seed, numRuns: n });
  const out: FuzzCase[] = [];
  for (const b of builds) out.push(await b());
  return out;
}
