/**
 * A copy of a range of tracee memory for decoders that walk nested records (netlink
 * messages and attributes, control messages): read once, then parsed at offsets. Bytes
 * past `avail` could not be read; a record that reaches into them prints as its address,
 * as strace prints what it cannot fetch.
 */
import { address } from '../numbers.js';
import { quote, type StringStyle } from '../quote.js';
import type { StructContext } from '../structs/registry.js';

/** At most this much is read of one buffer (what strace would print is far less). */
const MAX_READ = 1 << 16;

export class Bytes {
  private constructor(
    readonly b: Buffer,
    /** The tracee address of b[0]. */
    readonly base: number,
    /** How many bytes from base were readable (<= b.length). */
    readonly avail: number,
    readonly c: StructContext,
  ) {}

  /** Reads `len` bytes at `addr` (fewer if the memory ends); null if none could be read. */
  static read(c: StructContext, addr: number, len: number): Bytes | null {
    const want = Math.min(len, MAX_READ);
    const got = want === 0 ? 0 : c.mem.read(c.task.tid, addr, want);
    if (got < 0) return null;
    return new Bytes(Buffer.from(c.mem.scratch.subarray(0, got)), addr, got, c);
  }

  /** Whether `n` bytes at `off` were read. */
  has(off: number, n: number): boolean {
    return off >= 0 && off + n <= this.avail;
  }

  /** The tracee address of `off`. */
  addr(off: number): string {
    return address(this.base + off);
  }

  u8(off: number): number { return this.b[off]!; }
  u16(off: number): number { return this.b.readUInt16LE(off); }
  s16(off: number): number { return this.b.readInt16LE(off); }
  u16be(off: number): number { return this.b.readUInt16BE(off); }
  u32(off: number): number { return this.b.readUInt32LE(off); }
  s32(off: number): number { return this.b.readInt32LE(off); }
  u32be(off: number): number { return this.b.readUInt32BE(off); }
  s8(off: number): number { return this.b.readInt8(off); }
  u64(off: number): bigint { return this.b.readBigUInt64LE(off); }
  s64(off: number): bigint { return this.b.readBigInt64LE(off); }

  get strsize(): number {
    return this.c.opts.strsize;
  }

  /**
   * `len` bytes at `off` as a quoted string (the first -s of them, `...` after), hex when
   * `hex` (strace's QUOTE_FORCE_HEX); the address when they cannot be read.
   */
  str(off: number, len: number, hex = true): string {
    if (!this.has(off, Math.min(len, this.strsize + 1))) return this.addr(off);
    const n = Math.min(len, this.strsize);
    const style: StringStyle = hex ? 'hex' : this.c.opts.strings ?? 'escape';
    return quote(this.b.subarray(off), n, style) + (len > n ? '...' : '');
  }

  /**
   * A string expected to end with a NUL in a field of `len` bytes (strace's decode_nla_str):
   * the bytes up to a last NUL, or all the -s shown followed by `...` when no NUL ends them.
   */
  cstr(off: number, len: number): string {
    if (!this.has(off, Math.min(len, this.strsize + 1))) return this.addr(off);
    const n = Math.min(len, this.strsize);
    const style: StringStyle = this.c.opts.strings ?? 'escape';
    if (n > 0 && this.b[off + n - 1] === 0) return quote(this.b.subarray(off), n - 1, style);
    return quote(this.b.subarray(off), n, style) + (len > 0 ? '...' : '');
  }
}
