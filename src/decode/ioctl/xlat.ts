/**
 * Constants inside ioctl arguments, printed as strace's printxval/printflags print them
 * under each -X style: `NAME` / `0x5` / `0x5 /* NAME *\/`, and for values no name covers
 * `0x7 /* X_??? *\/`. Tables are [value, name] lists in strace's order; values above 2^32
 * are BigInts where a field is 64 bits wide.
 */
import type { XlatStyle, XlatTable } from '../xlat/index.js';
import { xlatEntries, xlatName } from '../xlat/text.js';

/** A table: [value, name] entries, or a generated table's text. */
export type Table = XlatTable;

/** The first name of `v` in `table`. */
export const lookup: (table: Table, v: number) => string | undefined = xlatName;

/** `0x..` (strace's print_xlat_val), `0` for zero; 64-bit values as BigInt. */
export function hexOf(v: number | bigint): string {
  return v === 0 || v === 0n ? '0' : '0x' + v.toString(16);
}

/** A constant (printxval): its name, or the number with `dflt` as a comment. */
export function xval(style: XlatStyle, table: Table, v: number | bigint, dflt?: string, decimal = false): string {
  const raw = decimal ? String(v) : hexOf(v);
  if (style === 'raw') return raw;
  const name = typeof v === 'number' || v <= 0xffffffffn ? lookup(table, Number(v)) : undefined;
  if (name !== undefined) return style === 'verbose' ? `${raw} /* ${name} */` : name;
  return dflt === undefined ? raw : `${raw} /* ${dflt} */`;
}

/**
 * A flag word (printflags): known bits by name in table order, the rest in hex; zero is the
 * table's zero name, else `0` if `dflt` is given, else nothing at all (as strace does).
 */
export function flags(style: XlatStyle, table: Table, value: number | bigint, dflt?: string): string {
  let v = BigInt(value);
  if (v < 0n) v = BigInt.asUintN(64, v);
  if (style === 'raw') return v !== 0n || dflt !== undefined ? hexOf(v) : '';
  const names: string[] = [];
  const whole = v;
  for (const [bitN, name] of xlatEntries(table)) {
    // Negative values are 64-bit constants with the top bit set (1ULL << 63).
    const bit = bitN >= 0 ? BigInt(bitN) : BigInt.asUintN(64, BigInt(bitN));
    if ((v === 0n && bit === 0n && names.length === 0) || (bit !== 0n && (v & bit) === bit)) {
      names.push(name);
      v &= ~bit;
      if (v === 0n) break;
    }
  }
  if (names.length > 0) {
    if (v !== 0n) names.push(hexOf(v));
    const text = names.join('|');
    if (style !== 'verbose') return text;
    return whole === 0n ? `0 /* ${text} */` : `${hexOf(whole)} /* ${text} */`;
  }
  if (v !== 0n) {
    if (style === 'verbose') return dflt === undefined ? hexOf(v) : `${hexOf(v)} /* ${dflt} */`;
    return dflt === undefined ? hexOf(v) : `${hexOf(v)} /* ${dflt} */`;
  }
  return dflt !== undefined ? '0' : '';
}

/** A value printed as a number, then its name as a comment with -X verbose (print_xlat). */
export function named(style: XlatStyle, raw: string, name: string): string {
  if (style === 'raw') return raw;
  return style === 'verbose' ? `${raw} /* ${name} */` : name;
}
