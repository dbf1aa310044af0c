/**
 * Constant-printing shapes the subsystem decoders share beyond the registry's flags and
 * enums: the text strace puts in parentheses after a result (its "auxstr"), which depends
 * on -X, and flag words printed without -X styling inside a larger value.
 */
import { hex, type XlatTable } from '../xlat/index.js';
import { xlatStyle } from '../xlat/registry.js';
import { xlatEntries, xlatName } from '../xlat/text.js';

export { xlatStyle };

const TWO32 = 2 ** 32;

/**
 * The names of the bits of (lo, hi) known to `table`, in table order, then any rest in
 * hex: `A|B|0x40`. `found` says whether any bit had a name; a 0 prints as the table's
 * zero name, if it has one, else as `0` (found false).
 */
export function flagNames(table: XlatTable, lo: number, hi = 0): { text: string; found: boolean } {
  if (lo === 0 && hi === 0) {
    const zero = xlatEntries(table).find(([v]) => v === 0);
    return zero ? { text: zero[1], found: true } : { text: '0', found: false };
  }
  let restLo = lo >>> 0;
  let restHi = hi >>> 0;
  let s = '';
  for (const [v, name] of xlatEntries(table)) {
    if (v === 0) continue;
    const bl = v % TWO32;
    const bh = Math.floor(v / TWO32);
    if ((restLo & bl) >>> 0 === bl && (restHi & bh) >>> 0 === bh) {
      s += (s === '' ? '' : '|') + name;
      restLo = (restLo & ~bl) >>> 0;
      restHi = (restHi & ~bh) >>> 0;
    }
  }
  const found = s !== '';
  if (restLo !== 0 || restHi !== 0) s += (found ? '|' : '') + hex(restLo, restHi);
  return { text: s, found };
}

/**
 * What strace prints in parentheses after a flag-word result: the known bits (and the rest
 * in hex), nothing under -X raw or when no bit is known.
 */
export function auxFlags(table: XlatTable, lo: number, hi = 0): string | null {
  if (xlatStyle() === 'raw') return null;
  const r = flagNames(table, lo, hi);
  return r.found ? r.text : null;
}

/** The name of `value` in `table`, if any (strace's xlookup). */
export const lookup: (table: XlatTable, value: number) => string | undefined = xlatName;

/**
 * A result printed in hex with the text of `aux` after it (`= 0x3 (A|B)`), or in decimal
 * when it is 0 and `zeroPlain` (strace does not decode an empty set then).
 */
export function hexResult(aux: (lo: number, hi: number) => string | null, zeroPlain = true):
  (lo: number, hi: number) => string {
  return (lo, hi) => {
    if (zeroPlain && lo === 0 && hi === 0) return '0';
    const a = aux(lo, hi);
    return a === null ? hex(lo, hi) : `${hex(lo, hi)} (${a})`;
  };
}

/** A decimal result with the name of its value after it when `table` has one (`= 1 (SUID_DUMP_USER)`). */
export function namedResult(table: XlatTable): (lo: number, hi: number) => string {
  return (lo, hi) => {
    const v = hi === 0 ? lo : hi === 0xffffffff ? lo - TWO32 : lo + hi * TWO32;
    const name = hi === 0 ? lookup(table, lo) : undefined;
    return name === undefined ? String(v) : `${v} (${name})`;
  };
}

/**
 * A constant printed the way strace's printxval_ex does with a style of its own (verbose
 * even under -X abbrev): `0x1 /* NAME *\/`, or `0x4 /* PREFIX_??? *\/`.
 */
export function verboseEnum(table: XlatTable, value: number, unknown: string): string {
  const raw = value === 0 ? '0' : '0x' + (value >>> 0).toString(16);
  if (xlatStyle() === 'raw') return raw;
  return `${raw} /* ${lookup(table, value) ?? unknown} */`;
}

/**
 * A constant as strace's printxval prints it, per -X: `NAME`, `0x5 /* PFX_??? *\/`, `0x5`,
 * or `0x5 /* NAME *\/`; 64-bit (a value with high bits set has no name).
 */
export function xvalText(table: XlatTable, lo: number, hi: number, unknown: string): string {
  const raw = hex(lo, hi);
  const name = hi === 0 ? lookup(table, lo >>> 0) : undefined;
  const style = xlatStyle();
  if (style === 'raw') return raw;
  if (style === 'verbose') return `${raw} /* ${name ?? unknown} */`;
  return name ?? `${raw} /* ${unknown} */`;
}
