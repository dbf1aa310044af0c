/**
 * Extended attribute values and name lists (strace's xattr.c): a value prints as a string
 * of its size without a trailing NUL, or as an address beyond XATTR_SIZE_MAX; a list as
 * the bytes the kernel returned, or the address when none were asked for.
 */
import { quote } from '../quote.js';
import { signatureOf } from '../signature.js';
import { address } from '../numbers.js';
import { defineStruct, type StructContext } from './registry.js';

const XATTR_SIZE_MAX = 65536;

/** `len` bytes at `addr` as strace's printstr_ex, dropping a last NUL when `omitTrailingNul`. */
function bytesText(c: StructContext, addr: number, len: number, omitTrailingNul: boolean): string {
  const max = c.opts.strsize;
  let n = Math.min(len, max);
  if (n > 0 && c.mem.read(c.task.tid, addr, n) !== n) return address(addr);
  const ellipsis = len > max;
  if (omitTrailingNul && n > 0 && c.mem.scratch[n - 1] === 0) n--;
  return quote(c.mem.scratch, n, c.opts.strings ?? 'escape') + (ellipsis ? '...' : '');
}

// setxattr's value (its size is the next argument); getxattr's at exit (the size returned).
defineStruct('xattr_value', (c, addr) => {
  const atExit = signatureOf(c.task.nr).args[c.index]?.kind === 'ostruct';
  const size = atExit ? Number(c.task.retval()) : c.task.arg(c.index + 1);
  return size > XATTR_SIZE_MAX ? null : bytesText(c, addr, size, true);
});

// listxattr's names at exit: as many bytes as returned; just the address for a size query.
defineStruct('xattr_list', (c, addr) =>
  c.task.arg(c.index + 1) === 0 ? null : bytesText(c, addr, Number(c.task.retval()), false));
