/** futex_waitv's array of struct futex_waitv, at most FUTEX_WAITV_MAX shown (strace's futex_waitv.c). */
import { arrayText } from '../structs/array.js';
import { defineStruct } from '../structs/registry.js';
import { hexAt, ptrAt } from '../structs/text.js';
import { formatFlags } from '../xlat/index.js';

const FUTEX_WAITV_SIZE = 24;
const FUTEX_WAITV_MAX = 128;

// val 0 (u64), uaddr 8 (u64), flags 16 (u32), __reserved 20 (u32); the count is the next argument.
defineStruct('futex_waitv', (c, addr) => {
  const count = c.task.args[2 * (c.index + 1)]! >>> 0;
  // One past the kernel's maximum is fetched, and stands for the rest as `...`.
  return arrayText(c, addr, Math.min(count, FUTEX_WAITV_MAX + 1), FUTEX_WAITV_SIZE, (b, off, i) => {
    if (i >= FUTEX_WAITV_MAX) return '...';
    const reserved = b.readUInt32LE(off + 20);
    return `{val=${hexAt(b, off)}, uaddr=${ptrAt(b, off + 8)}, flags=${formatFlags('futex_waiter_flags', b.readUInt32LE(off + 16), 0)}` +
      (reserved === 0 ? '' : `, __reserved=0x${reserved.toString(16)}`) + '}';
  });
});
