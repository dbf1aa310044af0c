/** kexec_load's segments (struct kexec_segment[nr_segments]), as strace's kexec.c. */
import { arrayText } from '../structs/array.js';
import { defineStruct } from '../structs/registry.js';
import { ptrAt, u64At } from '../structs/text.js';

const KEXEC_SEGMENT_MAX = 16;
const SEGMENT_SIZE = 32;

// buf 0, bufsz 8, mem 16, memsz 24; more segments than the kernel takes print as the address.
defineStruct('kexec_segments', (c, addr) => {
  const n = c.task.arg(c.index - 1);
  if (n > KEXEC_SEGMENT_MAX) return null;
  return arrayText(c, addr, n, SEGMENT_SIZE, (b, off) =>
    `{buf=${ptrAt(b, off)}, bufsz=${u64At(b, off + 8)}, mem=${ptrAt(b, off + 16)}, memsz=${u64At(b, off + 24)}}`);
});
