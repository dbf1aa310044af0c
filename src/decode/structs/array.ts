/**
 * Arrays in tracee memory as strace's print_array prints them: `[a, b, c]`, cut after -s
 * elements unless -v (`[a, b, ...]`), the address when not even the first element can be
 * read, and `[a, b, ... /* 0x7f... *\/]` where reading stops partway.
 */
import { address } from '../numbers.js';
import type { StructContext } from './registry.js';

/** Text of one element at `off` in `b`, or null to stop printing there (strace's print_fn false). */
export type ElementText = (b: Buffer, off: number, index: number) => string | null;

export interface ArrayOptions {
  /** The array is known to go on past `count` (strace's PAF_ARRAY_TRUNCATED): `, ...` at the end. */
  readonly truncated?: boolean;
  /** Print every element whatever -s says. */
  readonly whole?: boolean;
}

const CHUNK = 4096;

export function arrayText(
  c: StructContext, addr: number, count: number, size: number, element: ElementText, opts: ArrayOptions = {},
): string {
  return arrayOrNull(c, addr, count, size, element, opts) ?? address(addr);
}

/**
 * arrayText, but null where it prints the address (not even the first element can be
 * read, or the array would wrap around the address space), for callers that print
 * another address then.
 */
export function arrayOrNull(
  c: StructContext, addr: number, count: number, size: number, element: ElementText, opts: ArrayOptions = {},
): string | null {
  if (addr === 0) return 'NULL';
  if (count <= 0) return opts.truncated ? '[...]' : '[]';
  if (addr + count * size > 2 ** 64) return null;
  const limit = c.opts.verbose || opts.whole ? count : Math.min(count, c.opts.strsize);
  const perChunk = Math.max(1, Math.floor(CHUNK / size));
  const tid = c.task.tid;
  let s = '';
  let chunk: Buffer | null = null;
  let chunkStart = 0;
  let chunkCount = 0;
  let i = 0;
  let stoppedEarly = false;
  for (; i < count; i++) {
    if (chunk === null || i >= chunkStart + chunkCount) {
      // Read the elements up to one past the limit: strace fetches that one before it cuts.
      const want = Math.min(perChunk, Math.min(count, limit + 1) - i);
      const got = c.mem.read(tid, addr + i * size, want * size);
      chunkCount = got > 0 ? Math.floor(got / size) : 0;
      chunkStart = i;
      chunk = Buffer.from(c.mem.scratch.subarray(0, chunkCount * size));
      if (chunkCount === 0) {
        if (i === 0) return null;
        s += `, ... /* ${address(addr + i * size)} */]`;
        return s;
      }
    }
    s += i === 0 ? '[' : ', ';
    if (i >= limit) {
      s += '...';
      stoppedEarly = true;
      break;
    }
    const text = element(chunk, (i - chunkStart) * size, i);
    if (text === null) break;
    s += text;
  }
  if (opts.truncated && !stoppedEarly) s += ', ...';
  return s + ']';
}
