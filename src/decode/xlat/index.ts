/**
 * Symbolic constants ("xlat" tables, as strace calls them): how `flags:NAME` and
 * `enum:NAME` arguments of signatures.ts print. One table per NAME; a NAME without a table
 * prints raw (flags in hex, enums in decimal), never wrong.
 */

/** A bit-flag set: names by bit value; `zero` is what a value of 0 prints as ('0' if unset). */
export interface FlagSet {
  readonly kind: 'flags';
  readonly bits: ReadonlyArray<readonly [value: number, name: string]>;
  readonly zero?: string;
}

/** A value from a set of named constants. */
export interface EnumSet {
  readonly kind: 'enum';
  readonly values: ReadonlyMap<number, string>;
}

const FLAGS: Record<string, FlagSet> = {};
const ENUMS: Record<string, EnumSet> = {};

export function defineFlags(name: string, bits: ReadonlyArray<readonly [number, string]>, zero?: string): void {
  FLAGS[name] = { kind: 'flags', bits, ...(zero === undefined ? {} : { zero }) };
}

export function defineEnum(name: string, values: ReadonlyArray<readonly [number, string]>): void {
  ENUMS[name] = { kind: 'enum', values: new Map(values) };
}

function hex(lo: number, hi: number): string {
  if (hi === 0) return lo === 0 ? '0' : '0x' + lo.toString(16);
  return '0x' + hi.toString(16) + lo.toString(16).padStart(8, '0');
}

/** `A|B|0x40` as strace prints a flag word (bits of the low 32 bits only; the rest raw). */
export function formatFlags(name: string, lo: number, hi: number): string {
  const set = FLAGS[name];
  if (set === undefined) return hex(lo, hi);
  if (lo === 0 && hi === 0) return set.zero ?? '0';
  const parts: string[] = [];
  let rest = lo >>> 0;
  for (const [bit, bitName] of set.bits) {
    if (bit !== 0 && (rest & bit) >>> 0 === bit) {
      parts.push(bitName);
      rest = (rest & ~bit) >>> 0;
    }
  }
  if (rest !== 0 || hi !== 0) parts.push(hex(rest, hi));
  return parts.join('|');
}

/** The constant's name, or the number in decimal. */
export function formatEnum(name: string, lo: number, hi: number): string {
  const value = lo | 0;
  return ENUMS[name]?.values.get(value) ?? (hi === 0 || hi === 0xffffffff ? String(value) : hex(lo, hi));
}

/** Whether a table for NAME exists (for tests that every NAME in signatures.ts is covered). */
export function hasXlat(name: string): boolean {
  return name in FLAGS || name in ENUMS;
}
