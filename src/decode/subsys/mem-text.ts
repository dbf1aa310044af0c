/** Tracee-memory shapes the subsystem decoders share: bounded strings, `[N]` cells. */
import { fdText as fdText_ } from '../fd-info.js';
import { quote } from '../quote.js';
import { arrayOrNull } from '../structs/array.js';
import type { StructContext } from '../structs/registry.js';

/**
 * A string of at most `max` bytes that should be NUL-terminated within them (strace's
 * printstr_ex with QUOTE_0_TERMINATED): quoted; the first `max` bytes and `...` when no NUL
 * comes; the address when fewer than `max` bytes can be read and none of them is a NUL.
 */
export function boundedString(c: StructContext, addr: number, max: number): string | null {
  if (addr === 0) return 'NULL';
  const r = c.mem.readCString(c.task.tid, addr, max);
  if (r.len < 0) return null;
  if (r.terminated) return quote(c.mem.scratch, r.len, c.opts.strings ?? 'escape');
  if (r.len < max) return null;
  return quote(c.mem.scratch, max, c.opts.strings ?? 'escape') + '...';
}

/** `[text]` of the 4-byte cell at `addr`, or its address when it cannot be read. */
export function intCell(c: StructContext, addr: number, text: (v: number) => string): string | null {
  if (addr === 0) return 'NULL';
  return c.mem.read(c.task.tid, addr, 4) === 4 ? `[${text(c.mem.scratch.readUInt32LE(0))}]` : null;
}

/** `[text]` of the 8-byte cell at `addr` (given as halves), or its address. */
export function u64Cell(c: StructContext, addr: number, text: (lo: number, hi: number) => string): string | null {
  if (addr === 0) return 'NULL';
  if (c.mem.read(c.task.tid, addr, 8) !== 8) return null;
  return `[${text(c.mem.scratch.readUInt32LE(0), c.mem.scratch.readUInt32LE(4))}]`;
}

/**
 * `[e0, e1, ...]`: `count` elements of `size` bytes at `addr`, each printed by `elem`
 * (given a buffer holding it at offset 0, a copy: `elem` may read tracee memory), as
 * strace's print_array (structs/array.ts); null where that prints the address.
 */
export function arrayText(c: StructContext, addr: number, count: number, size: number,
  elem: (b: Buffer) => string): string | null {
  return arrayOrNull(c, addr, count, size, (b, off) => elem(off === 0 ? b : b.subarray(off)));
}

/** An fd as strace prints it in a struct: `3`, or `3</path>` with -y. */
export function fdText(c: StructContext, fd: number): string {
  return fdText_(c.task.tid, fd, c.opts.fdPaths);
}

/**
 * `len` bytes at `addr` quoted, the first -s of them then `...` (strace's printstrn);
 * `omitTrailingNul` drops a NUL that ends them (strings the kernel returns with theirs).
 */
export function bytesText(c: StructContext, addr: number, len: number, omitTrailingNul = false): string | null {
  if (addr === 0) return 'NULL';
  const max = c.opts.strsize;
  const n = Math.min(len, max);
  if (n <= 0) return '""';
  if (c.mem.read(c.task.tid, addr, n) !== n) return null;
  let shown = n;
  if (omitTrailingNul && len <= max && c.mem.scratch[n - 1] === 0) shown--;
  return quote(c.mem.scratch, shown, c.opts.strings ?? 'escape') + (len > n ? '...' : '');
}
