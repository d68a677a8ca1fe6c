/**
 * Markup and text mutations: tag soup (random tags inserted, tags deleted, tags left
 * unclosed, deep nesting), encoding declarations swapped and the text re-encoded or not,
 * BOMs, odd entities, and Chinese number/date fragments for the normalise grammar.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'table',
  'tr',
  'td',
  'script',
  'style',
  'title',
  'h1',
  'article',
  'section',
  'br',
  'meta',
  'iframe',
  'template',
  'svg',
  'math',
  'select',
  'textarea',
  'noscript',
  'frameset',
  'html',
  'body',
  'head',
  'font',
  'b',
  'li',
  'ul',
];
const CHARSETS = ['utf-8', 'gbk', 'gb2312', 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'iso-8859-1', 'utf-16', 'x-unknown', ''];
const BOMS: Record<string, number[]> = {
  utf8: [0xef, 0xbb, 0xbf],
  utf16le: [0xff, 0xfe],
  utf16be: [0xfe, 0xff],
  gb18030: [0x84, 0x31, 0x95, 0x33],
};

/** Pieces that poke at parsers and the normalise grammar. */
const FRAGMENTS = [
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<!DOCTYPE html>',
  '<?xml version="1.0" encoding="big5"?>',
  '&#xD800;',
  '&#99999999;',
  '&#0;',
  '&nbsp;&amp;&lt;',
  '&#x1F600;',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '\u200B',
  '\uD83D',
  '\uDE00',
  '<meta http-equiv="Content-Type" content="text/html; charset=big5">',
  '一千二百三十四万亿',
  '99999999999999999999999元',
  '0.0000001%',
  '第-1',
  '2021年13月45日',
  '公元前221年',
  '12:61:99',
  '百分之一百二十',
  '万万亿亿',
  '１２３，４５６．７８美元',
  '约3至5亿元',
  '去年第三季度',
  '明年上半年',
  '1e308亿',
  '---',
  '（记者 ）',
  '来源：',
  '编辑：',
  '责任编辑：\n',
  '2021-02-30 25:00',
  '<time datetime="+275760-09-13T00:00:00Z">',
  '<meta property="article:published_time" content="99999-99-99">',
];

export type MarkupOp =
  | { op: 'tag'; at: number; tag: number; form: 'open' | 'close' | 'self' | 'attrs' }
  | { op: 'untag'; nth: number }
  | { op: 'unclose'; at: number; tag: number; count: number }
  | { op: 'nest'; at: number; tag: number; depth: number }
  | { op: 'fragment'; at: number; which: number; times: number }
  | { op: 'unicode'; at: number; text: string }
  | { op: 'lines'; keep: number; step: number };

export const markupOp: fc.Arbitrary<MarkupOp> = fc.oneof(
  fc.record({
    op: fc.constant('tag' as const),
    at: fc.nat(),
    tag: fc.nat(TAGS.length - 1),
    form: fc.constantFrom('open' as const, 'close' as const, 'self' as const, 'attrs' as const),
  }),
  fc.record({ op: fc.constant('untag' as const), nth: fc.nat(400) }),
  fc.record({ op: fc.constant('unclose' as const), at: fc.nat(), tag: fc.nat(TAGS.length - 1), count: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ op: fc.constant('nest' as const), at: fc.nat(), tag: fc.nat(TAGS.length - 1), depth: fc.integer({ min: 50, max: 6000 }) }),
  fc.record({
    op: fc.constant('fragment' as const),
    at: fc.nat(),
    which: fc.nat(FRAGMENTS.length - 1),
    times: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 5000 })),
  }),
  fc.record({ op: fc.constant('unicode' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.record({ op: fc.constant('lines' as const), keep: fc.nat(), step: fc.integer({ min: 1, max: 7 }) }),
);

const at = (s: string, n: number): number => (s.length === 0 ? 0 : n % (s.length + 1));
const insert = (s: string, n: number, piece: string): string => {
  const i = at(s, n);
  return s.slice(0, i) + piece + s.slice(i);
};

export function applyMarkupOp(s: string, m: MarkupOp): string {
  switch (m.op) {
    case 'tag': {
      const t = TAGS[m.tag]!;
      const piece =
        m.form === 'open'
          ? `<${t}>`
          : m.form === 'close'
            ? `</${t}>`
            : m.form === 'self'
              ? `<${t}/>`
              : `<${t} class="content article" style="display:none" hidden id='x'>`;
      return insert(s, m.at, piece);
    }
    case 'untag': {
      let k = 0;
      return s.replace(/<\/?[a-zA-Z][^>]*>/g, (tag) => (k++ === m.nth ? '' : tag));
    }
    case 'unclose':
      return insert(s, m.at, `<${TAGS[m.tag]!}>`.repeat(m.count));
    case 'nest': {
      const t = TAGS[m.tag]!;
      return insert(s, m.at, `${`<${t}>`.repeat(m.depth)}深层嵌套${`</${t}>`.repeat(m.depth)}`);
    }
    case 'fragment':
      return insert(s, m.at, FRAGMENTS[m.which]!.repeat(m.times));
    case 'unicode':
      return insert(s, m.at, m.text);
    case 'lines':
      return s
        .split('\n')
        .filter((_, i) => (i + m.keep) % m.step !== 0 || m.step === 1)
        .join('\n');
  }
}

export interface EncodingPlan {
  /** Charset named in the page's declarations (replaced or added); null leaves them. */
  declare: number | null;
  /** Charset the text is written in; null: UTF-8. */
  encodeAs: number | null;
  bom: keyof typeof BOMS | null;
}

export const encodingPlan: fc.Arbitrary<EncodingPlan> = fc.record({
  declare: fc.option(fc.nat(CHARSETS.length - 1)),
  encodeAs: fc.option(fc.nat(CHARSETS.length - 1), { freq: 3 }),
  bom: fc.option(fc.constantFrom(...(Object.keys(BOMS) as (keyof typeof BOMS)[])), { freq: 4 }),
});

/** The text as bytes: its charset declarations swapped, written in some charset, maybe a BOM in front. */
export function encode(s: string, plan: EncodingPlan): Uint8Array {
  let text = s;
  if (plan.declare !== null) {
    const cs = CHARSETS[plan.declare]!;
    text = /charset\s*=/i.test(text) ? text.replace(/charset\s*=\s*["']?[\w-]*/gi, `charset=${cs}`) : `<meta charset="${cs}">${text}`;
  }
  const cs = plan.encodeAs === null ? 'utf-8' : CHARSETS[plan.encodeAs]!;
  const body = iconv.encodingExists(cs) ? iconv.encode(text, cs) : Buffer.from(text, 'utf8');
  return new Uint8Array(plan.bom ? Buffer.concat([Buffer.from(BOMS[plan.bom]!), body]) : body);
}

export const markupOps = (max = 5): fc.Arbitrary<MarkupOp[]> => fc.array(markupOp, { maxLength: max });
