/**
 * Byte-level mutations as fast-check arbitraries: a mutation is a plain value (a plan), so a
 * seed always gives the same plan and the plan can be stored and replayed. Positions are
 * free naturals taken modulo the length at the time they apply, so a plan fits any input.
 */
import fc from 'fast-check';

export type ByteOp =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; byte: number }
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'repeat'; at: number; len: number; times: number }
  | { op: 'splice'; at: number; from: number; len: number };

/** Bytes that parsers tend to treat specially. */
const SPECIAL = [0x00, 0x0a, 0x0d, 0x1b, 0x22, 0x26, 0x2f, 0x3c, 0x3e, 0x5c, 0x7f, 0x80, 0xa1, 0xc0, 0xed, 0xef, 0xfe, 0xff];

export const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), byte: fc.oneof(fc.constantFrom(...SPECIAL), fc.nat(255)) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.nat(512) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 24 }) }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 64 }),
    times: fc.integer({ min: 2, max: 2000 }),
  }),
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), from: fc.nat(), len: fc.integer({ min: 1, max: 256 }) }),
);

const pos = (at: number, len: number): number => (len === 0 ? 0 : at % (len + 1));

export function applyByteOp(b: Uint8Array, m: ByteOp): Uint8Array {
  const n = b.length;
  switch (m.op) {
    case 'flip': {
      if (n === 0) return b;
      const out = b.slice();
      out[m.at % n] = out[m.at % n]! ^ (1 << m.bit);
      return out;
    }
    case 'set': {
      if (n === 0) return Uint8Array.of(m.byte);
      const out = b.slice();
      out[m.at % n] = m.byte;
      return out;
    }
    case 'truncate':
      return b.subarray(0, pos(m.at, n));
    case 'delete': {
      const at = pos(m.at, n);
      return concat([b.subarray(0, at), b.subarray(Math.min(n, at + m.len))]);
    }
    case 'insert': {
      const at = pos(m.at, n);
      return concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
    }
    case 'repeat': {
      const at = pos(m.at, n);
      const piece = b.subarray(at, at + m.len);
      return concat([b.subarray(0, at), ...Array<Uint8Array>(m.times).fill(piece), b.subarray(at)]);
    }
    case 'splice': {
      const at = pos(m.at, n);
      const from = pos(m.from, n);
      return concat([b.subarray(0, at), b.subarray(from, from + m.len), b.subarray(at)]);
    }
  }
}

export function applyByteOps(b: Uint8Array, ops: ByteOp[]): Uint8Array {
  return ops.reduce(applyByteOp, b);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/** A few byte mutations, sometimes none (the unmutated structure is an input too). */
export const byteOps = (max = 4): fc.Arbitrary<ByteOp[]> => fc.array(byteOp, { maxLength: max });
