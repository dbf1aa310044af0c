/** Memory-management arguments (strace's mem.c): mincore's residency vector. */
import { arrayText } from './array.js';
import { defineStruct } from './registry.js';

const PAGE_SIZE = 4096;

// One byte per page of the range; strace shows the residency bit of each.
defineStruct('mincore_vec', (c, addr) => {
  const len = c.task.arg(1);
  const pages = Math.floor(len / PAGE_SIZE) + (len % PAGE_SIZE !== 0 ? 1 : 0);
  return arrayText(c, addr, pages, 1, (b, off) => String(b[off]! & 1));
});
