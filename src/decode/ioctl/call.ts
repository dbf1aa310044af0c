/**
 * What an ioctl argument decoder sees: the request number, the argument, the phase (entry
 * or exit) and the tracee's memory, with the few fetch-or-print-the-address helpers every
 * device family uses.
 */
import type { Task } from '../../engine/task.js';
import type { TraceeMemory } from '../../sys/memory.js';
import { hex64, pointer } from '../numbers.js';
import { fdText } from '../fd-info.js';
import type { DecodeOptions } from '../options.js';
import { quote } from '../quote.js';
import type { XlatStyle } from '../xlat/index.js';
import { flags, xval, type Table } from './xlat.js';

/** The request number's fields, as the _IOC macro packs them. */
export const IOC_NONE = 0;
export const IOC_WRITE = 1;
export const IOC_READ = 2;

export function iocDir(code: number): number {
  return code >>> 30;
}
export function iocType(code: number): number {
  return (code >>> 8) & 0xff;
}
export function iocNr(code: number): number {
  return code & 0xff;
}
export function iocSize(code: number): number {
  return (code >>> 16) & 0x3fff;
}

export class IoctlCall {
  /** The request, as the kernel's unsigned int. */
  readonly code: number;
  readonly style: XlatStyle;

  constructor(
    readonly task: Task,
    readonly mem: TraceeMemory,
    readonly opts: DecodeOptions,
    readonly entering: boolean,
  ) {
    this.code = task.args[2]! >>> 0;
    this.style = opts.xlat ?? 'abbrev';
  }

  get exiting(): boolean {
    return !this.entering;
  }

  /** The call failed (only known at exit). */
  get failed(): boolean {
    return !this.entering && this.task.isError;
  }

  /** -v was given: structures in full (strace's !abbrev). */
  get verbose(): boolean {
    return this.opts.verbose;
  }

  /** The third argument as a Number (exact below 2^53, which covers addresses). */
  get arg(): number {
    return this.task.arg(2);
  }

  /** The third argument as an unsigned 64-bit value. */
  get argU64(): bigint {
    return (BigInt(this.task.args[5]!) << 32n) | BigInt(this.task.args[4]!);
  }

  /** The third argument in hex, all 64 bits. */
  get argHex(): string {
    return hex64(this.task.args[4]!, this.task.args[5]!);
  }

  /** The third argument as an address: `NULL` or `0x...`. */
  get argAddr(): string {
    return pointer(this.task.args[4]!, this.task.args[5]!);
  }

  /** The third argument's low 32 bits, unsigned (a C unsigned int). */
  get argU32(): number {
    return this.task.args[4]! >>> 0;
  }

  /** The third argument as a C int. */
  get argInt(): number {
    return this.task.args[4]! | 0;
  }

  /** The return value as a Number. */
  get ret(): number {
    return Number(this.task.retval());
  }

  /**
   * `len` bytes at `addr` (a copy), or null where strace prints the address instead: a NULL
   * address, unreadable memory, or at exit of a failed call (unless `evenOnError`).
   */
  fetch(addr: number, len: number, evenOnError = false): Buffer | null {
    if (addr === 0 || (this.failed && !evenOnError) || this.opts.decodeStructs === false) return null;
    if (len === 0) return Buffer.alloc(0);
    if (this.mem.read(this.task.tid, addr, len) !== len) return null;
    return Buffer.from(this.mem.scratch.subarray(0, len));
  }

  /** The struct of `len` bytes at `addr` printed by `print`, or the address. */
  struct(addr: number, len: number, print: (b: Buffer) => string, evenOnError = false): string {
    const b = this.fetch(addr, len, evenOnError);
    return b === null ? this.addr(addr) : print(b);
  }

  /**
   * `len` bytes at `addr` as a quoted string cut at -s (strace's printstrn; `hex` for
   * QUOTE_FORCE_HEX), read whatever the call's outcome.
   */
  strn(addr: number, len: number, hex = false): string {
    if (addr === 0) return 'NULL';
    const max = this.opts.strsize;
    const size = Math.min(len, max + 1);
    if (size > 0 && this.mem.read(this.task.tid, addr, size) !== size) return this.addr(addr);
    const shown = Math.min(size, max);
    return quote(this.mem.scratch, shown, hex ? 'hex' : this.opts.strings ?? 'escape') + (len > max ? '...' : '');
  }

  /**
   * A NUL-terminated string of at most `len` bytes at `addr` as strace's printstr_ex with
   * QUOTE_0_TERMINATED: cut at -s with `...`, `...` too when no NUL ends it; `trailing0`
   * (QUOTE_EXPECT_TRAILING_0) for a buffer whose last byte is meant to be the NUL.
   */
  cstrn(addr: number, len: number, trailing0 = false): string {
    if (addr === 0) return 'NULL';
    const max = this.opts.strsize;
    const fetch = Math.min(max + 1, len);
    if (fetch <= 0) return '""';
    const got = this.mem.readCString(this.task.tid, addr, fetch);
    if (got.len < 0) return this.addr(addr);
    let size = fetch > max ? max : fetch;
    if (trailing0 && size === len) size--;
    const s = this.mem.scratch;
    if (got.terminated && got.len < size) return this.quoted(s.subarray(0, got.len));
    // The byte after the shown ones being the NUL still makes the string whole.
    return this.quoted(s.subarray(0, size)) + (got.terminated && got.len === size ? '' : '...');
  }

  /**
   * The struct a pointer field (at `off` of `b`) points to, or the pointer exactly as
   * strace prints it when it cannot be read.
   */
  pointee(b: Buffer, off: number, size: number, print: (b: Buffer) => string): string {
    const p = b.readBigUInt64LE(off);
    if (p === 0n) return 'NULL';
    if (p >= 1n << 53n) return '0x' + p.toString(16);
    return this.struct(Number(p), size, print);
  }

  /**
   * What `use` prints of the address in pointer field `off` of `b`; a pointer beyond 2^53
   * (never a user address, but a Number cannot hold it) printed exactly instead.
   */
  viaPointer(b: Buffer, off: number, use: (addr: number) => string): string {
    const p = b.readBigUInt64LE(off);
    return p >= 1n << 53n ? '0x' + p.toString(16) : use(Number(p));
  }

  /** An address as strace prints it. */
  addr(addr: number): string {
    // The argument itself exactly, even above 2^53.
    if (addr === this.arg) return this.argAddr;
    return addr === 0 ? 'NULL' : '0x' + addr.toString(16);
  }

  /** `[N]`: an int at `addr` (printnum_int), or the address. */
  int(addr: number, format: (v: number) => string = String): string {
    const b = this.fetch(addr, 4);
    return b === null ? this.addr(addr) : `[${format(b.readInt32LE(0))}]`;
  }

  /** `[N]`: an unsigned 64-bit value at `addr`, or the address. */
  u64(addr: number): string {
    const b = this.fetch(addr, 8);
    return b === null ? this.addr(addr) : `[${b.readBigUInt64LE(0)}]`;
  }

  /**
   * `[e0, e1, ...]`: `count` elements of `size` bytes at `addr`, as strace's print_array:
   * at most -s of them without -v (then `...`), `... /* 0xaddr *\/` where memory ends, the
   * address alone when even the first cannot be read. `print` returns {last} to end the array with that text.
   */
  array(addr: number, count: number, size: number, print: (b: Buffer, i: number) => string | { last: string },
    evenOnError = false): string {
    if (addr === 0) return 'NULL';
    if (count === 0) return '[]';
    const limit = this.verbose ? Infinity : this.opts.strsize;
    let s = '';
    for (let i = 0; i < count; i++) {
      const at = addr + i * size;
      const b = this.fetch(at, size, evenOnError);
      if (b === null) {
        if (i === 0) return this.addr(at);
        return s + `, ... /* ${this.addr(at)} */]`;
      }
      s += i === 0 ? '[' : ', ';
      if (i >= limit) return s + '...]';
      const text = print(b, i);
      if (typeof text !== 'string') return s + text.last + ']';
      s += text;
    }
    return s + ']';
  }

  /** A file descriptor, with its path under -y. */
  fd(fd: number): string {
    return fdText(this.task.tid, fd, this.opts.fdPaths);
  }

  /**
   * `[e0, e1, ...]` of an array already read (strace's print_local_array): at most -s
   * elements without -v, then `...`.
   */
  local(count: number, print: (i: number) => string): string {
    const limit = this.verbose ? count : Math.min(count, this.opts.strsize);
    const items: string[] = [];
    for (let i = 0; i < limit; i++) items.push(print(i));
    if (limit < count) items.push('...');
    return `[${items.join(', ')}]`;
  }

  /** printxval in this call's -X style. */
  xval(table: Table, v: number | bigint, dflt?: string): string {
    return xval(this.style, table, v, dflt);
  }

  /** printflags in this call's -X style. */
  flags(table: Table, v: number | bigint, dflt?: string): string {
    return flags(this.style, table, v, dflt);
  }

  /** Bytes quoted as strace's print_quoted_string does, cut at -s with `...`. */
  quoted(b: Uint8Array, len = b.length): string {
    const n = Math.min(len, this.opts.strsize);
    return quote(b, n, this.opts.strings ?? 'escape') + (len > n ? '...' : '');
  }

  /**
   * A char array field as strace's print_quoted_cstring: up to its NUL among the first
   * len-1 bytes, or those bytes and `...` when there is none (no -s limit).
   */
  cstr(b: Uint8Array, len = b.length): string {
    const max = len > 0 ? len - 1 : 0;
    let n = 0;
    while (n < max && b[n] !== 0) n++;
    return quote(b, n, this.opts.strings ?? 'escape') + (n === max && b[n] !== 0 ? '...' : '');
  }
}
