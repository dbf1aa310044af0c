/**
 * Decoders of simple attribute data shared by the families: integers, strings, flags and
 * constants, addresses. Each returns null (the hex default) when the data is too short.
 */
import type { XlatTable } from '../../xlat/index.js';
import { hwaddrText, ifindexText, inetAddr, inetSize } from '../inet.js';
import { xflags, xval, type NumFmt } from '../xval.js';
import type { NlaDecoder } from './nlattr.js';
import type { Bytes } from '../bytes.js';
import { clockText } from '../../structs/text.js';
import { fdText } from '../../fd-info.js';
import { ETHERNET_PROTOCOLS, INET_PROTOCOLS } from '../../xlat/net.gen.js';

function int(size: number, read: (b: Buffer, off: number) => string): NlaDecoder {
  return (v, off, len) => {
    if (len < size) return null;
    return v.has(off, size) ? read(v.b, off) : v.addr(off);
  };
}

const hex = (n: number | bigint): string => (n === 0 || n === 0n ? '0' : '0x' + n.toString(16));

export const u8 = int(1, (b, o) => String(b[o]));
export const u16 = int(2, (b, o) => String(b.readUInt16LE(o)));
export const u32 = int(4, (b, o) => String(b.readUInt32LE(o)));
export const u64 = int(8, (b, o) => String(b.readBigUInt64LE(o)));
export const s8 = int(1, (b, o) => String(b.readInt8(o)));
export const s16 = int(2, (b, o) => String(b.readInt16LE(o)));
export const s32 = int(4, (b, o) => String(b.readInt32LE(o)));
export const s64 = int(8, (b, o) => String(b.readBigInt64LE(o)));
export const x8 = int(1, (b, o) => hex(b[o]!));
export const x16 = int(2, (b, o) => hex(b.readUInt16LE(o)));
export const x32 = int(4, (b, o) => hex(b.readUInt32LE(o)));
export const x64 = int(8, (b, o) => hex(b.readBigUInt64LE(o)));
export const be16 = int(2, (b, o) => `htons(${b.readUInt16BE(o)})`);
export const be64 = int(8, (b, o) => `htobe64(${b.readBigUInt64BE(o)})`);
/** An fd, with its path under -y (strace's decode_nla_fd). */
export const fd: NlaDecoder = (v, off, len) => {
  if (len < 4) return null;
  return v.has(off, 4) ? fdText(v.c.task.tid, v.b.readInt32LE(off), v.c.opts.fdPaths) : v.addr(off);
};
export const uid = int(4, (b, o) => (b.readUInt32LE(o) === 0xffffffff ? '-1' : String(b.readUInt32LE(o))));
export const ifindex = int(4, (b, o) => ifindexText(b.readUInt32LE(o)));

/** The hex of 1, 2, 4 or 8 bytes by the data's size. */
export const xint: NlaDecoder = (v, off, len, ctx) =>
  len === 1 ? x8(v, off, len, ctx) : len === 2 ? x16(v, off, len, ctx) : len === 4 ? x32(v, off, len, ctx)
    : len === 8 ? x64(v, off, len, ctx) : null;

/** A NUL-terminated string. */
export const str: NlaDecoder = (v, off, len) => v.cstr(off, len);
/** Bytes as a string (no NUL expected). */
export const strn: NlaDecoder = (v, off, len) => v.str(off, len, false);

/** Reads up to 8 bytes (little-endian) as a Number; the size the data has, or `size`. */
function uintOf(v: { b: Buffer }, off: number, n: number): number {
  let x = 0;
  for (let i = n - 1; i >= 0; i--) x = x * 256 + v.b[off + i]!;
  return x;
}

/** A constant of `table` (strace's decode_nla_xval): data of `size` bytes, or up to 8 if 0. */
export function xv(table: XlatTable, dflt?: string, size = 0, fmt: NumFmt = 'x'): NlaDecoder {
  return (v, off, len) => {
    if (len > 8 || len < size) return null;
    const n = size || len;
    if (!v.has(off, n)) return v.addr(off);
    return xval(table, uintOf(v, off, n), dflt, fmt);
  };
}

/** A flag word of `table` (strace's decode_nla_flags). */
export function flags(table: XlatTable, dflt?: string, size = 0): NlaDecoder {
  return (v, off, len) => {
    if (len > 8 || len < size) return null;
    const n = size || len;
    if (!v.has(off, n)) return v.addr(off);
    return xflags(table, uintOf(v, off, n), dflt);
  };
}

export const ipProto = xv(INET_PROTOCOLS, 'IPPROTO_???');
export const etherProto: NlaDecoder = (v, off, len) => {
  if (len < 2 || len > 8) return null;
  if (!v.has(off, 2)) return v.addr(off);
  return `htons(${xval(ETHERNET_PROTOCOLS, v.u16be(off), 'ETHER_P_???')})`;
};

export const inAddr: NlaDecoder = (v, off, len) => {
  if (len < 4) return null;
  return v.has(off, 4) ? inetAddr(v.b, off, 2) : v.addr(off);
};
export const in6Addr: NlaDecoder = (v, off, len) => {
  if (len < 16) return null;
  return v.has(off, 16) ? inetAddr(v.b, off, 10) : v.addr(off);
};

/** An address of the family in ctx.family (strace's decode_inet_addr). */
export const familyAddr: NlaDecoder = (v, off, len, ctx) => {
  const size = inetSize(ctx['family'] ?? -1);
  if (size === 0 || len < size) return v.str(off, len);
  return v.has(off, size) ? inetAddr(v.b, off, ctx['family']!) : v.addr(off);
};

export const hwaddr: NlaDecoder = (v, off, len) => {
  if (len > 32) return null;
  return v.has(off, len) ? hwaddrText(v.b, off, len) : v.addr(off);
};

/** A clock_t count (strace's decode_nla_clock_t): `100 /* 1.00 s *\/`. */
export const clockT: NlaDecoder = (v, off, len) => {
  if (len > 8) return null;
  if (!v.has(off, len)) return v.addr(off);
  let lo = 0;
  let hi = 0;
  for (let i = Math.min(len, 4) - 1; i >= 0; i--) lo = lo * 256 + v.b[off + i]!;
  for (let i = len - 1; i >= 4; i--) hi = hi * 256 + v.b[off + i]!;
  return clockText(lo, hi);
};

/**
 * `count` elements of `size` bytes as strace's print_array prints them: `[a, b]`, cut
 * after -s elements without -v, `... /* addr *\/` where the memory ends, the address when
 * the first cannot be read; `index` prints `[NAME]=` before each.
 */
export function arrayOf(v: Bytes, off: number, count: number, size: number, elem: (off: number) => string,
  index?: (i: number) => string): string {
  let s = '';
  for (let i = 0; i < count; i++) {
    const cur = off + i * size;
    if (i > 0) s += ', ';
    if (!v.has(cur, size)) {
      if (i === 0) return v.addr(cur);
      s += `... /* ${v.addr(cur)} */`;
      break;
    }
    if (i === 0) s = '[';
    if (!v.c.opts.verbose && i >= v.strsize) {
      s += '...';
      break;
    }
    if (index) s += `[${index(i)}]=`;
    s += elem(cur);
  }
  return s + ']';
}

/** Data holding whole elements of `size` bytes: an array (null when there is none). */
export function arrayDecoder(size: number, elem: (v: Bytes, off: number) => string, index?: (i: number) => string): NlaDecoder {
  return (v, off, len) => {
    const count = Math.floor(len / size);
    if (count === 0) return null;
    return arrayOf(v, off, count, size, (o) => elem(v, o), index);
  };
}

/**
 * A structure of at least `size` bytes (null when shorter, its address when unreadable):
 * `{...}` as `body` prints the fields; with `rest`, bytes past it follow in hex.
 */
export function structOf(size: number, body: (v: Bytes, off: number, len: number) => string, rest = false): NlaDecoder {
  return (v, off, len) => {
    if (len < size) return null;
    if (!v.has(off, size)) return v.addr(off);
    let s = `{${body(v, off, len)}}`;
    if (rest && len > size) s += ', ' + v.str(off + size, len - size);
    return s;
  };
}

/** An address of family `af` as a named field (strace's decode_inet_addr with a name): hex if no such family. */
export function inetAddrField(v: Bytes, off: number, len: number, af: number, field: string): string {
  const size = inetSize(af);
  if (size === 0 || len < size) return `${field}=${v.str(off, len)}`;
  if (!v.has(off, size)) return `${field}=${v.addr(off)}`;
  return inetAddr(v.b, off, af, field);
}

/** printf's `%#0*x` (strace's PRINT_VAL_0X): zero-padded to `width` characters, 0x included; 0 has no 0x. */
export function hex0(n: bigint | number, width: number): string {
  const v = BigInt(n);
  if (v === 0n) return '0'.repeat(width);
  return '0x' + v.toString(16).padStart(width - 2, '0');
}
