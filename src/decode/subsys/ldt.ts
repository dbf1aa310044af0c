/**
 * modify_ldt(2), set_thread_area(2) and get_thread_area(2) as strace's ldt.c: the struct
 * user_desc (modify_ldt's when the size argument is its own), modify_ldt's result the kernel
 * clips to an int (x86_64), which strace reads back as an error.
 */
import { errnoName, errnoMessage } from '../errno.js';
import type { Task } from '../../engine/task.js';
import { parseArg } from '../signature.js';
import { defineRule, view, type ArgView } from '../special.js';
import { defineResult, defineStruct } from '../structs/registry.js';

const USER_DESC_SIZE = 16;

/** `%#0*x` of a u32 with width 8: `0x87868584`, `0x000010`, and 0 as `00000000`. */
const hex0 = (v: number): string => (v === 0 ? '00000000' : '0x' + v.toString(16).padStart(6, '0'));

// entry_number 0, base_addr 4, limit 8, then the bit fields seg_32bit:1, contents:2,
// read_exec_only:1, limit_in_pages:1, seg_not_present:1, useable:1, lm:1.
const entryText = (entry: number): string => String(entry === 0xffffffff ? -1 : entry);
/** The fields after entry_number, each after `, `. */
function restText(b: Buffer): string {
  const f = b.readUInt32LE(12);
  return `, base_addr=${hex0(b.readUInt32LE(4))}, ` +
    `limit=${hex0(b.readUInt32LE(8))}, seg_32bit=${f & 1}, contents=${(f >>> 1) & 3}, ` +
    `read_exec_only=${(f >>> 3) & 1}, limit_in_pages=${(f >>> 4) & 1}, seg_not_present=${(f >>> 5) & 1}, ` +
    `useable=${(f >>> 6) & 1}, lm=${(f >>> 7) & 1}}`;
}

defineStruct('ldt_user_desc', (c, addr) => {
  if (c.mem.read(c.task.tid, addr, USER_DESC_SIZE) !== USER_DESC_SIZE) return null;
  const b = c.mem.scratch;
  return `{entry_number=${entryText(b.readUInt32LE(0))}${restText(b)}`;
});

// --- set_thread_area: the whole struct at entry, the entry number the kernel chose after the result.
defineResult('set_thread_area', (c) => {
  if (c.opts.decodeStructs === false || c.mem.read(c.task.tid, c.task.arg(0), USER_DESC_SIZE) !== USER_DESC_SIZE) return null;
  return `entry_number=${c.mem.scratch.readUInt32LE(0)}`;
});
{
  const v = view('set_thread_area', [[0, 'struct:ldt_user_desc']]);
  defineRule('set_thread_area', () => v);
}

// --- get_thread_area: the entry number asked for at entry, the rest (and a changed number) at exit.
const askedAtEntry = new WeakMap<Task, number | null>();
defineStruct('user_desc_asked', (c, addr) => {
  const ok = c.mem.read(c.task.tid, addr, 4) === 4;
  askedAtEntry.set(c.task, ok ? c.mem.scratch.readUInt32LE(0) : null);
  return ok ? `{entry_number=${entryText(c.mem.scratch.readUInt32LE(0))}` : null;
});
defineStruct('user_desc_got', (c, addr) => {
  const asked = askedAtEntry.get(c.task);
  askedAtEntry.delete(c.task);
  if (addr === 0 || c.opts.decodeStructs === false) return '';
  if (c.task.isError || c.mem.read(c.task.tid, addr, USER_DESC_SIZE) !== USER_DESC_SIZE) {
    return asked === undefined || asked === null ? '' : ', ...}';
  }
  const b = c.mem.scratch;
  const entry = b.readUInt32LE(0);
  // Printed at entry only when it could be read then.
  const head = asked === undefined || asked === null ? ` => {entry_number=${entryText(entry)}`
    : entry !== asked ? ` => ${entryText(entry)}` : '';
  return head + restText(b);
});
{
  const sys = 'get_thread_area';
  const get: ArgView = {
    slots: [
      { arg: parseArg(sys, 'struct:user_desc_asked'), index: 0, label: '' },
      { arg: parseArg(sys, 'ovalue:user_desc_got'), index: 0, label: '', joiner: '' },
    ],
    exitFrom: 1,
    // The exit part brings its own separator ('': it goes on with the struct).
    separatorAtExit: true,
  };
  defineRule(sys, () => get);
}

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
