/**
 * Fixed-layout structures inside decoded data (netlink family headers, diag messages,
 * socket option values) described as field lists and printed as strace's PRINT_FIELD_*
 * do: `{name=value, ...}`.
 */
import type { XlatTable } from '../xlat/index.js';
import type { Bytes } from './bytes.js';
import { ifindexText } from './inet.js';
import { errText, xflags, xval, type NumFmt } from './xval.js';

/** Reads a field's value (as a Number: 64-bit ones are exact only below 2^53). */
type Reader = (v: Bytes, off: number) => number;

export interface Field {
  readonly name: string;
  readonly off: number;
  readonly size: 1 | 2 | 4 | 8;
  readonly signed?: boolean;
  /** How the value prints; decimal if unset. */
  readonly print?: (n: number) => string;
  /** For 64-bit fields printed in decimal: exact text from the bytes. */
  readonly big?: boolean;
  readonly bigHex?: boolean;
  /** Left out when zero (padding strace shows only when set). */
  readonly omitZero?: boolean;
}

const readers: Record<string, Reader> = {
  u1: (v, o) => v.u8(o), s1: (v, o) => v.s8(o),
  u2: (v, o) => v.u16(o), s2: (v, o) => v.s16(o),
  u4: (v, o) => v.u32(o), s4: (v, o) => v.s32(o),
  u8: (v, o) => Number(v.u64(o)), s8: (v, o) => Number(v.s64(o)),
};

export function fieldValue(v: Bytes, base: number, f: Field): string {
  if (f.size === 8 && f.print === undefined) {
    return f.signed ? v.s64(base + f.off).toString() : v.u64(base + f.off).toString();
  }
  if (f.size === 8 && f.bigHex) {
    const n = v.u64(base + f.off);
    return n === 0n ? '0' : '0x' + n.toString(16);
  }
  const n = readers[(f.signed ? 's' : 'u') + f.size]!(v, base + f.off);
  return f.print ? f.print(n) : String(n);
}

/** `name=value, ...` of `fields` of the structure at `base` (the caller checked it is readable). */
export function fieldsText(v: Bytes, base: number, fields: readonly Field[]): string {
  let s = '';
  for (const f of fields) {
    if (f.omitZero && v.b.subarray(base + f.off, base + f.off + f.size).every((x) => x === 0)) continue;
    s += (s === '' ? '' : ', ') + `${f.name}=${fieldValue(v, base, f)}`;
  }
  return s;
}

// Field constructors, by how the value prints.
export const U = (name: string, off: number, size: Field['size']): Field => ({ name, off, size });
export const D = (name: string, off: number, size: Field['size']): Field => ({ name, off, size, signed: true });
export const X = (name: string, off: number, size: Field['size']): Field =>
  size === 8 ? { name, off, size, print: (n) => (n === 0 ? '0' : '0x' + n.toString(16)), bigHex: true }
    : { name, off, size, print: (n) => (n === 0 ? '0' : '0x' + (n >>> 0).toString(16)) };
export const XV = (name: string, off: number, size: Field['size'], table: XlatTable, dflt?: string, fmt: NumFmt = 'x'): Field =>
  ({ name, off, size, print: (n) => xval(table, n, dflt, fmt) });
export const FL = (name: string, off: number, size: Field['size'], table: XlatTable, dflt?: string): Field =>
  ({ name, off, size, print: (n) => xflags(table, n, dflt) });
/** A padding field shown (in hex) only when not zero. */
export const PAD = (name: string, off: number, size: Field['size']): Field => ({ ...X(name, off, size), omitZero: true });
export const IFINDEX = (name: string, off: number): Field => ({ name, off, size: 4, print: ifindexText });
export const ERR = (name: string, off: number): Field => ({ name, off, size: 4, signed: true, print: (n) => errText(n, true) });
