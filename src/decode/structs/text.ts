/**
 * Small formatting helpers shared by the struct decoders: 64-bit fields read from the
 * scratch buffer without BigInt in the common case, flag words from local tables, and the
 * date comments strace adds to timestamps.
 */
import { address, hex64, pointer } from '../numbers.js';
import { formatEnum, formatFlags, hasXlat, styled, xlatStyle } from '../xlat/index.js';
import { quote } from '../quote.js';
import type { TraceeMemory } from '../../sys/memory.js';

const TWO32 = 2 ** 32;

/** An unsigned 64-bit field as decimal text. */
export function u64At(b: Buffer, off: number): string {
  const lo = b.readUInt32LE(off);
  const hi = b.readUInt32LE(off + 4);
  if (hi < 0x200000) return String(lo + hi * TWO32);
  return b.readBigUInt64LE(off).toString();
}

/** A signed 64-bit field as decimal text. */
export function i64At(b: Buffer, off: number): string {
  const lo = b.readUInt32LE(off);
  const hi = b.readInt32LE(off + 4);
  if (hi >= -0x200000 && hi < 0x200000) return String(lo + hi * TWO32);
  return b.readBigInt64LE(off).toString();
}

/** A 64-bit field as a Number (exact below 2^53: addresses, sizes, counts). */
export function numAt(b: Buffer, off: number): number {
  return b.readUInt32LE(off) + b.readUInt32LE(off + 4) * TWO32;
}

export { hex64 } from '../numbers.js';

/** `0x...` (or `0`) of a 64-bit field. */
export function hexAt(b: Buffer, off: number): string {
  return hex64(b.readUInt32LE(off), b.readUInt32LE(off + 4));
}

/** An address field: `NULL` or `0x...`. */
export function ptrAt(b: Buffer, off: number): string {
  return pointer(b.readUInt32LE(off), b.readUInt32LE(off + 4));
}

/** A Number address as strace prints it. */
export const ptr = address;

export type Bits = ReadonlyArray<readonly [value: number, name: string]>;

/**
 * `A|B|0x40` from a local table of 32-bit values, as strace's printflags: names in table
 * order, what is left in hex, `zero` for 0. `hi` holds bits above 32 (never named).
 * Per -X: raw is the hex number, verbose the number with the names as a comment.
 */
export function bits(table: Bits, lo: number, hi = 0, zero = '0'): string {
  const style = xlatStyle();
  if (lo === 0 && hi === 0) {
    if (zero === '0' || style === 'raw') return '0';
    return style === 'abbrev' ? zero : `0 /* ${zero} */`;
  }
  if (style === 'raw') return hex64(lo, hi);
  let s = '';
  let rest = lo >>> 0;
  for (const [bit, name] of table) {
    if (bit !== 0 && (rest & bit) >>> 0 === bit) {
      s += (s === '' ? '' : '|') + name;
      rest = (rest & ~bit) >>> 0;
    }
  }
  const known = s !== '';
  if (rest !== 0 || hi !== 0) s += (s === '' ? '' : '|') + hex64(rest, hi);
  return style === 'abbrev' || !known ? s : `${hex64(lo, hi)} /* ${s} */`;
}

/** A flag word with the xlat table `name` when another module defined it, else the local one. */
export function flagsOr(name: string, local: Bits, lo: number, hi = 0): string {
  return hasXlat(name) ? formatFlags(name, lo, hi) : bits(local, lo, hi);
}

/** A constant with the xlat table `name` when defined, else the local one, else decimal. */
export function enumOr(name: string, local: ReadonlyMap<number, string>, value: number): string {
  if (hasXlat(name)) return formatEnum(name, value >>> 0, value < 0 ? 0xffffffff : 0);
  const known = local.get(value);
  return known === undefined ? String(value) : styled(known, String(value));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * strace's date comment for a timestamp: ` /* 2001-09-09T01:46:40.000000123+0000 *\/`
 * (local time, the fraction only when non-zero), or '' where strace prints none
 * (the epoch itself, or an invalid fraction). `width` is 9 for nanoseconds, 6 for micro.
 */
export function dateComment(sec: number, frac: number, width = 9): string {
  const text = dateText(sec, frac, width);
  return text === '' ? '' : ` /* ${text} */`;
}

/** The date of dateComment without the comment's marks (time's result: `= 1 (2001-09-09T01:46:40+0000)`). */
export function dateText(sec: number, frac: number, width = 9): string {
  const max = width === 9 ? 999999999 : 999999;
  if ((sec === 0 && frac === 0) || frac < 0 || frac > max || !Number.isSafeInteger(sec)) return '';
  const d = new Date(sec * 1000);
  if (Number.isNaN(d.getTime())) return farDateText(sec, frac, width);
  const off = -d.getTimezoneOffset();
  const tz = (off < 0 ? '-' : '+') + pad2(Math.floor(Math.abs(off) / 60)) + pad2(Math.abs(off) % 60);
  let s = `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}T` +
    `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  if (frac > 0) s += '.' + String(frac).padStart(width, '0');
  return s + tz;
}

/**
 * dateText beyond the years a Date holds (strace's localtime goes on, as in a PTP
 * clock's 64-bit seconds): the civil date computed from the day count, at the zone offset
 * of the last date a Date holds.
 */
function farDateText(sec: number, frac: number, width: number): string {
  const off = -new Date(sec < 0 ? -8.64e15 : 8.64e15).getTimezoneOffset();
  const t = sec + off * 60;
  const days = Math.floor(t / 86400);
  const rem = t - days * 86400;
  // Days since 1970-01-01 to year/month/day (proleptic Gregorian).
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const tz = (off < 0 ? '-' : '+') + pad2(Math.floor(Math.abs(off) / 60)) + pad2(Math.abs(off) % 60);
  let s = `${year}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(rem / 3600))}:${pad2(Math.floor(rem / 60) % 60)}:${pad2(rem % 60)}`;
  if (frac > 0) s += '.' + String(frac).padStart(width, '0');
  return s + tz;
}

/** The argument index of the first `ulong` after `index` in a signature (a sigset's size). */
export function nextUlong(args: ReadonlyArray<{ readonly kind: string }>, index: number): number {
  for (let i = index + 1; i < args.length; i++) if (args[i]!.kind === 'ulong') return i;
  return -1;
}

/**
 * What a struct bigger than the kernel's version holds beyond it, as strace's
 * print_nonzero_bytes: '' when bytes `from`..`total`-1 at `addr` are all zero, else
 * `, /* bytes 24..31 *\/ "\x01..."` (hex, cut at -s), or `, ???` when unreadable.
 * Overwrites the scratch buffer.
 */
export function nonzeroBytes(
  mem: TraceeMemory, tid: number, addr: number, from: number, total: number, strsize: number,
): string {
  if (from >= total) return '';
  const len = total - from;
  if (mem.read(tid, addr + from, len) !== len) return ', ???';
  const b = mem.scratch;
  let zero = true;
  for (let i = 0; i < len && zero; i++) if (b[i] !== 0) zero = false;
  if (zero) return '';
  const shown = Math.min(len, strsize);
  return `, /* bytes ${from}..${total - 1} */ ${quote(b, shown, 'hex')}${shown < len ? '...' : ''}`;
}

/** sysconf(_SC_CLK_TCK) on Linux: clock_t counts hundredths of a second. */
const CLK_TCK = 100n;

/** A clock_t as strace's print_clock_t: `28 /* 0.28 s *\/` (the comment unless 0 or -X raw). */
export function clockText(lo: number, hi: number): string {
  const v = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  if (v === 0n || xlatStyle() === 'raw') return v.toString();
  return `${v} /* ${v / CLK_TCK}.${String(v % CLK_TCK).padStart(2, '0')} s */`;
}
