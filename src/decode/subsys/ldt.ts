/**
 * modify_ldt(2) as strace's ldt.c: the struct user_desc when the size argument is its own,
 * and the result the kernel clips to an int (x86_64), which strace reads back as an error.
 */
import { errnoName, errnoMessage } from '../errno.js';
import { defineRule, view } from '../special.js';
import { defineStruct } from '../structs/registry.js';

const USER_DESC_SIZE = 16;

/** `%#0*x` of a u32 with width 8: `0x87868584`, `0x000010`, and 0 as `00000000`. */
const hex0 = (v: number): string => (v === 0 ? '00000000' : '0x' + v.toString(16).padStart(6, '0'));

// entry_number 0, base_addr 4, limit 8, then the bit fields seg_32bit:1, contents:2,
// read_exec_only:1, limit_in_pages:1, seg_not_present:1, useable:1, lm:1.
defineStruct('ldt_user_desc', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, USER_DESC_SIZE) !== USER_DESC_SIZE) return null;
  const b = c.mem.scratch;
  const entry = b.readUInt32LE(0);
  const f = b.readUInt32LE(12);
  return `{entry_number=${entry === 0xffffffff ? -1 : entry}, base_addr=${hex0(b.readUInt32LE(4))}, ` +
    `limit=${hex0(b.readUInt32LE(8))}, seg_32bit=${f & 1}, contents=${(f >>> 1) & 3}, ` +
    `read_exec_only=${(f >>> 3) & 1}, limit_in_pages=${(f >>> 4) & 1}, seg_not_present=${(f >>> 5) & 1}, ` +
    `useable=${(f >>> 6) & 1}, lm=${(f >>> 7) & 1}}`;
});

/** `4294967258 ENOSYS (Function not implemented)`: an int error the kernel returned zero-extended. */
const clipped = (lo: number, hi: number): string => {
  if (hi !== 0 || lo < 0xfffff000) return String(lo + hi * 2 ** 32);
  const e = -(lo | 0);
  const name = errnoName(e);
  return name === undefined ? `${lo} (errno ${e})` : `${lo} ${name} (${errnoMessage(e)})`;
};
const withDesc = view('modify_ldt', [[0, 'int'], [1, 'struct:ldt_user_desc'], [2, 'ulong']], { result: clipped });
const plain = view('modify_ldt', [[0, 'int'], [1, 'ptr'], [2, 'ulong']], { result: clipped });
defineRule('modify_ldt', (t) => (t.args[4] === USER_DESC_SIZE && t.args[5] === 0 ? withDesc : plain));
